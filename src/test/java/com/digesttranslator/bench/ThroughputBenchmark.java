package com.digesttranslator.bench;

import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.pipeline.Main;
import com.digesttranslator.testing.SyntheticDigests;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.provider.ApertiumTranslator;
import com.digesttranslator.translate.provider.http.HttpCaller;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Throughput of the whole job against a translation service of fixed latency L, for several bounds
 * N: achieved requests/s versus the ideal N/L, and the server-observed mean number of requests in
 * flight. Run with {@code pipelines/bench.sh throughput}.
 */
public final class ThroughputBenchmark {
  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    long latencyMillis = Long.parseLong(System.getProperty("latencyMillis", "100"));
    int requestsPerShard = Integer.parseInt(System.getProperty("requestsPerShard", "50"));
    System.out.printf(
        "| N | abstracts | wall s | server busy s | achieved req/s | ideal N/L | achieved/ideal |"
            + " mean in flight / N | max in flight |%n");
    System.out.printf("|---|---|---|---|---|---|---|---|---|%n");
    baseline(latencyMillis, requestsPerShard);
    for (String n : System.getProperty("bounds", "1,4,16,32").split(",")) {
      measure(Integer.parseInt(n.trim()), latencyMillis, requestsPerShard);
    }
  }

  /** The floor: one client sending requests back to back, no Beam, no job. */
  private static void baseline(long latencyMillis, int requests) throws Exception {
    try (FixedLatencyServer server = new FixedLatencyServer(latencyMillis)) {
      ApertiumTranslator client =
          new ApertiumTranslator(
              server.endpoint(),
              new LanguagePair("en", "es"),
              new HttpCaller(Duration.ofSeconds(10)));
      long started = System.nanoTime();
      for (int i = 0; i < requests; i++) {
        client.translate(
            List.of("Abstract " + i + " of a plain loop: no Beam, no job, just the client."));
      }
      double wall = (System.nanoTime() - started) / 1e9;
      double achieved = server.requests() / server.busySeconds();
      System.out.printf(
          "| 1 (plain client loop, no job) | %d | %.1f | %.2f | %.1f | %.0f | %.3f | %.3f | %d |%n",
          requests,
          wall,
          server.busySeconds(),
          achieved,
          1000.0 / latencyMillis,
          achieved / (1000.0 / latencyMillis),
          server.meanInFlight(),
          server.maxInFlight());
    }
  }

  private static void measure(int n, long latencyMillis, int requestsPerShard) throws Exception {
    Path dir = Files.createTempDirectory("bench-throughput-");
    Path in = Files.createDirectory(dir.resolve("in"));
    int abstracts = n * requestsPerShard;
    int perFile = 10;
    SyntheticDigests.writeWeeks(in, abstracts / perFile, perFile, "N" + n);
    try (FixedLatencyServer server = new FixedLatencyServer(latencyMillis)) {
      long started = System.nanoTime();
      int exit =
          Main.run(
              new String[] {
                "--input=" + in + "/*.txt",
                "--output=" + dir.resolve("out"),
                "--provider=apertium",
                "--endpoint=" + server.endpoint(),
                "--targetLanguage=es",
                "--maxConcurrentRequests=" + n
              },
              new PrintStream(new ByteArrayOutputStream()),
              System.err);
      double wall = (System.nanoTime() - started) / 1e9;
      if (exit != Main.OK) {
        throw new IllegalStateException("run failed with exit " + exit);
      }
      RunCounts counts = Main.readSummary(dir.resolve("out").toString());
      if (counts.retries() > 0 || counts.requests() != abstracts) {
        throw new IllegalStateException(
            "expected one request per abstract and no retry: " + counts);
      }
      double busy = server.busySeconds();
      double achieved = server.requests() / busy;
      double ideal = n * 1000.0 / latencyMillis;
      System.out.printf(
          "| %d | %d | %.1f | %.2f | %.1f | %.0f | %.3f | %.3f | %d |%n",
          n,
          abstracts,
          wall,
          busy,
          achieved,
          ideal,
          achieved / ideal,
          server.meanInFlight() / n,
          server.maxInFlight());
    }
  }
}
