package com.digesttranslator.translate.provider.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads an HTTP {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
public final class RetryAfter {
  /** Digits, optionally with a fraction; not "NaN", "Infinity", "1e3", "5d" or "+5". */
  private static final Pattern DELAY_SECONDS = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private RetryAfter() {}

  /** The delay it asks for, or null when absent or unreadable. A date in the past means zero. */
  public static Duration parse(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    if (DELAY_SECONDS.matcher(value).matches()) {
      return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(now, at);
      return delay.isNegative() ? Duration.ZERO : delay;
    } catch (DateTimeParseException notDate) {
      return null;
    }
  }
}
