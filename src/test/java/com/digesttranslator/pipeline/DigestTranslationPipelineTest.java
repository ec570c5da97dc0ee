package com.digesttranslator.pipeline;

import static com.digesttranslator.testing.SyntheticDigests.LEGACY_FAILURE;
import static com.digesttranslator.testing.SyntheticDigests.digest;
import static com.digesttranslator.testing.SyntheticDigests.entry;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

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
import java.util.stream.Stream;
import org.apache.beam.sdk.testing.TestPipeline;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The whole graph on the Direct Runner with an in-process translator. */
public class DigestTranslationPipelineTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void translatesReusesAndReportsEveryAbstractAndBadFile() throws IOException {
    Path in = tmp.newFolder("in").toPath();
    Path out = tmp.getRoot().toPath().resolve("out");
    write(
        in,
        "2026-W01.txt",
        digest(
            "2026-W01",
            entry(1, "First abstract about models.", LEGACY_FAILURE),
            entry(2, "Second abstract.\n\nWith a second paragraph.", "")));
    write(
        in,
        "2026-W02.txt",
        digest(
            "2026-W02",
            entry(1, "Already done abstract.", "이미 번역된 초록입니다."),
            entry(2, "This one must FAIL permanently.", LEGACY_FAILURE)));
    write(
        in,
        "2026-W03.txt",
        digest(
            "../../../escape",
            "--- 1. No abstract here ---\nLink: https://x\n\n## 초록 (Korean)\n"
                + LEGACY_FAILURE
                + "\n\n",
            entry(2, "Third week abstract.", LEGACY_FAILURE)));
    write(in, "empty.txt", "");
    Files.write(
        in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, (byte) 0xff, 0x10});
    write(in, "notes.txt", "Just some notes.\nNothing like a digest.\n");

    DigestTranslatorOptions options = pipeline.getOptions().as(DigestTranslatorOptions.class);
    options.setInput(in + "/*.txt");
    options.setOutput(out.toString());
    options.setProvider("apertium");
    options.setMaxConcurrentRequests(3);
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

    assertThat(
        listFiles(tmp.getRoot().toPath()).stream()
            .filter(f -> !f.startsWith("out/cache/"))
            .toList(),
        containsInAnyOrder(
            "in/2026-W01.txt",
            "in/2026-W02.txt",
            "in/2026-W03.txt",
            "in/empty.txt",
            "in/binary.txt",
            "in/notes.txt",
            "out/digests/2026-W01.txt",
            "out/digests/2026-W02.txt",
            "out/digests/2026-W03.txt",
            "out/summary.json",
            "out/failures.jsonl",
            "out/report.html",
            "out/summary.txt"));

    assertThat(
        read(out.resolve("digests/2026-W01.txt")),
        is(
            digest(
                "2026-W01",
                entry(1, "First abstract about models.", "[es] First abstract about models."),
                entry(
                    2,
                    "Second abstract.\n\nWith a second paragraph.",
                    "[es] Second abstract.\n\n[es] With a second paragraph."))));
    String week2 = read(out.resolve("digests/2026-W02.txt"));
    assertThat(week2, containsString("## 초록 (Korean)\n이미 번역된 초록입니다.\n"));
    assertThat(week2, containsString("## 초록 (Korean)\n[Translation failed (permanent): HTTP 422"));
    assertThat(
        read(out.resolve("digests/2026-W03.txt")), containsString("[es] Third week abstract."));

    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    // 5 requests: the two-paragraph abstract takes two.
    assertThat(
        summary.toString(),
        is(
            "{\"files\":6,\"badFiles\":3,\"abstracts\":6,\"translated\":3,"
                + "\"reused\":1,\"failed\":2,\"requests\":5,\"retries\":0,\"fromCache\":0,\"weeks\":3}"));

    List<JsonNode> failures = JobRun.failures(out);
    assertThat(failures, hasSize(5));
    List<String> described = failures.stream().map(JobRun::describe).toList();
    assertThat(
        described,
        containsInAnyOrder(
            "2026-W02.txt translate permanent 2 null",
            "2026-W03.txt parse format 1 4",
            "binary.txt read bad_file null 1",
            "empty.txt read bad_file null 1",
            "notes.txt read bad_file null 1"));
    JsonNode permanent =
        failures.stream()
            .filter(f -> f.get("stage").asText().equals("translate"))
            .findFirst()
            .get();
    assertThat(permanent.get("httpStatus").asInt(), is(422));
    assertThat(permanent.get("week").asText(), is("2026-W02"));
    assertThat(permanent.get("title").asText(), is("Paper 2"));
    assertThat(permanent.get("message").asText(), startsWith("HTTP 422"));

    String console = read(out.resolve("summary.txt"));
    assertThat(
        "the console summary shows summary.json's totals",
        console,
        containsString("2 of 6 abstracts and 3 of 6 files were not translated."));
    assertThat(console, containsString("= 3 translated (0 from cache) + 1 reused + 2 failed"));
    String report = read(out.resolve("report.html"));
    assertThat(
        "the report shows them too",
        report,
        containsString("data-total=\"files\"><div class=\"value\">6</div>"));
    assertThat(report, containsString("data-total=\"weeks\"><div class=\"value\">3</div>"));
  }

  private static void write(Path dir, String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static List<String> listFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).toList();
    }
  }
}
