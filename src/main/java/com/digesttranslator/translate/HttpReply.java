package com.digesttranslator.translate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A reply of any status, with the body read as UTF-8 text and header names in lower case. */
public record HttpReply(int status, String body, Map<String, String> headers) {

  public String header(String name) {
    return headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }

  public Duration retryAfter() {
    return RetryAfter.parse(header("retry-after"), Instant.now());
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** The body cut to one short line, for error messages. */
  public String bodySnippet() {
    String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
  }
}
