package com.digesttranslator.pipeline;

import static com.digesttranslator.testing.SyntheticDigests.LEGACY_FAILURE;
import static com.digesttranslator.testing.SyntheticDigests.digest;
import static com.digesttranslator.testing.SyntheticDigests.entry;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.pipeline.cache.TranslationKey;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.provider.TranslatorConfig;
import com.digesttranslator.translate.quality.QualityGate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.testing.TestPipeline;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * --maxFileBytes and --maxAbstractChars: a stray huge file is reported as a bad file without being
 * read, and a huge "abstract" as a format failure at its line, instead of thousands of requests.
 */
public class InputLimitsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void oversizeFilesAndAbstractsAreReportedNotReadOrTranslated() throws IOException {
    Path in = tmp.newFolder("in").toPath();
    Path out = tmp.getRoot().toPath().resolve("out");
    String huge = "A sentence of a runaway abstract that goes on and on. ".repeat(110);
    write(
        in,
        "2026-W01.txt",
        digest(
            "2026-W01",
            entry(1, "A normal abstract.", LEGACY_FAILURE),
            entry(2, huge, LEGACY_FAILURE),
            entry(3, huge, "이미 번역된 초록입니다.")));
    // A valid digest, just bigger than the limit below: it would be translated if it were read.
    StringBuilder big = new StringBuilder();
    for (int rank = 1; rank <= 200; rank++) {
      big.append(entry(rank, "Abstract number " + rank + " of a big week.", LEGACY_FAILURE));
    }
    write(in, "2026-W02.txt", digest("2026-W02", big.toString()));
    assertThat(
        Files.size(in.resolve("2026-W02.txt")) > 2 * Files.size(in.resolve("2026-W01.txt")),
        is(true));

    DigestTranslatorOptions options = pipeline.getOptions().as(DigestTranslatorOptions.class);
    options.setInput(in + "/*.txt");
    options.setOutput(out.toString());
    options.setProvider("apertium");
    options.setMaxFileBytes((int) Files.size(in.resolve("2026-W01.txt")) + 100);
    options.setMaxAbstractChars(5_000);
    String id = UUID.randomUUID().toString();
    options.setRunId(id);
    TranslatorConfig config = JobSetup.config(options);
    DigestTranslationPipeline.build(
        pipeline,
        options,
        new JobSetup(
            config,
            FakeTranslator.factory(id),
            new RequestLimits(1, 2000, 2000),
            new QualityGate(),
            new TranslationKey(config, "")));
    pipeline.run().waitUntilFinish();

    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("files").asInt(), is(2));
    assertThat(summary.get("badFiles").asInt(), is(1));
    assertThat(summary.get("abstracts").asInt(), is(3));
    assertThat(summary.get("translated").asInt(), is(1));
    assertThat(summary.get("reused").asInt(), is(1));
    assertThat(summary.get("failed").asInt(), is(1));
    assertThat(summary.get("requests").asInt(), is(1));

    List<JsonNode> failures = JobRun.failures(out);
    List<String> described = failures.stream().map(JobRun::describe).toList();
    assertThat(
        described,
        containsInAnyOrder(
            "2026-W01.txt parse format 2 16", "2026-W02.txt read bad_file null null"));
    for (JsonNode failure : failures) {
      String message = failure.get("message").asText();
      assertThat(
          message,
          failure.get("errorClass").asText().equals("format")
              ? containsString(
                  "abstract of " + huge.length() + " characters, more than --maxAbstractChars=5000")
              : containsString("larger than --maxFileBytes=" + options.getMaxFileBytes()));
    }
    assertThat(
        read(out.resolve("digests/2026-W01.txt")), containsString("[es] A normal abstract."));
  }

  private static void write(Path dir, String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
