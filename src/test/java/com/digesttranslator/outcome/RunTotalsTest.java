package com.digesttranslator.outcome;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.AbstractOutcome.Cost;
import com.digesttranslator.translate.ErrorClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunTotalsTest {
  private static final String W03 = "/in/2026-W03.txt";
  private static final String W04 = "/in/renamed.txt";

  private static AbstractTask task(String path, String week, int rank) {
    return new AbstractTask(path, week, rank - 1, rank, "Paper " + rank, "Abstract " + rank);
  }

  private static final List<AbstractOutcome> RUN =
      List.of(
          AbstractOutcome.translated(task(W03, "2026-W03", 1), "번역", new Cost(3, 2, 900, 10, 1200)),
          AbstractOutcome.fromCache(task(W03, "2026-W03", 2), "번역"),
          AbstractOutcome.reused(task(W03, "2026-W03", 3)),
          AbstractOutcome.failed(
              task(W04, "2026-W04", 1),
              ErrorClass.QUOTA,
              456,
              1,
              "quota",
              new Cost(1, 0, 50, 20, 700)),
          AbstractOutcome.malformed(task(W04, "2026-W04", 2), 42, "no abstract"),
          AbstractOutcome.badFile("/in/2026-W05.txt", 1, "empty file"));

  @Test
  void countsFilesAbstractsAndRequestsAsSummaryJsonShowsThem() {
    RunTotals totals = RunTotals.of(RUN);

    assertThat(totals.counts(), is(new RunCounts(3, 1, 5, 2, 1, 2, 4, 2, 1)));
    assertThat(
        "a bad file's week is not a week read", totals.weeks(), contains("2026-W03", "2026-W04"));
    assertThat(totals.hasFailures(), is(true));
  }

  @Test
  void aWeekComesFromTheLabelElseFromTheFileName() {
    RunTotals totals =
        RunTotals.of(
            List.of(
                AbstractOutcome.reused(task("/in/digest-2026-W08.txt", "unknown", 1)),
                AbstractOutcome.reused(task("/in/no-week.txt", "unknown", 1))));

    assertThat(totals.weeks(), contains("2026-W08"));
    assertThat(totals.counts().files(), is(2L));
  }

  @Test
  void selectedWeeksWithoutAFileAreUnmatchedInCalendarOrder() {
    RunTotals totals = RunTotals.of(RUN);

    assertThat(
        totals.unmatchedWeeks(WeekSelection.parse("2026-W05,2026-W01..2026-W03")),
        contains("2026-W01", "2026-W02", "2026-W05"));
    assertThat(totals.unmatchedWeeks(WeekSelection.all()), is(empty()));
  }

  @Test
  void noOutcomesAreZeroTotals() {
    RunTotals totals = RunTotals.of(List.of());

    assertThat(totals.counts(), is(RunCounts.ZERO));
    assertThat(totals.weeks(), is(empty()));
  }
}
