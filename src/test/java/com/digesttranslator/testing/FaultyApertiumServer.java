package com.digesttranslator.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER;
import static com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hostile Apertium APY on WireMock: answers {@code POST /translate} like APY (translation =
 * {@code "ES: " + q}) after a fixed latency, but a seeded share of requests get a fault instead
 * (429 with Retry-After, 503, connection reset, a hang beyond the client's timeout, a truncated or
 * HTML body, an empty reply). Texts containing {@link #REJECTED} get APY's 400; in auth mode every
 * request gets 401. It counts, server side, requests per text and requests in flight.
 */
public final class FaultyApertiumServer implements AutoCloseable {

  /** What a request gets instead of a translation. */
  public enum Fault {
    RATE_LIMITED,
    UNAVAILABLE,
    RESET,
    HANG,
    TRUNCATED_JSON,
    HTML_BODY,
    EMPTY_REPLY
  }

  /** A phrase that makes the server answer 400, as APY does for a request it cannot serve. */
  public static final String REJECTED = "please reject this text";

  private final WireMockServer server;
  private final Behaviour behaviour;

  private FaultyApertiumServer(Behaviour behaviour) {
    this.behaviour = behaviour;
    server =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .containerThreads(200)
                .jettyAcceptors(2)
                .extensions(behaviour, behaviour.inFlight));
    server.start();
    server.stubFor(
        post(urlPathEqualTo("/translate"))
            .willReturn(aResponse().withTransformers(Behaviour.NAME)));
    server.stubFor(
        get(urlPathEqualTo("/listPairs"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(
                        "{\"responseData\": [{\"sourceLanguage\": \"eng\", \"targetLanguage\":"
                            + " \"spa\"}], \"responseDetails\": null, \"responseStatus\": 200}")));
  }

  /**
   * @param faultRate share of translate requests that get a fault, drawn with {@code seed}
   * @param clientTimeoutMillis the client's read timeout: a hang lasts 2.5 times as long
   */
  public static FaultyApertiumServer start(
      long latencyMillis, double faultRate, long clientTimeoutMillis, long seed) {
    return new FaultyApertiumServer(
        new Behaviour(latencyMillis, faultRate, clientTimeoutMillis, seed, false));
  }

  public static FaultyApertiumServer rejectingAllCredentials() {
    return new FaultyApertiumServer(new Behaviour(0, 0, 0, 0, true));
  }

  public String endpoint() {
    return "http://127.0.0.1:" + server.port();
  }

  public int maxInFlight() {
    return behaviour.inFlight.max.get();
  }

  /** Time-weighted mean of requests in flight between the first arrival and the last completion. */
  public double meanInFlight() {
    return behaviour.inFlight.mean();
  }

  /** Seconds from the first translate request's arrival to the last one's completion. */
  public double busySeconds() {
    return behaviour.inFlight.busyNanos() / 1e9;
  }

  public long translateRequests() {
    return behaviour.requests.get();
  }

  public Map<String, AtomicInteger> requestsPerText() {
    return behaviour.perText;
  }

  public Map<Fault, AtomicInteger> faultsServed() {
    return behaviour.faults;
  }

  @Override
  public void close() {
    server.stop();
    behaviour.inFlight.timer.shutdownNow();
  }

  /** Decides each translate reply. */
  private static final class Behaviour implements ResponseDefinitionTransformerV2 {
    static final String NAME = "faulty-apertium";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long latencyMillis;
    private final double faultRate;
    private final long clientTimeoutMillis;
    private final Random random;
    private final boolean rejectCredentials;
    final InFlight inFlight = new InFlight();
    final AtomicLong requests = new AtomicLong();
    final Map<String, AtomicInteger> perText = new ConcurrentHashMap<>();
    final Map<Fault, AtomicInteger> faults = new ConcurrentHashMap<>();

    Behaviour(
        long latencyMillis,
        double faultRate,
        long clientTimeoutMillis,
        long seed,
        boolean rejectCredentials) {
      this.latencyMillis = latencyMillis;
      this.faultRate = faultRate;
      this.clientTimeoutMillis = clientTimeoutMillis;
      this.random = new Random(seed);
      this.rejectCredentials = rejectCredentials;
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      requests.incrementAndGet();
      String q = formField(event.getRequest().getBodyAsString(), "q");
      perText.computeIfAbsent(q, t -> new AtomicInteger()).incrementAndGet();
      if (rejectCredentials) {
        return apyError(401, "Unauthorized", "bad credentials").build();
      }
      if (q.contains(REJECTED)) {
        return apyError(400, "Bad Request", "That pair is not installed").build();
      }
      Fault fault = drawFault();
      if (fault == null) {
        return translation(q).withFixedDelay((int) latencyMillis).build();
      }
      faults.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet();
      if (fault == Fault.HANG) {
        inFlight.abandonAfter(event, clientTimeoutMillis * 9 / 10);
      }
      return faulty(fault, q).build();
    }

    private synchronized Fault drawFault() {
      if (random.nextDouble() >= faultRate) {
        return null;
      }
      Fault[] all = Fault.values();
      return all[random.nextInt(all.length)];
    }

    private ResponseDefinitionBuilder faulty(Fault fault, String q) {
      switch (fault) {
        case RATE_LIMITED:
          return apyError(429, "Too Many Requests", "slow down").withHeader("Retry-After", "1");
        case UNAVAILABLE:
          return apyError(503, "Service Unavailable", "internal error");
        case RESET:
          return aResponse().withFault(CONNECTION_RESET_BY_PEER);
        case HANG:
          return translation(q).withFixedDelay((int) (clientTimeoutMillis * 5 / 2));
        case TRUNCATED_JSON:
          return aResponse()
              .withStatus(200)
              .withHeader("Content-Type", "application/json")
              .withBody(
                  "{\"responseData\": {\"translatedText\": \"ES: "
                      + q.substring(0, q.length() / 2));
        case HTML_BODY:
          return aResponse()
              .withStatus(200)
              .withHeader("Content-Type", "text/html")
              .withBody("<html><body>502 Bad Gateway</body></html>");
        default:
          return aResponse().withFault(EMPTY_RESPONSE);
      }
    }

    private static ResponseDefinitionBuilder translation(String q) {
      ObjectNode body = JSON.createObjectNode();
      body.putObject("responseData").put("translatedText", " ES: " + q);
      body.putNull("responseDetails");
      body.put("responseStatus", 200);
      return aResponse()
          .withStatus(200)
          .withHeader("Content-Type", "application/json; charset=UTF-8")
          .withBody(body.toString());
    }

    private static ResponseDefinitionBuilder apyError(
        int status, String message, String explanation) {
      return aResponse()
          .withStatus(status)
          .withHeader("Content-Type", "application/json; charset=UTF-8")
          .withBody(
              "{\"status\": \"error\", \"code\": "
                  + status
                  + ", \"message\": \""
                  + message
                  + "\", \"explanation\": \""
                  + explanation
                  + "\"}");
    }

    private static String formField(String body, String name) {
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0
            && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
          return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      }
      return "";
    }
  }

  /**
   * Counts translate requests between arrival and completion, and integrates the count over time. A
   * hung request stops counting just before the client's timeout: the client has given up on it by
   * then, and counting it until the server's delay ends would measure the fake, not the client.
   */
  private static final class InFlight implements ServeEventListener {
    final AtomicInteger max = new AtomicInteger();
    private final Set<UUID> abandoned = ConcurrentHashMap.newKeySet();
    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private int current;
    private long first = -1;
    private long lastChange;
    private long last;
    private double area;

    @Override
    public String getName() {
      return "in-flight";
    }

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
      if (event.getRequest().getUrl().startsWith("/translate")) {
        change(+1);
      }
    }

    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
      if (event.getRequest().getUrl().startsWith("/translate")
          && !abandoned.remove(event.getId())) {
        change(-1);
      }
    }

    void abandonAfter(ServeEvent event, long millis) {
      abandoned.add(event.getId());
      timer.schedule(() -> change(-1), millis, TimeUnit.MILLISECONDS);
    }

    private synchronized void change(int delta) {
      long now = System.nanoTime();
      if (first < 0) {
        first = now;
      } else {
        area += current * (double) (now - lastChange);
      }
      lastChange = now;
      current += delta;
      if (delta < 0) {
        last = now;
      }
      max.accumulateAndGet(current, Math::max);
    }

    synchronized long busyNanos() {
      return Math.max(0, last - first);
    }

    synchronized double mean() {
      return last > first ? area / (last - first) : 0;
    }
  }
}
