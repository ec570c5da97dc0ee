package com.digesttranslator.translate;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed request, classified. Messages are built from server replies and never include
 * credentials: providers must not put request headers or URLs with keys into them.
 */
public class TranslationException extends Exception {
  private final ErrorClass errorClass;
  private final int httpStatus;
  private final Duration retryAfter;

  public TranslationException(
      ErrorClass errorClass, int httpStatus, String message, Duration retryAfter) {
    super(message);
    this.errorClass = errorClass;
    this.httpStatus = httpStatus;
    this.retryAfter = retryAfter;
  }

  public TranslationException(ErrorClass errorClass, int httpStatus, String message) {
    this(errorClass, httpStatus, message, null);
  }

  public ErrorClass errorClass() {
    return errorClass;
  }

  /** The HTTP status of the reply, or 0 when there was none (network error, quality check). */
  public int httpStatus() {
    return httpStatus;
  }

  /** The server's {@code Retry-After}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
