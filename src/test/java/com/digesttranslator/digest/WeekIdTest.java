package com.digesttranslator.digest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeekIdTest {

  @Test
  void parseReadsAnIsoWeekAndToStringWritesItBack() {
    WeekId week = WeekId.parse("2026-W03");
    assertThat(week.year(), is(2026));
    assertThat(week.week(), is(3));
    assertThat(week.toString(), is("2026-W03"));
    assertThat(WeekId.parse(" 2024-W22 \n"), is(new WeekId(2024, 22)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026",
        "2026-W3",
        "2026-W003",
        "2026-W00",
        "2026-W54",
        "2026-W99",
        "x2026-W03",
        "2026-W03/../..",
        "../../etc",
        "2026-w03",
        "2025-W53",
        "0999-W01",
        "0000-W01",
        "2026-W03 2026-W04"
      })
  void parseRejectsAnythingButOneValidWeek(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WeekId.parse(text));
    assertThat(e.getMessage().contains(text), is(true));
  }

  @ParameterizedTest
  @CsvSource({"2026, 0", "2026, 54", "2026, -1", "999, 1", "10000, 1", "2025, 53", "2021, 53"})
  void constructorRejectsWeeksThatDoNotExist(int year, int week) {
    assertThrows(IllegalArgumentException.class, () -> new WeekId(year, week));
  }

  @ParameterizedTest
  @CsvSource({"2026, 53", "2020, 53", "2015, 53", "2024, 1", "2024, 52", "1000, 1", "9999, 52"})
  void constructorAcceptsRealIsoWeeks(int year, int week) {
    assertThat(new WeekId(year, week).week(), is(week));
  }

  @Test
  void findReturnsTheFirstValidWeekAndSkipsInvalidOnes() {
    assertThat(WeekId.find("Top 10 (2026-W03) - x"), is(Optional.of(new WeekId(2026, 3))));
    assertThat(WeekId.find("2026-W99 then 2026-W04"), is(Optional.of(new WeekId(2026, 4))));
    assertThat(WeekId.find("2025-W53 then 2026-W53"), is(Optional.of(new WeekId(2026, 53))));
    assertThat(
        WeekId.find("0000-W01 and 0999-W52 and 2026-W05"), is(Optional.of(new WeekId(2026, 5))));
    assertThat(WeekId.find("12026-W031 2026-W3"), is(Optional.empty()));
    assertThat(WeekId.find("２０２６-W03"), is(Optional.empty()));
    assertThat(WeekId.find(""), is(Optional.empty()));
  }

  @Test
  void findNeverThrowsForHostileText() {
    for (String hostile :
        List.of(
            "0000-W01",
            "0001-W01",
            "0999-W53",
            "2025-W53",
            "9999-W53",
            "../../etc",
            "\u0000",
            "%00",
            "2026-W" + "9".repeat(50),
            "9".repeat(50) + "-W01")) {
      Optional<WeekId> found = WeekId.find(hostile);
      assertThat(hostile, found, is(Optional.empty()));
    }
  }

  @Test
  void weeksSortChronologically() {
    List<WeekId> weeks =
        new ArrayList<>(
            List.of(
                new WeekId(2026, 3),
                new WeekId(2024, 52),
                new WeekId(2026, 10),
                new WeekId(2025, 1)));
    Collections.sort(weeks);
    assertThat(
        weeks,
        contains(
            new WeekId(2024, 52), new WeekId(2025, 1), new WeekId(2026, 3), new WeekId(2026, 10)));
    assertThat(new WeekId(2026, 3).compareTo(new WeekId(2026, 3)), is(0));
    assertThat(new WeekId(2026, 2).compareTo(new WeekId(2026, 3)), is(lessThan(0)));
    assertThat(new WeekId(2027, 1).compareTo(new WeekId(2026, 53)), is(greaterThan(0)));
  }
}
