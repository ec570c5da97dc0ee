package com.digesttranslator.digest;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which weeks to process, from a spec such as {@code 2024-W01..2025-W52,2026-W03}: single weeks and
 * inclusive ranges, comma-separated. An empty spec selects every week. {@code last} stands for the
 * last complete ISO week; {@link #resolve} turns it into that week once, when a run starts.
 */
public final class WeekSelection implements Serializable {
  /** The spec word for the last complete ISO week, e.g. in {@code --weeks=last}. */
  public static final String LAST = "last";

  private final List<WeekId[]> ranges;

  private WeekSelection(List<WeekId[]> ranges) {
    this.ranges = ranges;
  }

  public static WeekSelection all() {
    return new WeekSelection(List.of());
  }

  /**
   * The spec with every {@code last} replaced by the ISO week before the one holding {@code today}:
   * a scheduled run fixes its week once at launch, so every worker and the retry command agree on
   * it even when the run crosses midnight on Sunday. Anything else is kept as it is.
   */
  public static String resolve(String spec, LocalDate today) {
    if (spec == null || spec.isBlank()) {
      return spec;
    }
    LocalDate lastWeek = today.minusWeeks(1);
    String week =
        new WeekId(
                lastWeek.get(IsoFields.WEEK_BASED_YEAR),
                lastWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
            .toString();
    List<String> parts = new ArrayList<>();
    for (String part : spec.split(",", -1)) {
      List<String> ends = new ArrayList<>();
      for (String end : part.split("\\.\\.", -1)) {
        ends.add(end.trim().equals(LAST) ? week : end);
      }
      parts.add(String.join("..", ends));
    }
    return String.join(",", parts);
  }

  public static WeekSelection parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return all();
    }
    List<WeekId[]> ranges = new ArrayList<>();
    for (String part : spec.split(",")) {
      String[] ends = part.trim().split("\\.\\.", -1);
      if (ends.length > 2) {
        throw new IllegalArgumentException(
            "--weeks: '" + part.trim() + "' is not a week or a range FROM..TO");
      }
      WeekId from = checked(WeekId.parse(ends[0]));
      WeekId to = ends.length == 2 ? checked(WeekId.parse(ends[1])) : from;
      if (from.compareTo(to) > 0) {
        throw new IllegalArgumentException(
            "--weeks: range " + part.trim() + " ends before it starts");
      }
      ranges.add(new WeekId[] {from, to});
    }
    return new WeekSelection(ranges);
  }

  /** W53 exists only in some ISO years. */
  private static WeekId checked(WeekId week) {
    if (week.week() > weeksIn(week.year())) {
      throw new IllegalArgumentException(
          "--weeks: "
              + week
              + " does not exist ("
              + week.year()
              + " has "
              + weeksIn(week.year())
              + " ISO weeks)");
    }
    return week;
  }

  private static int weeksIn(int year) {
    return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  public boolean selectsAll() {
    return ranges.isEmpty();
  }

  public boolean contains(WeekId week) {
    return selectsAll()
        || ranges.stream().anyMatch(r -> r[0].compareTo(week) <= 0 && week.compareTo(r[1]) <= 0);
  }

  /** Every week the spec names, in order (empty when it selects all). */
  public SortedSet<WeekId> weeks() {
    SortedSet<WeekId> weeks = new TreeSet<>();
    for (WeekId[] r : ranges) {
      for (WeekId w = r[0]; w.compareTo(r[1]) <= 0; w = next(w)) {
        weeks.add(w);
      }
    }
    return weeks;
  }

  private static WeekId next(WeekId week) {
    return week.week() < weeksIn(week.year())
        ? new WeekId(week.year(), week.week() + 1)
        : new WeekId(week.year() + 1, 1);
  }
}
