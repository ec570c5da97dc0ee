package com.digesttranslator.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.pipeline.io.OutputLayout;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Main} with DataflowRunner and {@code --templateLocation}, which is also how the Flex
 * Template launcher runs it: it checks the provider with the key, writes the job spec, and exits 0
 * without waiting for a job that does not run yet or reading its summary.
 */
class DataflowLaunchTest {
  private static final String SECRET = DataflowTemplateTest.SECRET;

  @TempDir Path dir;
  private WireMockServer deepl;

  @BeforeEach
  void startDeepL() {
    deepl = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    deepl.start();
    deepl.stubFor(
        get(urlEqualTo("/v2/languages?type=source")).willReturn(okJson("[{\"language\":\"EN\"}]")));
    deepl.stubFor(
        get(urlEqualTo("/v2/languages?type=target")).willReturn(okJson("[{\"language\":\"KO\"}]")));
  }

  @AfterEach
  void stopDeepL() {
    deepl.stop();
  }

  @Test
  void writesTheJobSpecAndExitsWithoutWaitingOrReadingASummary() throws IOException {
    Path keyFile = Files.writeString(dir.resolve("deepl.key"), SECRET);
    Path output = dir.resolve("out");
    List<String> args = new ArrayList<>(DataflowTemplateTest.dataflowArgs(dir));
    args.addAll(
        List.of(
            "--input=data/digests/*.txt",
            "--output=" + output,
            "--provider=deepl",
            "--endpoint=" + deepl.baseUrl(),
            "--apiKeyFile=" + keyFile,
            "--targetLanguage=ko",
            "--maxConcurrentRequests=3"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit =
        Main.run(
            args.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(err.toString(StandardCharsets.UTF_8), exit, is(Main.OK));
    Path spec = dir.resolve("job-spec.json");
    assertThat(
        out.toString(StandardCharsets.UTF_8),
        allOf(containsString("Job spec written to " + spec), not(containsString("Files:"))));
    assertThat(Files.exists(output.resolve(OutputLayout.SUMMARY)), is(false));
    deepl.verify(
        getRequestedFor(urlEqualTo("/v2/languages?type=target"))
            .withHeader("Authorization", equalTo("DeepL-Auth-Key " + SECRET)));
    String specText = Files.readString(spec);
    assertThat(
        specText,
        allOf(
            containsString("\"maxConcurrentRequests\":3"),
            containsString(keyFile.toString()),
            not(containsString(SECRET))));
  }

  @Test
  void aTemplateLaunchForLastWeekFixesTheWeekAndRecordsTheFlexTemplateRetry() throws IOException {
    Path keyFile = Files.writeString(dir.resolve("deepl.key"), SECRET);
    List<String> args = new ArrayList<>(DataflowTemplateTest.dataflowArgs(dir));
    args.addAll(
        List.of(
            "--input=data/digests/*.txt",
            "--output=" + dir.resolve("out"),
            "--provider=deepl",
            "--endpoint=" + deepl.baseUrl(),
            "--apiKeyFile=" + keyFile,
            "--weeks=last",
            "--templateFile=gs://my-bucket/templates/digest-translator.json"));
    String week = WeekSelection.resolve("last", LocalDate.now(ZoneOffset.UTC));
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit =
        Main.run(
            args.toArray(String[]::new),
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(err.toString(StandardCharsets.UTF_8), exit, is(Main.OK));
    String spec = Files.readString(dir.resolve("job-spec.json"));
    assertThat(
        "the workers get the week, not the word",
        spec,
        allOf(
            containsString("\"weeks\":\"" + week + "\""),
            not(containsString("\"weeks\":\"last\""))));
    assertThat(
        spec,
        allOf(
            containsString("gcloud dataflow flex-template run"),
            containsString(
                "--template-file-gcs-location="
                    + "gs://my-bucket/templates/digest-translator.json"),
            containsString("--region=europe-west1"),
            containsString(",weeks=" + week),
            not(containsString("java -jar")),
            not(containsString(SECRET))));
  }
}
