package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.provider.http.HttpReply;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an OpenAI-style 429 asks to wait. The official SDKs prefer {@code retry-after-ms} (when
 * at most a minute), then {@code Retry-After}; OpenAI often sends neither, only {@code
 * x-ratelimit-reset-requests/tokens} as Go durations ({@code 1s}, {@code 6m0s}).
 */
final class RateLimits {

  private static final Duration MAX_RETRY_AFTER_MS = Duration.ofSeconds(60);
  private static final Pattern GO_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

  private RateLimits() {}

  /** The wait the reply asks for, or null when it names none. */
  static Duration delay(HttpReply reply) {
    Duration millis = millis(reply.header("retry-after-ms"));
    if (millis != null && millis.compareTo(MAX_RETRY_AFTER_MS) <= 0) {
      return millis;
    }
    Duration retryAfter = reply.retryAfter();
    if (retryAfter != null) {
      return retryAfter;
    }
    // With requests left, the 429 is about tokens: the request needs more than remain.
    String exhausted =
        "0".equals(reply.header("x-ratelimit-remaining-requests")) ? "requests" : "tokens";
    return goDuration(reply.header("x-ratelimit-reset-" + exhausted));
  }

  /** Milliseconds as a number; null when absent, unreadable, negative or not a number. */
  private static Duration millis(String header) {
    try {
      double millis = header == null ? Double.NaN : Double.parseDouble(header.trim());
      return millis >= 0 ? Duration.ofMillis((long) millis) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A Go duration such as {@code 1h2m3.5s} or {@code 20ms}; null when unreadable. */
  static Duration goDuration(String text) {
    if (text == null
        || text.isBlank()
        || !text.trim().replaceAll(GO_PART.pattern(), "").isEmpty()) {
      return null;
    }
    double millis = 0;
    Matcher part = GO_PART.matcher(text.trim());
    while (part.find()) {
      double amount = Double.parseDouble(part.group(1));
      millis +=
          amount
              * switch (part.group(2)) {
                case "h" -> 3_600_000;
                case "m" -> 60_000;
                case "s" -> 1000;
                default -> 1;
              };
    }
    return Duration.ofMillis((long) millis);
  }
}
