package com.digesttranslator.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;

import com.digesttranslator.digest.WeekSelection;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {
  private static final String RETRY =
      "java -jar digest-translator.jar --input='in/*.txt' --output=gs://b/out/";

  private static ReportData.Builder withFailures() {
    ReportData.Builder builder = ReportData.builder().outputDir("gs://b/out/").retryCommand(RETRY);
    for (int week = 1; week <= 7; week++) {
      String id = String.format("2026-W%02d", week);
      builder.add(Outcomes.translated(id, "in/" + id + ".txt", 1, week * 1_000L, week, 100));
    }
    return builder
        .add(Outcomes.failed("2026-W02", "in/2026-W02.txt", 2, "quota", 429, "quota", 0, 0))
        .add(Outcomes.failed("2026-W02", "in/2026-W02.txt", 3, "transient", 503, "503", 0, 0))
        .add(Outcomes.reused("2026-W03", "in/2026-W03.txt", 2))
        .add(Outcomes.badFile("in/2026-W09.txt", "empty"));
  }

  @Test
  void countsAddUpLikeSummaryJson() {
    String out = ConsoleSummary.render(withFailures().build());

    assertThat(
        out,
        containsString(
            "Digest Translator: 2 of 10 abstracts and 1 of 8 files were not translated."));
    assertThat(
        out,
        containsString("Abstracts    10  = 7 translated (0 from cache) + 1 reused + 2 failed"));
    assertThat(out, containsString("Characters  700  sent; estimated cost n/a"));
  }

  @Test
  void failuresAreListedByClass() {
    assertThat(
        ConsoleSummary.render(withFailures().build()),
        stringContainsInOrder("Failures by class", "transient  1", "quota      1", "bad_file   1"));
  }

  @Test
  void theFiveSlowestWeeksComeFirst() {
    String out = ConsoleSummary.render(withFailures().build());

    assertThat(
        out,
        stringContainsInOrder(
            "Slowest weeks",
            "2026-W07",
            "2026-W06",
            "2026-W05",
            "2026-W04",
            "2026-W03",
            "Weeks with the most failures",
            "2026-W02  2026-W02.txt    2.0 s       2",
            "2026-W09"));
    String slowest =
        out.substring(out.indexOf("Slowest weeks"), out.indexOf("Weeks with the most failures"));
    assertThat(slowest, not(containsString("2026-W02")));
  }

  @Test
  void outputsAreUnderTheOutputDirectory() {
    assertThat(
        ConsoleSummary.render(withFailures().build()),
        stringContainsInOrder(
            "Report    gs://b/out/report.html", "Digests   gs://b/out/digests/",
            "Failures  gs://b/out/failures.jsonl", "Summary   gs://b/out/summary.json"));
    assertThat(
        ConsoleSummary.render(ReportData.builder().outputDir("out").build()),
        containsString("Report    out/report.html"));
  }

  @Test
  void theRetryCommandIsPrintedWhenSomethingFailed() {
    String out = ConsoleSummary.render(withFailures().build());

    assertThat(
        out,
        stringContainsInOrder(
            "Retry only what failed",
            "  " + RETRY + "\n",
            "Bad files and malformed entries are not retried"));
  }

  @Test
  void aCleanRunHasNothingToRetry() {
    String out =
        ConsoleSummary.render(
            ReportData.builder()
                .retryCommand(RETRY)
                .add(Outcomes.translated("2026-W01", "in/2026-W01.txt", 1, 10, 1, 1))
                .build());

    assertThat(out, containsString("every abstract was translated or reused."));
    assertThat(out, containsString("Nothing to retry."));
    assertThat(out, not(containsString(RETRY)));
    assertThat(out, not(containsString("Failures by class")));
  }

  @Test
  void controlCharactersInFileNamesDoNotReachTheTerminal() {
    String out =
        ConsoleSummary.render(
            ReportData.builder()
                .add(
                    Outcomes.failed(
                        "2026-W01", "in/\u001b[2Jevil.txt", 1, "auth", 401, "key", 5, 1))
                .build());

    assertThat(out, not(containsString("\u001b")));
    assertThat(out, containsString("?[2Jevil.txt"));
  }

  @Test
  void unmatchedWeeksAreNamed() {
    String out =
        ConsoleSummary.render(
            withFailures().selection(WeekSelection.parse("2026-W10,2026-W11")).build());

    assertThat(out, containsString("(selected but no file: 2026-W10, 2026-W11)"));
  }
}
