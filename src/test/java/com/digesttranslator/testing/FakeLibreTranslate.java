package com.digesttranslator.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A LibreTranslate server (en → es) on WireMock that translates a batch of texts per request
 * ({@code "ES: " + q}) after a fixed latency, and records, server side, the texts of every request.
 */
public final class FakeLibreTranslate implements AutoCloseable {

  private final WireMockServer server;
  private final Batches batches;

  private FakeLibreTranslate(long latencyMillis) {
    batches = new Batches(latencyMillis);
    server = new WireMockServer(wireMockConfig().dynamicPort().extensions(batches));
    server.start();
    server.stubFor(
        post(urlPathEqualTo("/translate")).willReturn(aResponse().withTransformers(Batches.NAME)));
    server.stubFor(
        get(urlPathEqualTo("/languages"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "[{\"code\": \"en\", \"name\": \"English\", \"targets\": [\"es\"]},"
                            + " {\"code\": \"es\", \"name\": \"Spanish\", \"targets\":"
                            + " [\"en\"]}]")));
  }

  public static FakeLibreTranslate start(long latencyMillis) {
    return new FakeLibreTranslate(latencyMillis);
  }

  public String endpoint() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The texts of each translate request, in order of arrival. */
  public List<List<String>> requests() {
    return List.copyOf(batches.requests);
  }

  /** How often each text was requested. */
  public Map<String, AtomicInteger> requestsPerText() {
    return batches.perText;
  }

  @Override
  public void close() {
    server.stop();
  }

  private static final class Batches implements ResponseDefinitionTransformerV2 {
    static final String NAME = "libre-batches";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long latencyMillis;
    final List<List<String>> requests = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> perText = new ConcurrentHashMap<>();

    Batches(long latencyMillis) {
      this.latencyMillis = latencyMillis;
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
      try {
        JsonNode q = JSON.readTree(event.getRequest().getBodyAsString()).path("q");
        List<String> texts = new CopyOnWriteArrayList<>();
        ObjectNode body = JSON.createObjectNode();
        ArrayNode translated = body.putArray("translatedText");
        for (JsonNode text : q) {
          texts.add(text.asText());
          perText.computeIfAbsent(text.asText(), t -> new AtomicInteger()).incrementAndGet();
          translated.add("ES: " + text.asText());
        }
        requests.add(List.copyOf(texts));
        return aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(body.toString())
            .withFixedDelay((int) latencyMillis)
            .build();
      } catch (Exception e) {
        return aResponse().withStatus(400).withBody("{\"error\": \"unreadable request\"}").build();
      }
    }
  }
}
