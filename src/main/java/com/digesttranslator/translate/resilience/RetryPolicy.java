package com.digesttranslator.translate.resilience;

import com.digesttranslator.translate.TranslationException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Random;

/**
 * When to try a failed request again: only retryable error classes, at most {@code maxAttempts}
 * requests in all, waiting exponential backoff with full jitter (uniform in [0, min(maxBackoff,
 * initialBackoff·2^(attempt-1))]), or the server's {@code Retry-After} when it sent one, clamped to
 * [0, {@code maxRetryAfter}] so a hostile header can neither stall the job nor ask for a negative
 * wait.
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter)
    implements Serializable {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  public static RetryPolicy withMaxAttempts(int maxAttempts) {
    return new RetryPolicy(
        maxAttempts, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60));
  }

  /**
   * Whether a request that failed with {@code error} on attempt {@code attempt} (1-based) is
   * retried.
   */
  public boolean shouldRetry(TranslationException error, int attempt) {
    return error.errorClass().isRetryable() && attempt < maxAttempts;
  }

  /** How long to wait after failed attempt {@code attempt} (1-based) before the next one. */
  public Duration delayAfter(int attempt, TranslationException error, Random random) {
    if (error.retryAfter().isPresent()) {
      Duration asked = error.retryAfter().get();
      if (asked.isNegative()) {
        return Duration.ZERO;
      }
      return asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked;
    }
    long ceiling = initialBackoff.toMillis() << Math.min(attempt - 1, 30);
    ceiling = Math.min(Math.max(ceiling, 0), maxBackoff.toMillis());
    return Duration.ofMillis((long) (random.nextDouble() * (ceiling + 1)));
  }
}
