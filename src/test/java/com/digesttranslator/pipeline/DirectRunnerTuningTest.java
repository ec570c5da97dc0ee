package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.testing.SyntheticDigests;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Direct Runner gets exactly N worker threads (its driver loop then has none to spin on while
 * every shard waits on the provider), and those N threads still keep N requests in flight.
 */
class DirectRunnerTuningTest {
  private static final int N = 4;

  @Test
  void theDirectRunnerGetsOneThreadPerShardAndNoPerElementChecks() {
    DirectOptions direct = tuned("--maxConcurrentRequests=" + N);

    assertThat(direct.getTargetParallelism(), is(N));
    assertThat(direct.isEnforceImmutability(), is(false));
    assertThat(direct.isEnforceEncodability(), is(false));
  }

  @Test
  void directRunnerOptionsGivenExplicitlyWin() {
    DirectOptions direct =
        tuned(
            "--maxConcurrentRequests=" + N,
            "--targetParallelism=9",
            "--enforceImmutability=true",
            "--enforceEncodability=true");

    assertThat(direct.getTargetParallelism(), is(9));
    assertThat(direct.isEnforceImmutability(), is(true));
    assertThat(direct.isEnforceEncodability(), is(true));
  }

  /**
   * The server holds every request until N are in flight together, so the run only finishes
   * promptly, and the maximum only reaches N, if N shards really run at once on N threads.
   */
  @Test
  void nThreadsKeepNRequestsInFlight(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 2, 2 * N, "");
    try (BarrierServer server = new BarrierServer(N)) {
      JobRun run =
          JobRun.of(
              JobRun.args(
                  in, dir.resolve("out"), server.endpoint(), "--maxConcurrentRequests=" + N));

      assertThat(run.stderr(), run.exit(), is(Main.OK));
      assertThat("server-observed maximum in flight", server.maxInFlight(), is(N));
      assertThat("rounds in which the barrier gave up waiting", server.timeouts(), is(0));
    }
  }

  private static DirectOptions tuned(String... args) {
    DigestTranslatorOptions options =
        PipelineOptionsFactory.fromArgs(args).as(DigestTranslatorOptions.class);
    Main.tuneDirectRunner(options, args);
    return options.as(DirectOptions.class);
  }

  /** An Apertium-shaped server that answers only once {@code parties} requests are waiting. */
  private static final class BarrierServer implements AutoCloseable {
    private static final long GIVE_UP_SECONDS = 60;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final int parties;
    private int inFlight;
    private int maxInFlight;
    private int arrived;
    private int released;
    private int timeouts;

    BarrierServer(int parties) throws IOException {
      this.parties = parties;
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
      server.setExecutor(threads);
      server.createContext(
          "/listPairs",
          ex ->
              reply(
                  ex,
                  "{\"responseData\": [{\"sourceLanguage\": \"eng\", \"targetLanguage\": \"spa\"}],"
                      + " \"responseStatus\": 200}"));
      server.createContext("/translate", this::translate);
      server.start();
    }

    String endpoint() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void translate(HttpExchange exchange) throws IOException {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String q = "";
      for (String pair : body.split("&")) {
        if (pair.startsWith("q=")) {
          q = URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
        }
      }
      try {
        awaitParties();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      reply(
          exchange,
          "{\"responseData\": {\"translatedText\": \"ES: " + q + "\"}, \"responseStatus\": 200}");
    }

    /**
     * Waits until {@code parties} requests are in flight. A missing thread shows up as a timeout,
     * after which the barrier stops holding requests so that a failing run still ends.
     */
    private synchronized void awaitParties() throws InterruptedException {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      // Arrivals, not requests in flight, fill a round: a released request may not have left yet
      // when the next round's first request arrives.
      int round = released;
      arrived++;
      if (arrived == parties) {
        arrived = 0;
        released++;
        notifyAll();
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
      while (released == round && timeouts == 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          timeouts++;
          notifyAll();
          break;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      inFlight--;
    }

    synchronized int maxInFlight() {
      return maxInFlight;
    }

    synchronized int timeouts() {
      return timeouts;
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }

    @Override
    public void close() {
      server.stop(0);
      threads.shutdownNow();
    }
  }
}
