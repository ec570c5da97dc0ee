package com.digesttranslator.translate.provider.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reply of any status, with the body read as UTF-8 text and header names in lower case. {@code
 * sentSecrets} are the credentials the request carried (header values, query parameters): servers
 * sometimes echo them, so text taken from the body for a message is masked with them.
 */
public record HttpReply(
    int status, String body, Map<String, String> headers, List<String> sentSecrets) {

  private static final int MAX_SNIPPET = 200;

  public HttpReply {
    sentSecrets =
        sentSecrets.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()) // "Bearer k" before "k"
            .toList();
  }

  public HttpReply(int status, String body, Map<String, String> headers) {
    this(status, body, headers, List.of());
  }

  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  public Duration retryAfter() {
    return RetryAfter.parse(header("retry-after"), Instant.now());
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** The body cut to one short line, for error messages, with the credentials sent masked. */
  public String bodySnippet() {
    return ServerText.shorten(redact(ServerText.oneLine(body)), MAX_SNIPPET);
  }

  /** What a credential is replaced with wherever it could be shown. */
  public static final String REDACTED = "[redacted]";

  /** {@code text} with every credential the request carried masked. */
  String redact(String text) {
    String redacted = text;
    for (String secret : sentSecrets) {
      redacted = redacted.replace(secret, REDACTED);
    }
    return redacted;
  }

  /** Without the credentials. */
  @Override
  public String toString() {
    String shown = ServerText.shorten(redact(body == null ? "" : body), 100);
    return "HttpReply[status=" + status + ", body=" + shown + ", headers=" + headers + "]";
  }
}
