package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.testing.FaultyApertiumServer;
import com.digesttranslator.testing.SyntheticDigests;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pipelines/weekly.sh, run as cron would run it, with the job from the test classpath. */
class WeeklyScriptTest {

  private record Result(int exit, String stdout, String stderr) {}

  private static Result weekly(Path dir, String endpoint, Map<String, String> env, String... args)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "bash",
                "pipelines/weekly.sh",
                "--provider=apertium",
                "--endpoint=" + endpoint,
                "--targetLanguage=es"));
    command.addAll(List.of(args));
    File stdout = dir.resolve("stdout").toFile();
    File stderr = dir.resolve("stderr").toFile();
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(stdout).redirectError(stderr);
    builder.environment().put("WEEKLY_INBOX", dir.resolve("inbox").toString());
    builder.environment().put("WEEKLY_DIR", dir.resolve("weekly").toString());
    builder
        .environment()
        .put(
            "DIGEST_TRANSLATOR",
            Path.of(System.getProperty("java.home"), "bin", "java")
                + " -Xmx512m -cp "
                + System.getProperty("java.class.path")
                + " "
                + Main.class.getName());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("weekly.sh did not finish");
    }
    return new Result(
        process.exitValue(),
        Files.readString(stdout.toPath(), StandardCharsets.UTF_8),
        Files.readString(stderr.toPath(), StandardCharsets.UTF_8));
  }

  private static Path inbox(Path dir) throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    SyntheticDigests.writeWeeks(inbox, 3, 4, "");
    return inbox;
  }

  @Test
  void aSecondRunOfTheLatestWeekRequestsNothing(@TempDir Path dir) throws Exception {
    inbox(dir);
    // 7 days before 2025-01-20 is 2025-01-13, in 2025-W03.
    Map<String, String> today = Map.of("TODAY", "2025-01-20");
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      Result first = weekly(dir, server.endpoint(), today);
      assertThat(first.stderr(), first.exit(), is(0));
      assertThat(
          first.stdout(),
          containsString(
              "weekly.sh: 2025-W03 ok: 4 abstracts = 4 translated"
                  + " (0 from cache) + 0 reused + 0 failed, 0 bad files; 4 requests."));
      assertThat(first.stderr(), is(""));
      long requests = server.translateRequests();

      Result second = weekly(dir, server.endpoint(), today);

      assertThat(second.stderr(), second.exit(), is(0));
      assertThat(second.stdout(), containsString("4 translated (4 from cache)"));
      assertThat(second.stdout(), containsString("; 0 requests."));
      assertThat(server.translateRequests(), is(requests));
      Path week = dir.resolve("weekly/2025-W03");
      assertThat(
          Files.readString(week.resolve("digests/2025-W03.txt")), containsString("ES: Abstract 1"));
      assertThat(Files.exists(week.resolve("markdown/2025-W03.md")), is(true));
      assertThat(Files.exists(week.resolve("json/2025-W03.json")), is(true));
      assertThat(JobRun.names(dir.resolve("weekly/cache")).isEmpty(), is(false));
    }
  }

  @Test
  void aFailedWeekExitsNonZeroWithTheSummaryLineOnStderr(@TempDir Path dir) throws Exception {
    Path inbox = inbox(dir);
    Files.writeString(
        inbox.resolve("2025-W02.txt"),
        SyntheticDigests.digest(
            "2025-W02",
            SyntheticDigests.entry(1, "Fine abstract.", ""),
            SyntheticDigests.entry(2, FaultyApertiumServer.REJECTED + ".", "")),
        StandardCharsets.UTF_8);
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      Result run = weekly(dir, server.endpoint(), Map.of(), "--week=2025-W02");

      assertThat(run.exit(), is(Main.FAILURES));
      assertThat(
          run.stderr(),
          containsString(
              "weekly.sh: 2025-W02 FAILED (exit 3): 2 abstracts ="
                  + " 1 translated (0 from cache) + 0 reused + 1 failed, 0 bad files;"));
      assertThat(run.stdout(), containsString("Retry only what failed"));
    }
  }

  @Test
  void aWeekWithoutADigestSaysSo(@TempDir Path dir) throws Exception {
    inbox(dir);
    Result run = weekly(dir, "http://127.0.0.1:9", Map.of(), "--week=2026-W10");
    assertThat(run.exit(), is(4));
    assertThat(run.stderr(), containsString("2026-W10: no digest for this week in "));
  }

  @Test
  void optionsTheScriptOwnsAreRefused(@TempDir Path dir) throws Exception {
    inbox(dir);
    Result run = weekly(dir, "http://127.0.0.1:9", Map.of(), "--cacheDir=/tmp/other");
    assertThat(run.exit(), is(Main.INVALID));
    assertThat(run.stderr(), containsString("--cacheDir=/tmp/other is set by this script"));
  }
}
