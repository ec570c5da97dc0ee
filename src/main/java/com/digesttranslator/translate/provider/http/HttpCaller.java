package com.digesttranslator.translate.provider.http;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one HTTP request with Google HTTP Client and hands back the reply whatever its status. The
 * client's own retries are switched off: {@code ResilientTranslator} decides about retries. Network
 * failures become {@link ErrorClass#TRANSIENT}; their messages never carry the URL or headers,
 * where credentials may be.
 *
 * <p>The timeout bounds each read and also the whole request ({@link RequestDeadline}), and a reply
 * is read up to {@link #DEFAULT_MAX_REPLY_BYTES} (after decompression): a server that trickles or
 * sends without end fails the request as transient instead of holding it or filling the memory.
 */
public final class HttpCaller {

  /**
   * Far above any translation reply (a full request of Korean text is about 100 KB as JSON) and far
   * below what a worker can hold per request in flight.
   */
  static final int DEFAULT_MAX_REPLY_BYTES = 8 << 20;

  private static final List<String> CREDENTIAL_NAMES =
      List.of("auth", "key", "secret", "token", "password", "cookie", "signature");
  private static final int MIN_SECRET_LENGTH = 6;

  private final HttpRequestFactory factory =
      new ApacheHttpTransport(QuietHttpClient.create()).createRequestFactory();
  private final Duration timeout;
  private final int timeoutMillis;
  private final int maxReplyBytes;

  public HttpCaller(Duration timeout) {
    this(timeout, DEFAULT_MAX_REPLY_BYTES);
  }

  HttpCaller(Duration timeout, int maxReplyBytes) {
    this.timeout = timeout;
    this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    this.maxReplyBytes = maxReplyBytes;
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

  private HttpReply send(
      String method, String url, HttpContent content, Map<String, String> headers)
      throws TranslationException {
    HttpRequest request;
    try {
      request = factory.buildRequest(method, new GenericUrl(url), content);
    } catch (IOException | IllegalArgumentException e) {
      throw networkError(e);
    }
    request.setConnectTimeout(timeoutMillis);
    request.setReadTimeout(timeoutMillis);
    request.setNumberOfRetries(0);
    request.setThrowExceptionOnExecuteError(false);
    request.setLoggingEnabled(false);
    HttpHeaders requestHeaders = request.getHeaders();
    headers.forEach(requestHeaders::set);
    try (RequestDeadline deadline = RequestDeadline.start(timeout)) {
      try {
        HttpResponse response = request.execute();
        // Reading the body to its end (and not calling disconnect) keeps the connection alive
        // for the next request.
        String body = readBody(response, deadline);
        if (deadline.expired()) {
          throw deadlineError();
        }
        return new HttpReply(
            response.getStatusCode(),
            body,
            headerMap(response),
            secretsIn(request.getUrl(), headers));
      } catch (IOException | IllegalArgumentException e) {
        deadline.abort();
        throw deadline.expired() ? deadlineError() : networkError(e);
      }
    }
  }

  private String readBody(HttpResponse response, RequestDeadline deadline)
      throws IOException, TranslationException {
    try (InputStream in = response.getContent()) {
      if (in == null) {
        return "";
      }
      byte[] body = in.readNBytes(maxReplyBytes + 1);
      if (body.length > maxReplyBytes) {
        deadline.abort();
        throw new TranslationException(
            ErrorClass.TRANSIENT,
            response.getStatusCode(),
            "reply larger than " + maxReplyBytes + " bytes: not read further");
      }
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private TranslationException deadlineError() {
    long millis = timeout.toMillis();
    String limit = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    return new TranslationException(
        ErrorClass.TRANSIENT, 0, "network error: no complete reply within " + limit);
  }

  private static TranslationException networkError(Exception e) {
    return new TranslationException(
        ErrorClass.TRANSIENT, 0, "network error: " + e.getClass().getSimpleName() + describe(e));
  }

  /**
   * The credentials a request carries, for masking what the server echoes: values of headers and
   * query parameters whose names say they hold one, and the token of an {@code Authorization} value
   * without its scheme ({@code Bearer}, {@code DeepL-Auth-Key}).
   */
  private static List<String> secretsIn(GenericUrl url, Map<String, String> headers) {
    List<String> secrets = new ArrayList<>();
    headers.forEach(
        (name, value) -> {
          if (namesACredential(name) && value != null) {
            secrets.add(value.strip());
            secrets.add(value.substring(value.lastIndexOf(' ') + 1));
          }
        });
    url.forEach(
        (name, values) -> {
          if (namesACredential(name) && values instanceof Collection<?> list) {
            list.forEach(value -> secrets.add(String.valueOf(value)));
          }
        });
    // Masking a very short value would garble messages; no real credential is that short.
    secrets.removeIf(secret -> secret.length() < MIN_SECRET_LENGTH);
    return secrets;
  }

  private static boolean namesACredential(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return CREDENTIAL_NAMES.stream().anyMatch(lower::contains);
  }

  private static Map<String, String> headerMap(HttpResponse response) {
    Map<String, String> map = new HashMap<>();
    response
        .getHeaders()
        .forEach(
            (name, value) -> {
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
