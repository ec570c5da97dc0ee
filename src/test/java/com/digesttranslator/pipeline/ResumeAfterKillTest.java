package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.digesttranslator.testing.FakeLibreTranslate;
import com.digesttranslator.testing.FaultyApertiumServer;
import com.digesttranslator.testing.SyntheticDigests;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the job (SIGKILL, in a child JVM) in the middle of translating, runs it again with the same
 * arguments, and checks that the outputs equal an uninterrupted run's byte for byte and that almost
 * nothing the killed run obtained was requested again.
 */
class ResumeAfterKillTest {
  private static final int N = 2;
  private static final int ABSTRACTS = 200;

  @Test
  void aRunKilledMidwayResumesWithoutPayingTwiceAndEndsWithIdenticalOutputs(@TempDir Path dir)
      throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    List<String> texts = SyntheticDigests.writeWeeks(in, ABSTRACTS / 10, 10, "");
    Map<String, Integer> beforeKill;
    try (FaultyApertiumServer server = FaultyApertiumServer.start(25, 0, 0, 1)) {
      Process killed = startChild(in, dir.resolve("out"), server.endpoint());
      awaitRequests(server, ABSTRACTS * 2 / 5, killed);
      killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      Thread.sleep(300);
      beforeKill = snapshot(server);

      JobRun resumed =
          JobRun.of(
              JobRun.args(
                  in, dir.resolve("out"), server.endpoint(), "--maxConcurrentRequests=" + N));
      assertThat(resumed.stderr(), resumed.exit(), is(Main.OK));

      int again = 0;
      for (String text : texts) {
        int total = server.requestsPerText().get(text).get();
        assertThat("every text requested at most twice", total, lessThanOrEqualTo(2));
        again +=
            total - beforeKill.getOrDefault(text, 0) > 0 && beforeKill.containsKey(text) ? 1 : 0;
      }
      System.out.printf(
          "killed after %d requests; the re-run requested %d of them again (N=%d)%n",
          beforeKill.size(), again, N);
      assertThat(beforeKill.size(), greaterThan(ABSTRACTS / 3));
      assertThat(beforeKill.size(), lessThan(ABSTRACTS));
      assertThat("only requests in flight at the kill are paid twice", again, lessThanOrEqualTo(N));
    }
    try (FaultyApertiumServer reference = FaultyApertiumServer.start(0, 0, 0, 1)) {
      JobRun uninterrupted =
          JobRun.of(JobRun.args(in, dir.resolve("reference"), reference.endpoint()));
      assertThat(uninterrupted.exit(), is(Main.OK));
    }
    for (String name : JobRun.names(dir.resolve("reference/digests"))) {
      assertThat(
          name,
          Files.readAllBytes(dir.resolve("out/digests/" + name)),
          is(Files.readAllBytes(dir.resolve("reference/digests/" + name))));
    }
    assertThat(
        JobRun.names(dir.resolve("out/digests")),
        is(JobRun.names(dir.resolve("reference/digests"))));
    assertThat(
        Files.readAllBytes(dir.resolve("out/failures.jsonl")),
        is(Files.readAllBytes(dir.resolve("reference/failures.jsonl"))));
  }

  /**
   * A batching provider carries several texts per request, and a slice of up to {@code maxTexts}
   * (25 for LibreTranslate) takes several requests: each request's translations must be journaled
   * as its reply arrives, not when the slice is done. The run re-paid 19 texts.
   */
  @Test
  void aKilledRunWithABatchingProviderPaysAgainAtMostTheRequestInFlight(@TempDir Path dir)
      throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    // About 1,300 characters each: three texts fill one LibreTranslate request.
    String filler = "we measure how well the method works on long inputs and report it in detail. ";
    List<String> texts = SyntheticDigests.writeWeeks(in, 10, 10, "and more: " + filler.repeat(15));
    String[] args = {
      "--input=" + in + "/*.txt",
      "--output=" + dir.resolve("out"),
      "--provider=libretranslate",
      "--targetLanguage=es",
      "--maxConcurrentRequests=1"
    };
    try (FakeLibreTranslate server = FakeLibreTranslate.start(200)) {
      String[] withEndpoint = withArg(args, "--endpoint=" + server.endpoint());
      Process killed = startChild(withEndpoint, dir.resolve("out"));
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      while (server.requests().size() < 6) {
        if (!killed.isAlive() || Instant.now().isAfter(deadline)) {
          throw new AssertionError("the job ended or stalled before it could be killed mid-run");
        }
        Thread.sleep(20);
      }
      killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      Thread.sleep(300);
      int beforeKill = server.requests().size();
      Map<String, Integer> paid = new HashMap<>();
      server.requestsPerText().forEach((text, n) -> paid.put(text, n.get()));

      JobRun resumed = JobRun.of(withEndpoint);
      assertThat(resumed.stderr(), resumed.exit(), is(Main.OK));

      int perRequest = server.requests().stream().mapToInt(List::size).max().orElseThrow();
      int again = 0;
      for (String text : texts) {
        int total = server.requestsPerText().get(text).get();
        again += paid.containsKey(text) && total > paid.get(text) ? 1 : 0;
      }
      System.out.printf(
          "killed after %d requests of up to %d texts (%d texts); the re-run"
              + " requested %d of them again%n",
          beforeKill, perRequest, paid.size(), again);
      assertThat(perRequest, greaterThan(1));
      assertThat(paid.size(), greaterThan(4 * perRequest));
      assertThat(
          "only the request in flight at the kill is paid twice",
          again,
          lessThanOrEqualTo(perRequest));
      assertThat(Files.size(dir.resolve("out/failures.jsonl")), is(0L));
    }
  }

  private static String[] withArg(String[] args, String extra) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(extra);
    return all.toArray(String[]::new);
  }

  private static Process startChild(Path in, Path out, String endpoint) throws Exception {
    return startChild(JobRun.args(in, out, endpoint, "--maxConcurrentRequests=" + N), out);
  }

  private static Process startChild(String[] args, Path out) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    File log = out.resolveSibling("child.log").toFile();
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  private static void awaitRequests(FaultyApertiumServer server, long requests, Process child)
      throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (server.translateRequests() < requests) {
      if (!child.isAlive() || Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "the job ended or stalled before it could be killed mid-run (exit "
                + (child.isAlive() ? "none" : child.exitValue())
                + ")");
      }
      Thread.sleep(20);
    }
  }

  private static Map<String, Integer> snapshot(FaultyApertiumServer server) {
    Map<String, Integer> counts = new HashMap<>();
    server.requestsPerText().forEach((text, n) -> counts.put(text, n.get()));
    return counts;
  }
}
