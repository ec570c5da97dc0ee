package com.digesttranslator.translate;

import java.util.Optional;

/**
 * Checks a translation before it is accepted. A rejection is a {@link ErrorClass#QUALITY} failure:
 * it counts as an attempt and is retried, then reported with the reason.
 */
public final class QualityGate {

  /** Below this many characters a short reply may be legitimate ("Yes." → "Sí."). */
  private static final int MIN_SOURCE_FOR_RATIO = 60;
  private static final double MIN_LENGTH_RATIO = 0.3;

  /** The reason {@code translation} is unacceptable for {@code source}, if any. */
  public Optional<String> problem(String source, String translation) {
    if (translation == null || translation.isBlank()) {
      return Optional.of("empty translation");
    }
    int sourceLength = source.strip().length();
    int length = translation.strip().length();
    if (sourceLength >= MIN_SOURCE_FOR_RATIO && length < MIN_LENGTH_RATIO * sourceLength) {
      return Optional.of(
          "suspiciously short translation (" + length + " characters for " + sourceLength
              + "): truncated?");
    }
    if (sourceLength >= MIN_SOURCE_FOR_RATIO && translation.strip().equals(source.strip())) {
      return Optional.of("translation is identical to the source");
    }
    return Optional.empty();
  }
}
