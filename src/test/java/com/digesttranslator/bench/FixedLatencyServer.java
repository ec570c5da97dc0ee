package com.digesttranslator.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An Apertium-shaped service that answers every request after exactly L milliseconds, for the
 * throughput benchmark. Deliberately minimal (the JDK's HttpServer, no matching or templating):
 * WireMock costs a few milliseconds of CPU per request, which on 2 cores would itself cap the
 * request rate at high N and measure the fake instead of the job.
 */
final class FixedLatencyServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final long latencyMillis;
  private int inFlight;
  private int maxInFlight;
  private long requests;
  private long first = -1;
  private long last;
  private long lastChange;
  private double area;

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, the body then
    // waits for the client's delayed ACK (~40 ms), which would be charged to the job.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  FixedLatencyServer(long latencyMillis) throws IOException {
    this.latencyMillis = latencyMillis;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
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

  /**
   * A request counts as in flight from its arrival until its reply is about to be written: counting
   * until after the write would overlap with the client's next request, which the client may send
   * as soon as the last byte arrives.
   */
  private void translate(HttpExchange exchange) throws IOException {
    change(+1);
    String q = "";
    try {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      for (String pair : body.split("&")) {
        if (pair.startsWith("q=")) {
          q = URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
        }
      }
      Thread.sleep(latencyMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      change(-1);
    }
    reply(
        exchange,
        "{\"responseData\": {\"translatedText\": \"ES: "
            + q.replace("\"", "'")
            + "\"}, \"responseStatus\": 200}");
  }

  private static void reply(HttpExchange exchange, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private synchronized void change(int delta) {
    long now = System.nanoTime();
    if (first < 0) {
      first = now;
    } else {
      area += inFlight * (double) (now - lastChange);
    }
    lastChange = now;
    inFlight += delta;
    maxInFlight = Math.max(maxInFlight, inFlight);
    if (delta < 0) {
      last = now;
      requests++;
    }
  }

  /** Whether the first request has arrived. */
  synchronized boolean started() {
    return first >= 0;
  }

  synchronized long requests() {
    return requests;
  }

  synchronized int maxInFlight() {
    return maxInFlight;
  }

  synchronized double busySeconds() {
    return (last - first) / 1e9;
  }

  synchronized double meanInFlight() {
    return last > first ? area / (last - first) : 0;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
