package com.digesttranslator.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.outcome.RunTotals;
import com.digesttranslator.report.ReportData.Completion;
import com.digesttranslator.report.ReportData.Failure;
import com.digesttranslator.report.ReportData.FileRow;
import com.digesttranslator.report.ReportData.Health;
import com.digesttranslator.report.ReportData.WeekRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReportDataTest {
  private static final String W03 = "/in/2026-W03.txt";
  private static final String W04 = "gs://bucket/digests/2026-W04.txt";

  private static ReportData run(AbstractOutcome... outcomes) {
    ReportData.Builder builder = ReportData.builder();
    List.of(outcomes).forEach(builder::add);
    return builder.build();
  }

  @Test
  void totalsCountWhatSummaryJsonCounts() {
    ReportData data =
        run(
            Outcomes.translated("2026-W03", W03, 1, 800, 10, 1200),
            Outcomes.cached("2026-W03", W03, 2),
            Outcomes.reused("2026-W03", W03, 3),
            Outcomes.failed("2026-W03", W03, 4, "transient", 503, "HTTP 503", 9000, 20),
            Outcomes.translated("2026-W04", W04, 1, 500, 30, 700),
            Outcomes.badFile("/in/2026-W05.txt", "/in/2026-W05.txt: empty file"));

    assertThat(
        data.totals(),
        is(
            new RunTotals(
                new RunCounts(3, 1, 5, 3, 1, 1, 5, 2, 1), List.of("2026-W03", "2026-W04"))));
    assertThat(data.unmatchedWeeks(), is(List.of()));
    assertThat(data.charactersSent(), is(1200L + 1000 + 700));
  }

  @Test
  void aFileRowHasItsCountsFailuresCharactersAndSlowestRequest() {
    FileRow row =
        run(
                Outcomes.translated("2026-W03", W03, 1, 800, 10, 1200),
                Outcomes.cached("2026-W03", W03, 2),
                Outcomes.reused("2026-W03", W03, 3),
                Outcomes.failed("2026-W03", W03, 4, "transient", 503, "HTTP 503", 9000, 20),
                Outcomes.failed("2026-W03", W03, 5, "transient", 503, "HTTP 503", 0, 0),
                Outcomes.malformed("2026-W03", W03, 6, 42))
            .files()
            .get(0);

    assertThat(
        row,
        is(
            new FileRow(
                "2026-W03",
                W03,
                "digests/2026-W03.txt",
                Health.PARTLY,
                2,
                1,
                1,
                3,
                null,
                new TreeMap<>(Map.of("transient", 2, "format", 1)),
                2200,
                9000)));
    assertThat(row.failures(), is(3));
  }

  @Test
  void aBadFileHasNoDigestLinkAndGivesItsReason() {
    FileRow row = run(Outcomes.badFile("/in/2026-W05.txt", "not UTF-8")).files().get(0);

    assertThat(row.digestLink(), nullValue());
    assertThat(row.badFileReason(), is("not UTF-8"));
    assertThat(row.health(), is(Health.BAD_FILE));
    assertThat(row.failures(), is(1));
  }

  @Test
  void theWeekComesFromTheHeaderElseFromTheFileName() {
    ReportData data =
        run(
            Outcomes.translated("2026-W07", "/in/renamed.txt", 1, 1, 1, 1),
            Outcomes.translated("unknown", "/in/digest-2026-W08.txt", 1, 1, 1, 1),
            Outcomes.badFile("/in/2026-W09.txt", "empty"),
            Outcomes.translated("unknown", "/in/no-week.txt", 1, 1, 1, 1));

    assertThat(
        data.files().stream().map(FileRow::week).toList(),
        contains("2026-W07", "2026-W08", "2026-W09", null));
    assertThat(
        data.weeks().stream().map(WeekRow::week).toList(),
        contains("2026-W07", "2026-W08", "2026-W09"));
    assertThat(
        "bad files' weeks are not counted, as in summary.json",
        data.totals().weeks().size(),
        is(2));
  }

  @Test
  void digestLinksArePercentEncodedFileNames() {
    FileRow row =
        run(Outcomes.translated("2026-W03", "C:\\in\\my digest #1?.txt", 1, 1, 1, 1))
            .files()
            .get(0);

    assertThat(row.digestLink(), is("digests/my%20digest%20%231%3F.txt"));
    assertThat(row.name(), is("my digest #1?.txt"));
  }

  @Test
  void healthTellsAllTranslatedReusedOnlyPartlyFailedAndBadFileApart() {
    assertThat(Health.of(3, 2, 0, 0), is(Health.TRANSLATED));
    assertThat(Health.of(0, 5, 0, 0), is(Health.REUSED));
    assertThat(Health.of(0, 4, 1, 0), is(Health.PARTLY));
    assertThat(Health.of(0, 0, 5, 0), is(Health.FAILED));
    assertThat(Health.of(0, 0, 0, 1), is(Health.BAD_FILE));
    assertThat(Health.of(0, 0, 2, 1), is(Health.FAILED));
  }

  @Test
  void aWeekWithTwoFilesCombinesTheirHealth() {
    ReportData data =
        run(
            Outcomes.translated("2026-W03", "/a/2026-W03.txt", 1, 1, 1, 1),
            Outcomes.badFile("/b/2026-W03.txt", "empty"));

    WeekRow week = data.weeks().get(0);
    assertThat(week.health(), is(Health.PARTLY));
    assertThat(week.files().size(), is(2));
    assertThat(week.failures(), is(1));
    assertThat(week.digestLink(), is("digests/2026-W03.txt"));
  }

  @Test
  void failuresAreSortedByWeekFileAndRankWithUnknownWeeksLast() {
    ReportData data =
        run(
            Outcomes.failed("unknown", "/in/x.txt", 1, "permanent", 400, "bad", 1, 1),
            Outcomes.failed("2026-W04", W04, 9, "auth", 401, "key", 1, 1),
            Outcomes.failed("2026-W04", W04, 2, "auth", 401, "key", 1, 1),
            Outcomes.failed("2026-W03", W03, 5, "quota", 429, "quota", 1, 1));

    assertThat(
        data.failures().stream().map(f -> f.week() + " " + f.rank()).toList(),
        contains("2026-W03 5", "2026-W04 2", "2026-W04 9", "null 1"));
    assertThat(
        data.failures().get(0),
        is(new Failure("2026-W03", W03, 5, "Paper 5", "quota", 429, 0, "quota")));
  }

  @Test
  void onlyRequestedTextsHaveALatencyAndOnlyThisRunsWorkACompletionTime() {
    ReportData data =
        run(
            Outcomes.translated("2026-W03", W03, 1, 800, 300, 1),
            Outcomes.failed("2026-W03", W03, 2, "transient", 0, "timeout", 60_000, 100),
            Outcomes.cached("2026-W03", W03, 3),
            Outcomes.reused("2026-W03", W03, 4));

    assertThat(data.latenciesMillis(), contains(800L, 60_000L));
    assertThat(data.completions(), contains(new Completion(100, true), new Completion(300, false)));
  }

  @Test
  void theCostNeedsAPrice() {
    ReportData.Builder builder =
        ReportData.builder().add(Outcomes.translated("2026-W03", W03, 1, 1, 1, 500_000));

    assertThat(builder.build().estimatedCost(), is(OptionalDouble.empty()));
    assertThat(
        builder.pricePerMillionChars(20).build().estimatedCost(), is(OptionalDouble.of(10.0)));
  }

  @Test
  void buildersMergeAndSurviveSerializationAsACombineAccumulatorMust() throws Exception {
    ReportData.Builder left =
        ReportData.builder().add(Outcomes.translated("2026-W03", W03, 1, 1, 1, 1));
    ReportData.Builder right = ReportData.builder().add(Outcomes.reused("2026-W04", W04, 1));

    ReportData.Builder merged =
        roundTrip(left.merge(roundTrip(right)))
            .outputDir("out")
            .retryCommand("java -jar x.jar")
            .selection(WeekSelection.parse("2026-W05"));

    ReportData data = merged.build();
    assertThat(data.totals().counts().abstracts(), is(2L));
    assertThat(data.unmatchedWeeks(), contains("2026-W05"));
    assertThat(data.outputDir(), is("out"));
    assertThat(data.retryCommand(), is("java -jar x.jar"));
  }

  private static ReportData.Builder roundTrip(ReportData.Builder builder) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(builder);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ReportData.Builder) in.readObject();
    }
  }
}
