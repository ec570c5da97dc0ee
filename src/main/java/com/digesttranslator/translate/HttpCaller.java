package com.digesttranslator.translate;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpContent;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one HTTP request with Google HTTP Client and hands back the reply whatever its status.
 * The client's own retries are switched off: {@link ResilientTranslator} decides about retries.
 * Network failures become {@link ErrorClass#TRANSIENT}; their messages never carry the URL or
 * headers, where credentials may be.
 */
public final class HttpCaller {

  private final HttpRequestFactory factory = new ApacheHttpTransport().createRequestFactory();
  private final int timeoutMillis;

  public HttpCaller(Duration timeout) {
    this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
  }

  public HttpReply get(String url, Map<String, String> headers) throws TranslationException {
    return httpOnly(send("GET", url, null, headers));
  }

  public HttpReply post(String url, HttpContent content, Map<String, String> headers)
      throws TranslationException {
    return httpOnly(send("POST", url, content, headers));
  }

  /** No HTTP status line (garbage, then close) is a broken connection, not an HTTP error. */
  private static HttpReply httpOnly(HttpReply reply) throws TranslationException {
    if (reply.status() < 100) {
      throw new TranslationException(ErrorClass.TRANSIENT, 0, "network error: reply is not HTTP");
    }
    return reply;
  }

  private HttpReply send(String method, String url, HttpContent content, Map<String, String> headers)
      throws TranslationException {
    try {
      HttpRequest request = factory.buildRequest(method, new GenericUrl(url), content);
      request.setConnectTimeout(timeoutMillis);
      request.setReadTimeout(timeoutMillis);
      request.setNumberOfRetries(0);
      request.setThrowExceptionOnExecuteError(false);
      request.setLoggingEnabled(false);
      HttpHeaders requestHeaders = request.getHeaders();
      headers.forEach(requestHeaders::set);
      HttpResponse response = request.execute();
      // Reading the body to its end (and not calling disconnect) keeps the connection alive for the next request.
      return new HttpReply(response.getStatusCode(), readBody(response), headerMap(response));
    } catch (IOException | IllegalArgumentException e) {
      throw new TranslationException(
          ErrorClass.TRANSIENT, 0, "network error: " + e.getClass().getSimpleName() + describe(e));
    }
  }

  private static String readBody(HttpResponse response) throws IOException {
    try (InputStream in = response.getContent()) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> headerMap(HttpResponse response) {
    Map<String, String> map = new HashMap<>();
    response.getHeaders().forEach((name, value) -> {
      Object first = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
      if (first != null) {
        map.put(name.toLowerCase(Locale.ROOT), first.toString());
      }
    });
    return map;
  }

  /** The exception's message unless it may echo the URL (and with it a query-string key). */
  private static String describe(Exception e) {
    String message = e.getMessage();
    if (message == null || message.contains("://") || message.contains("?")) {
      return "";
    }
    return ": " + message;
  }
}
