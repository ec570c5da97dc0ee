package com.digesttranslator.digest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --weeks=last}: the last complete ISO week, fixed once when the run starts. */
class WeekSelectionTest {

  @ParameterizedTest
  @CsvSource({
    "2026-12-03, 2026-W48", // a Thursday: the week before this one
    "2026-11-30, 2026-W48", // Monday 00:00 of W49: W48 has just ended
    "2026-11-29, 2026-W47", // Sunday of W48: W48 is not over yet
    "2027-01-04, 2026-W53", // 2026 has 53 ISO weeks
    "2027-01-03, 2026-W52", // the Sunday ending 2026-W53 belongs to it
    "2025-12-29, 2025-W52", // a Monday in December that starts 2026-W01
    "2021-01-10, 2020-W53"
  })
  void lastIsTheIsoWeekBeforeTodays(String today, String week) {
    assertThat(WeekSelection.resolve("last", LocalDate.parse(today)), is(week));
  }

  @Test
  void lastCanEndARangeOrJoinOtherWeeksAndEverythingElseIsKept() {
    LocalDate monday = LocalDate.parse("2026-03-02");
    assertThat(WeekSelection.resolve("2026-W01..last", monday), is("2026-W01..2026-W09"));
    assertThat(WeekSelection.resolve("2025-W10, last", monday), is("2025-W10,2026-W09"));
    assertThat(WeekSelection.resolve("2024-W01..2025-W52", monday), is("2024-W01..2025-W52"));
    assertThat(
        WeekSelection.parse(WeekSelection.resolve("2026-W08..last", monday)).weeks(),
        contains(WeekId.parse("2026-W08"), WeekId.parse("2026-W09")));
    assertThat(WeekSelection.resolve(null, monday), is(nullValue()));
    assertThat(WeekSelection.resolve("", monday), is(""));
  }

  @Test
  void onlyTheWholeWordLastIsAWeekAndUnresolvedItIsRefused() {
    LocalDate monday = LocalDate.parse("2026-03-02");
    assertThat(WeekSelection.resolve("lastweek", monday), is("lastweek"));
    assertThrows(
        IllegalArgumentException.class,
        () -> WeekSelection.parse(WeekSelection.resolve("lastweek", monday)));
    assertThrows(IllegalArgumentException.class, () -> WeekSelection.parse("last"));
  }
}
