package com.digesttranslator.translate.provider.http;

import com.google.api.client.http.ByteArrayContent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Sends requests with credentials in their headers, for {@link HttpLoggingTest}, which runs it in a
 * JVM of its own with every HTTP client logger at its most verbose.
 */
public final class HttpLoggingProbe {

  static final String BEARER_KEY = "sk-proj-BearerKeyThatMustNeverBeLogged0123";
  static final String GOOG_KEY = "AIzaGoogApiKeyThatMustNeverBeLogged456789";

  private HttpLoggingProbe() {}

  public static void main(String[] args) throws Exception {
    HttpCaller http = new HttpCaller(Duration.ofSeconds(20));
    Map<String, String> headers =
        Map.of("Authorization", "Bearer " + BEARER_KEY, "X-Goog-Api-Key", GOOG_KEY);
    http.post(
        args[0] + "/v1/chat/completions",
        new ByteArrayContent("application/json", "{\"q\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
        headers);
    http.get(args[0] + "/v1/models", headers);
    System.out.println("probe done");
  }
}
