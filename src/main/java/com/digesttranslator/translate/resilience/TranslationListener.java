package com.digesttranslator.translate.resilience;

import com.digesttranslator.translate.ErrorClass;
import java.time.Duration;

/** Observes requests and retries, so a runner can count them without this package knowing Beam. */
public interface TranslationListener {

  TranslationListener NONE = new TranslationListener() {};

  /** One HTTP request finished; {@code error} is null when it succeeded. */
  default void onRequest(int texts, long chars, Duration latency, ErrorClass error) {}

  /** A failed request will be sent again after {@code delay}. */
  default void onRetry(ErrorClass error, Duration delay) {}
}
