package com.digesttranslator.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers as people read them; Locale.ROOT so reports do not change with the machine's locale. */
final class Format {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Format() {}

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String millis(long ms) {
    if (ms < 1_000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long seconds = ms / 1000;
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
  }

  /** A bucket edge or interval start: 0, 100 ms, 1 s, 2 min — round values, so no decimals. */
  static String edge(long ms) {
    if (ms == 0) {
      return "0";
    }
    if (ms < 1_000) {
      return ms + " ms";
    }
    if (ms < 60_000 || ms % 60_000 != 0) {
      return ms / 1000 + " s";
    }
    return ms < 3_600_000 || ms % 3_600_000 != 0 ? ms / 60_000 + " min" : ms / 3_600_000 + " h";
  }

  /** UTC, so the report reads the same wherever it was written, and matches provider dashboards. */
  static String utc(long epochMillis) {
    return UTC.format(Instant.ofEpochMilli(epochMillis)) + " UTC";
  }

  static String cost(ReportData data) {
    return data.estimatedCost().isPresent()
        ? String.format(Locale.ROOT, "%,.2f", data.estimatedCost().getAsDouble())
        : "n/a";
  }

  /** The price as given, without trailing zeros: 20, 0.5. */
  static String price(double price) {
    return price > 0 ? BigDecimal.valueOf(price).stripTrailingZeros().toPlainString() : "n/a";
  }
}
