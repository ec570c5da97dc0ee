package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.testing.FaultyApertiumServer;
import com.digesttranslator.testing.SyntheticDigests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a run reads: globs that overlap, weeks that select none. Through the whole job. */
class InputSelectionTest {

  @Test
  void aFileTwoGlobsMatchIsReadTranslatedAndWrittenOnce(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 3, 2, "");
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      JobRun run =
          JobRun.of(
              "--input=" + in + "/*.txt," + in + "/2025-W02*.txt",
              "--output=" + dir.resolve("out"),
              "--provider=apertium",
              "--endpoint=" + server.endpoint(),
              "--targetLanguage=es");

      assertThat(run.stderr(), run.exit(), is(Main.OK));
      RunCounts counts = Main.readSummary(dir.resolve("out").toString());
      assertThat(counts.files(), is(3L));
      assertThat(counts.abstracts(), is(6L));
      assertThat(counts.translated(), is(6L));
      assertThat(server.translateRequests(), is(6L));
      assertThat(
          JobRun.names(dir.resolve("out/digests")),
          contains("2025-W01.txt", "2025-W02.txt", "2025-W03.txt"));
    }
  }

  @Test
  void weeksThatSelectNoFileWriteFreshZeroCountsAndSaySo(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 2, 2, "");
    Path out = dir.resolve("out");
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      assertThat(JobRun.of(JobRun.args(in, out, server.endpoint())).exit(), is(Main.OK));
      long paid = server.translateRequests();

      JobRun none =
          JobRun.of(JobRun.args(in, out, server.endpoint(), "--weeks=2030-W01..2030-W02"));

      assertThat(none.stderr(), none.exit(), is(Main.OK));
      assertThat(server.translateRequests(), is(paid));
      JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
      assertThat(summary.get("files").asInt(), is(0));
      assertThat(summary.get("abstracts").asInt(), is(0));
      assertThat(summary.get("weeks").asInt(), is(0));
      assertThat(summary.get("unmatchedWeeks").toString(), is("[\"2030-W01\",\"2030-W02\"]"));
      assertThat(summary.get("message").asText(), is(WriteRunReport.NOTHING_SELECTED));
      assertThat(Files.readAllLines(out.resolve("failures.jsonl")), is(empty()));
      assertThat(
          Files.readString(out.resolve("summary.txt")),
          containsString(WriteRunReport.NOTHING_SELECTED));
      assertThat(none.stdout(), containsString(WriteRunReport.NOTHING_SELECTED));
      assertThat(Files.readString(out.resolve("report.html")), containsString("2030-W01"));
    }
  }

  @Test
  void aDryRunWhoseWeeksSelectNoFileSaysSo(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 2, 2, "");
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      JobRun run =
          JobRun.of(
              JobRun.args(
                  in, dir.resolve("out"), server.endpoint(), "--weeks=2030-W01", "--dryRun"));

      assertThat(run.stderr(), run.exit(), is(Main.OK));
      JsonNode report = new ObjectMapper().readTree(dir.resolve("out/dry-run.json").toFile());
      assertThat(report.get("files").asInt(), is(0));
      assertThat(report.get("toTranslate").asInt(), is(0));
      assertThat(report.get("message").asText(), is(WriteRunReport.NOTHING_SELECTED));
      assertThat(run.stdout(), containsString(WriteRunReport.NOTHING_SELECTED));
      assertThat(server.translateRequests(), is(0L));
    }
  }
}
