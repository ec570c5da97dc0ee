package com.digesttranslator.pipeline;

import static com.digesttranslator.testing.SyntheticDigests.LEGACY_FAILURE;
import static com.digesttranslator.testing.SyntheticDigests.digest;
import static com.digesttranslator.testing.SyntheticDigests.entry;
import static org.hamcrest.MatcherAssert.assertThat;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.testing.TestPipeline;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** --formats: the Markdown and JSON pages come from the same outcomes as the text digest. */
public class PublishFormatsPipelineTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private Path run(String formats) throws IOException {
    Path in = tmp.newFolder("in").toPath();
    Path out = tmp.getRoot().toPath().resolve("out");
    Files.writeString(
        in.resolve("2026-W01.txt"),
        digest(
            "2026-W01",
            entry(1, "First abstract about models.", LEGACY_FAILURE),
            entry(2, "Already done abstract.", "이미 번역된 초록입니다."),
            entry(3, "This one must FAIL permanently.", "")),
        StandardCharsets.UTF_8);
    DigestTranslatorOptions options = pipeline.getOptions().as(DigestTranslatorOptions.class);
    options.setInput(in + "/*.txt");
    options.setOutput(out.toString());
    options.setProvider("apertium");
    options.setFormats(formats);
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
    return out;
  }

  @Test
  public void everyFormatIsWrittenFromTheSameOutcomes() throws Exception {
    Path out = run("txt,md,json");

    String text = Files.readString(out.resolve("digests/2026-W01.txt"));
    assertThat(text, containsString("[es] First abstract about models."));
    JsonNode json = new ObjectMapper().readTree(out.resolve("json/2026-W01.json").toFile());
    JsonNode entries = json.path("entries");
    assertThat(json.path("week").asText(), is("2026-W01"));
    List<String> statuses = new ArrayList<>();
    entries.forEach(e -> statuses.add(e.path("status").asText()));
    assertThat(statuses, is(List.of("translated", "reused", "failed")));
    assertThat(
        entries.path(0).path("translation").asText(), is("[es] First abstract about models."));
    assertThat(entries.path(1).path("translation").asText(), is("이미 번역된 초록입니다."));
    assertThat(entries.path(2).path("errorClass").asText(), is("permanent"));
    String markdown = Files.readString(out.resolve("markdown/2026-W01.md"));
    assertThat(markdown, containsString("\n\\[es\\] First abstract about models.\n"));
    assertThat(markdown, containsString("\n*Not translated into Korean (permanent).*\n"));
  }

  @Test
  public void onlyTheChosenFormatsAreWritten() throws Exception {
    Path out = run("md");

    assertThat(JobRun.names(out.resolve("markdown")), is(List.of("2026-W01.md")));
    assertThat(JobRun.names(out.resolve("digests")), is(List.of()));
    assertThat(JobRun.names(out.resolve("json")), is(List.of()));
  }
}
