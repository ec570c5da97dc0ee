package com.digesttranslator.digest;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week such as {@code 2026-W03}. Parsed from untrusted text, so validated strictly. */
public record WeekId(int year, int week) implements Serializable, Comparable<WeekId> {

  private static final Pattern WEEK = Pattern.compile("(?<![0-9])(\\d{4})-W(\\d{2})(?![0-9])");

  public WeekId {
    if (!isValid(year, week)) {
      throw new IllegalArgumentException("not an ISO week: " + year + "-W" + week);
    }
  }

  /** Week 53 exists only in years that have it (2020, 2026 …), not in 2025. */
  private static boolean isValid(int year, int week) {
    return year >= 1000
        && year <= 9999
        && week >= 1
        && week
            <= IsoFields.WEEK_OF_WEEK_BASED_YEAR
                .rangeRefinedBy(LocalDate.of(year, 6, 1))
                .getMaximum();
  }

  public static WeekId parse(String text) {
    return find(text)
        .filter(w -> w.toString().equals(text.trim()))
        .orElseThrow(
            () -> new IllegalArgumentException("not an ISO week (YYYY-Www): '" + text + "'"));
  }

  /** The first well-formed week in {@code text}, if any. */
  public static Optional<WeekId> find(String text) {
    Matcher m = WEEK.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      int week = Integer.parseInt(m.group(2));
      if (isValid(year, week)) {
        return Optional.of(new WeekId(year, week));
      }
    }
    return Optional.empty();
  }

  @Override
  public int compareTo(WeekId other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(week, other.week);
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
