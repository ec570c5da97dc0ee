package com.digesttranslator.translate;

import java.util.Locale;

/** How a failed translation request should be handled. */
public enum ErrorClass {
  /** Network trouble, timeouts, 408/429/5xx, truncated or malformed replies: retry with backoff. */
  TRANSIENT,
  /** The request itself is wrong (400, 404, 413, 422): retrying cannot help. */
  PERMANENT,
  /** Bad or missing credentials (401/403): every further request would fail the same way. */
  AUTH,
  /** Quota or billing exhausted: every further request would fail until the period resets. */
  QUOTA,
  /** The reply arrived but failed a quality check (empty, truncated, untranslated …). */
  QUALITY;

  public boolean isRetryable() {
    return this == TRANSIENT || this == QUALITY;
  }

  /** Auth and quota failures stop all calls: the circuit breaker opens on them. */
  public boolean opensCircuit() {
    return this == AUTH || this == QUOTA;
  }

  /** Lower-case name used in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
