package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.testing.FaultyApertiumServer;
import com.digesttranslator.testing.SyntheticDigests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the translation cache may serve to a later run, through the whole job. */
class CachedTranslationsTest {

  @Test
  void anotherServerWithTheSameSettingsDoesNotShareTheCache(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 2, 3, "");
    String cache = "--cacheDir=" + dir.resolve("cache");
    try (FaultyApertiumServer first = FaultyApertiumServer.start(0, 0, 0, 1);
        FaultyApertiumServer second = FaultyApertiumServer.start(0, 0, 0, 2)) {
      assertThat(
          JobRun.of(JobRun.args(in, dir.resolve("a"), first.endpoint(), cache)).exit(),
          is(Main.OK));

      JobRun other = JobRun.of(JobRun.args(in, dir.resolve("b"), second.endpoint(), cache));

      assertThat(other.stderr(), other.exit(), is(Main.OK));
      assertThat(second.translateRequests(), is(6L));
      assertThat(Main.readSummary(dir.resolve("b").toString()).fromCache(), is(0L));
    }
  }

  @Test
  void aCachedTranslationTodaysGateRejectsIsTranslatedAgain(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    List<String> texts = SyntheticDigests.writeWeeks(in, 1, 3, "");
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      assertThat(
          JobRun.of(JobRun.args(in, dir.resolve("first"), server.endpoint())).exit(), is(Main.OK));
      // An entry an older, laxer gate let through: far too short for its source.
      Path cacheDir = dir.resolve("first/cache");
      List<String> lines = BackfillTest.journalLines(cacheDir);
      String bad = lines.get(0).replaceFirst("\"t\":\"[^\"]*\"", "\"t\":\"ES: Resumen.\"");
      assertThat(bad, not(lines.get(0)));
      for (String name : JobRun.names(cacheDir)) {
        Files.delete(cacheDir.resolve(name));
      }
      List<String> tampered = new ArrayList<>(lines);
      tampered.set(0, bad);
      Files.write(cacheDir.resolve("translations-old.jsonl"), tampered, StandardCharsets.UTF_8);

      JobRun rerun =
          JobRun.of(
              JobRun.args(in, dir.resolve("second"), server.endpoint(), "--cacheDir=" + cacheDir));

      assertThat(rerun.stderr(), rerun.exit(), is(Main.OK));
      RunCounts counts = Main.readSummary(dir.resolve("second").toString());
      assertThat(counts.fromCache(), is(2L));
      assertThat(counts.requests(), is(1L));
      assertThat(server.translateRequests(), is(4L));
      String digest = Files.readString(dir.resolve("second/digests/2025-W01.txt"));
      assertThat(digest, not(containsString("ES: Resumen.")));
      for (String text : texts) {
        assertThat(digest, containsString("ES: " + text));
      }
    }
  }
}
