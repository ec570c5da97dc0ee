package com.digesttranslator.translate;

import java.time.Duration;

/** Waits between attempts; replaced in tests so retry logic runs without real delays. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
