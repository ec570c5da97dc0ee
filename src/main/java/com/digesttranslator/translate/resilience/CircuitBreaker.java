package com.digesttranslator.translate.resilience;

import com.digesttranslator.translate.TranslationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stops all calls after an auth or quota failure: once open, every remaining text fails at once
 * with the same class instead of burning attempts and backoff on a request that cannot succeed. One
 * breaker per run and JVM, shared by all threads ({@link #forRun}).
 */
public final class CircuitBreaker {

  private static final ConcurrentMap<String, CircuitBreaker> BY_RUN = new ConcurrentHashMap<>();

  private final AtomicReference<TranslationException> cause = new AtomicReference<>();

  /** The breaker shared by every thread of run {@code runId} in this JVM. */
  public static CircuitBreaker forRun(String runId) {
    return BY_RUN.computeIfAbsent(runId, id -> new CircuitBreaker());
  }

  public void open(TranslationException error) {
    cause.compareAndSet(null, error);
  }

  public boolean isOpen() {
    return cause.get() != null;
  }

  /** The failure every call gets while the breaker is open. */
  public TranslationException rejection() {
    TranslationException first = cause.get();
    return new TranslationException(
        first.errorClass(),
        first.httpStatus(),
        "not sent: circuit breaker open after "
            + first.errorClass().label()
            + " failure: "
            + first.getMessage());
  }
}
