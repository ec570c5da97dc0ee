package com.digesttranslator.translate.resilience;

import java.time.Duration;

/** Waits between attempts; replaced in tests so retry logic runs without real delays. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps; a negative duration (a hostile header's, say) waits nothing instead of throwing. */
  Sleeper REAL = d -> Thread.sleep(Math.max(0, d.toMillis()));

  void sleep(Duration duration) throws InterruptedException;
}
