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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-runs, the cache, week selection and the dry run, through the whole job. */
class BackfillTest {

  @Test
  void aSecondRunRequestsNothingAndWritesTheSameDigests(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 5, 10, "");
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      assertThat(
          JobRun.of(JobRun.args(in, dir.resolve("out"), server.endpoint())).exit(), is(Main.OK));
      long first = server.translateRequests();
      byte[] before = Files.readAllBytes(dir.resolve("out/digests/2025-W03.txt"));
      Files.delete(dir.resolve("out/digests/2025-W03.txt"));

      assertThat(
          JobRun.of(JobRun.args(in, dir.resolve("out"), server.endpoint())).exit(), is(Main.OK));

      assertThat(first, is(50L));
      assertThat("no request on the re-run", server.translateRequests(), is(first));
      RunCounts counts = Main.readSummary(dir.resolve("out").toString());
      assertThat(counts.fromCache(), is(50L));
      assertThat(counts.requests(), is(0L));
      assertThat(Files.readAllBytes(dir.resolve("out/digests/2025-W03.txt")), is(before));
    }
  }

  /** More weeks than file groups: groups of several files still give each its own translations. */
  @Test
  void eachWeekOfAGroupOfFilesGetsItsOwnTranslations(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    int weeks = 40;
    List<String> texts = SyntheticDigests.writeWeeks(in, weeks, 2, "");
    List<Integer> groups = new ArrayList<>();
    try (var files = Files.list(in)) {
      files.forEach(f -> groups.add(FileGroups.of(f.toString())));
    }
    assertThat(groups.stream().distinct().count() < weeks, is(true));
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      assertThat(
          JobRun.of(JobRun.args(in, dir.resolve("out"), server.endpoint())).exit(), is(Main.OK));
    }
    for (int w = 1; w <= weeks; w++) {
      String digest = Files.readString(dir.resolve(String.format("out/digests/2025-W%02d.txt", w)));
      List<String> own = texts.subList(2 * (w - 1), 2 * w);
      for (String text : texts) {
        assertThat(text, digest.contains("ES: " + text), is(own.contains(text)));
      }
    }
  }

  @Test
  void theSameAbstractInSeveralWeeksIsRequestedOnce(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    String shared =
        "A survey of retrieval-augmented generation that appears in three different weeks.";
    for (String week : List.of("2025-W10", "2025-W11", "2025-W12")) {
      Files.writeString(
          in.resolve(week + ".txt"),
          SyntheticDigests.digest(
              week,
              SyntheticDigests.entry(1, shared, SyntheticDigests.LEGACY_FAILURE),
              SyntheticDigests.entry(2, "Unique abstract of " + week + " about agents.", "")),
          StandardCharsets.UTF_8);
    }
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      assertThat(
          JobRun.of(JobRun.args(in, dir.resolve("out"), server.endpoint())).exit(), is(Main.OK));

      assertThat(server.requestsPerText().get(shared).get(), is(1));
      assertThat(server.translateRequests(), is(4L));
      for (String week : List.of("2025-W10", "2025-W11", "2025-W12")) {
        assertThat(
            Files.readString(dir.resolve("out/digests/" + week + ".txt")),
            containsString("ES: " + shared));
      }
    }
  }

  @Test
  void aTornLastCacheLineIsSkippedAndItsTextTranslatedAgain(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    List<String> texts = SyntheticDigests.writeWeeks(in, 1, 3, "");
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      assertThat(
          JobRun.of(JobRun.args(in, dir.resolve("first"), server.endpoint())).exit(), is(Main.OK));
      Path journal = dir.resolve("cache/translations-torn.jsonl");
      Files.createDirectories(journal.getParent());
      List<String> lines = journalLines(dir.resolve("first/cache"));
      String torn = lines.get(2).substring(0, lines.get(2).length() / 2);
      Files.writeString(
          journal, lines.get(0) + "\n" + lines.get(1) + "\n" + torn, StandardCharsets.UTF_8);

      JobRun rerun =
          JobRun.of(
              JobRun.args(
                  in,
                  dir.resolve("second"),
                  server.endpoint(),
                  "--cacheDir=" + dir.resolve("cache")));

      assertThat(rerun.stderr(), rerun.exit(), is(Main.OK));
      RunCounts counts = Main.readSummary(dir.resolve("second").toString());
      assertThat(counts.fromCache(), is(2L));
      assertThat(counts.requests(), is(1L));
      assertThat(server.translateRequests(), is(4L));
      assertThat(
          Files.readAllBytes(dir.resolve("second/digests/2025-W01.txt")),
          is(Files.readAllBytes(dir.resolve("first/digests/2025-W01.txt"))));
      assertThat(texts.size(), is(3));
    }
  }

  @Test
  void weekSelectionIsAppliedBeforeAnyRequestAndReportsWeeksWithoutFile(@TempDir Path dir)
      throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 5, 2, "");
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      JobRun run =
          JobRun.of(
              JobRun.args(
                  in,
                  dir.resolve("out"),
                  server.endpoint(),
                  "--weeks=2025-W02..2025-W03,2025-W05,2025-W40"));

      assertThat(run.stderr(), run.exit(), is(Main.OK));
      assertThat(
          JobRun.names(dir.resolve("out/digests")),
          contains("2025-W02.txt", "2025-W03.txt", "2025-W05.txt"));
      assertThat(server.translateRequests(), is(6L));
      JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
      assertThat(summary.get("files").asInt(), is(3));
      assertThat(summary.get("weeks").asInt(), is(3));
      assertThat(summary.get("unmatchedWeeks").toString(), is("[\"2025-W40\"]"));
    }
  }

  @Test
  void anInvalidWeekSpecIsAnInvalidOption(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 1, 1, "");
    JobRun run =
        JobRun.of(
            JobRun.args(
                in, dir.resolve("out"), "http://127.0.0.1:9", "--weeks=2025-W10..2025-W02"));

    assertThat(run.exit(), is(Main.INVALID));
    assertThat(run.stderr(), containsString("ends before it starts"));
  }

  @Test
  void aDryRunEstimatesWithoutCallingTheProviderOrWritingDigests(@TempDir Path dir)
      throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    List<String> texts = SyntheticDigests.writeWeeks(in, 4, 5, "");
    Files.writeString(
        in.resolve("2025-W09.txt"),
        SyntheticDigests.digest(
            "2025-W09",
            SyntheticDigests.entry(1, "Already translated.", "")
                .replace("## 초록 (Korean)\n", "## Resumen (Spanish)\nYa traducido.")),
        StandardCharsets.UTF_8);
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      JobRun run =
          JobRun.of(
              JobRun.args(
                  in,
                  dir.resolve("out"),
                  server.endpoint(),
                  "--dryRun",
                  "--pricePerMillionChars=20"));

      assertThat(run.stderr(), run.exit(), is(Main.OK));
      assertThat(server.translateRequests(), is(0L));
      assertThat(JobRun.names(dir.resolve("out/digests")), is(empty()));
      JsonNode report = new ObjectMapper().readTree(dir.resolve("out/dry-run.json").toFile());
      long chars = texts.stream().mapToLong(String::length).sum();
      assertThat(report.get("files").asLong(), is(5L));
      assertThat(report.get("weeks").asLong(), is(5L));
      assertThat(report.get("abstracts").asLong(), is(21L));
      assertThat(report.get("toTranslate").asLong(), is(20L));
      assertThat(report.get("reused").asLong(), is(1L));
      assertThat(report.get("characters").asLong(), is(chars));
      assertThat(report.get("requests").asLong(), is(20L));
      assertThat(report.get("estimatedCost").asDouble(), is(Math.round(chars * 20 / 1e4) / 100.0));
      assertThat(run.stdout(), containsString("Dry run: nothing was sent"));
    }
  }

  static List<String> journalLines(Path cacheDir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String name : JobRun.names(cacheDir)) {
      lines.addAll(Files.readAllLines(cacheDir.resolve(name)));
    }
    return lines;
  }
}
