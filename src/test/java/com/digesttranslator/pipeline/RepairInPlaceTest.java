package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.testing.FaultyApertiumServer;
import com.digesttranslator.testing.SyntheticDigests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repair in place: the output's own digests as the input ({@code --input='out/digests/*.txt'
 * --output=out}) are replaced by their repaired versions, whole, leaving nothing else behind.
 */
class RepairInPlaceTest {

  @Test
  void theOutputsDigestsAreRepairedInPlace(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Path digests = Files.createDirectories(out.resolve("digests"));
    List<String> texts = SyntheticDigests.writeWeeks(digests, 3, 4, "");
    String before = Files.readString(digests.resolve("2025-W02.txt"));
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      JobRun repair = JobRun.of(JobRun.args(digests, out, server.endpoint()));

      assertThat(repair.stderr(), repair.exit(), is(Main.OK));
      assertThat(
          JobRun.names(digests),
          containsInAnyOrder("2025-W01.txt", "2025-W02.txt", "2025-W03.txt"));
      assertThat(
          JobRun.names(out),
          containsInAnyOrder(
              "cache", "digests", "failures.jsonl", "report.html", "summary.json", "summary.txt"));
      String repaired = Files.readString(digests.resolve("2025-W02.txt"));
      for (String text : texts.subList(4, 8)) {
        assertThat(repaired, containsString("## Resumen (Spanish)\nES: " + text + "\n"));
      }
      assertThat(repaired.replaceAll("## Resumen \\(Spanish\\)\nES: [^\n]*\n\n", ""), is(before));

      byte[] once = Files.readAllBytes(digests.resolve("2025-W02.txt"));
      JobRun again = JobRun.of(JobRun.args(digests, out, server.endpoint()));

      assertThat(again.stderr(), again.exit(), is(Main.OK));
      assertThat(server.translateRequests(), is(12L));
      assertThat(Files.readAllBytes(digests.resolve("2025-W02.txt")), is(once));
      assertThat(
          JobRun.names(digests),
          containsInAnyOrder("2025-W01.txt", "2025-W02.txt", "2025-W03.txt"));
    }
  }
}
