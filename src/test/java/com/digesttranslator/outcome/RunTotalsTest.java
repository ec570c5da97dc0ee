package com.digesttranslator.outcome;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.AbstractOutcome.Cost;
import com.digesttranslator.translate.ErrorClass;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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
  void aFileWhoseOutcomesAreTalliedOnTwoWorkersCountsOnce() throws Exception {
    RunTotals.Tally left = new RunTotals.Tally();
    RunTotals.Tally right = new RunTotals.Tally();
    for (int i = 0; i < RUN.size(); i++) {
      (i % 2 == 0 ? left : right).add(RUN.get(i));
    }

    RunTotals merged = roundTrip(left).merge(roundTrip(right)).totals();

    assertThat(merged, is(RunTotals.of(RUN)));
  }

  @Test
  void aTallyEqualsItsSerializedCopyAndNotALargerOne() throws Exception {
    RunTotals.Tally tally = new RunTotals.Tally();
    RUN.forEach(tally::add);

    assertThat(roundTrip(tally), is(tally));
    assertThat(roundTrip(tally).hashCode(), is(tally.hashCode()));
    assertThat(roundTrip(tally).add(RUN.get(0)).equals(tally), is(false));
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
    RunTotals totals = new RunTotals.Tally().totals();

    assertThat(totals.counts(), is(RunCounts.ZERO));
    assertThat(totals.weeks(), is(empty()));
  }

  private static RunTotals.Tally roundTrip(RunTotals.Tally tally) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(tally);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (RunTotals.Tally) in.readObject();
    }
  }
}
