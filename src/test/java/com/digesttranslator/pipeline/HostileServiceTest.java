package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.testing.FaultyApertiumServer;
import com.digesttranslator.testing.SyntheticDigests;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job against a fault-injecting translation server: bound, retries, breaker. */
class HostileServiceTest {
  private static final int N = 4;

  @Test
  void everyAbstractIsTranslatedDespiteThirtyPercentFaultsAndTheBoundHolds(@TempDir Path dir)
      throws Exception {
    List<String> abstracts =
        SyntheticDigests.writeWeeks(Files.createDirectory(dir.resolve("in")), 10, 10, "");
    int maxAttempts = 10;
    try (FaultyApertiumServer server = FaultyApertiumServer.start(60, 0.3, 1000, 42)) {
      Run run = run(dir, server, "--maxAttempts=" + maxAttempts, "--requestTimeoutSeconds=1");

      assertThat(run.stderr, run.exit, is(Main.OK));
      RunCounts counts = Main.readSummary(dir.resolve("out").toString());
      assertThat(counts.translated(), is(100L));
      assertThat(counts.requests(), is(server.translateRequests()));
      assertThat(counts.retries(), is(server.translateRequests() - 100));
      assertThat(
          "faults were injected",
          server.faultsServed().size(),
          is(FaultyApertiumServer.Fault.values().length));
      for (String text : abstracts) {
        assertThat(server.requestsPerText().get(text).get(), lessThanOrEqualTo(maxAttempts));
        assertThat(
            Files.readString(dir.resolve("out/digests/2025-W01.txt")),
            containsString("ES: Abstract 1 of"));
      }
      assertThat("server-observed maximum in flight", server.maxInFlight(), lessThanOrEqualTo(N));
      assertThat("shards overlap", server.maxInFlight(), greaterThanOrEqualTo(2));
    }
  }

  @Test
  void permanentErrorsAreReportedAndNeverRetried(@TempDir Path dir) throws Exception {
    SyntheticDigests.writeWeeks(
        Files.createDirectory(dir.resolve("in")), 3, 10, FaultyApertiumServer.REJECTED);
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 0, 1)) {
      Run run = run(dir, server);

      assertThat(run.exit, is(Main.FAILURES));
      assertThat(server.translateRequests(), is(30L));
      assertThat(
          server.requestsPerText().values().stream().map(AtomicInteger::get).toList(),
          everyItem(is(1)));
      List<JsonNode> failures = JobRun.failures(dir.resolve("out"));
      assertThat(failures.size(), is(30));
      for (JsonNode f : failures) {
        assertThat(f.get("errorClass").asText(), is("permanent"));
        assertThat(f.get("httpStatus").asInt(), is(400));
        assertThat(f.get("attempts").asInt(), is(1));
        assertThat(f.get("message").asText(), containsString("That pair is not installed"));
      }
    }
  }

  @Test
  void anAuthFailureOpensTheCircuitBreakerAndStopsAllCalls(@TempDir Path dir) throws Exception {
    SyntheticDigests.writeWeeks(Files.createDirectory(dir.resolve("in")), 20, 10, "");
    try (FaultyApertiumServer server = FaultyApertiumServer.rejectingAllCredentials()) {
      Run run = run(dir, server, "--maxAttempts=5");

      assertThat(run.exit, is(Main.FAILURES));
      assertThat(
          "only requests already in flight when the breaker opened",
          server.translateRequests(),
          lessThanOrEqualTo((long) N));
      assertThat(run.stdout, containsString("Stopped calling the provider: "));
      List<JsonNode> failures = JobRun.failures(dir.resolve("out"));
      assertThat(failures.size(), is(200));
      assertThat(
          failures.stream().map(f -> f.get("errorClass").asText()).toList(), everyItem(is("auth")));
      assertThat(failures.stream().mapToInt(f -> f.get("attempts").asInt()).sum(), greaterThan(0));
    }
  }

  private record Run(int exit, String stdout, String stderr) {}

  private static Run run(Path dir, FaultyApertiumServer server, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input=" + dir.resolve("in") + "/*.txt",
                "--output=" + dir.resolve("out"),
                "--provider=apertium",
                "--endpoint=" + server.endpoint(),
                "--targetLanguage=es",
                "--maxConcurrentRequests=" + N));
    args.addAll(List.of(extra));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
