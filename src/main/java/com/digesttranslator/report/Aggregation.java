package com.digesttranslator.report;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingInt;
import static java.util.stream.Collectors.toList;

import com.digesttranslator.digest.FileName;
import com.digesttranslator.digest.WeekId;
import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractOutcome.Status;
import com.digesttranslator.outcome.RunTotals;
import com.digesttranslator.pipeline.io.OutputLayout;
import com.digesttranslator.report.ReportData.Completion;
import com.digesttranslator.report.ReportData.Failure;
import com.digesttranslator.report.ReportData.FileRow;
import com.digesttranslator.report.ReportData.Health;
import com.digesttranslator.report.ReportData.WeekRow;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Turns outcomes into the report's per-file, per-week and run-wide numbers; the run-wide totals are
 * {@link RunTotals}, as in {@code summary.json}.
 */
final class Aggregation {
  /** Files without a week go last, as they cannot be placed on the calendar. */
  private static final Comparator<String> WEEK_ORDER =
      Comparator.nullsLast(Comparator.naturalOrder());

  private Aggregation() {}

  static ReportData aggregate(
      List<AbstractOutcome> outcomes,
      WeekSelection selection,
      double price,
      String outputDir,
      String retryCommand) {
    Map<String, List<AbstractOutcome>> byFile =
        outcomes.stream().collect(groupingBy(AbstractOutcome::path, TreeMap::new, toList()));
    List<FileRow> files =
        byFile.entrySet().stream()
            .map(e -> fileRow(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(FileRow::week, WEEK_ORDER).thenComparing(FileRow::file))
            .toList();
    Map<String, String> weekOfFile = new TreeMap<>();
    files.forEach(f -> weekOfFile.put(f.file(), f.week()));
    RunTotals totals = RunTotals.of(outcomes);
    return new ReportData(
        totals,
        totals.unmatchedWeeks(selection),
        weeks(files),
        files,
        failures(outcomes, weekOfFile),
        latencies(outcomes),
        completions(outcomes),
        outcomes.stream().mapToLong(o -> o.cost().chars()).sum(),
        price,
        outputDir,
        retryCommand);
  }

  private static FileRow fileRow(String file, List<AbstractOutcome> outcomes) {
    Optional<AbstractOutcome> bad =
        outcomes.stream().filter(o -> o.status() == Status.BAD_FILE).findFirst();
    int translated = count(outcomes, o -> o.status() == Status.TRANSLATED);
    int reused = count(outcomes, o -> o.status() == Status.REUSED);
    int failed = count(outcomes, o -> o.status() == Status.FAILED);
    SortedMap<String, Integer> byClass =
        outcomes.stream()
            .filter(AbstractOutcome::isFailure)
            .collect(
                groupingBy(
                    o -> o.failure().errorClass().label(), TreeMap::new, summingInt(o -> 1)));
    return new FileRow(
        weekOf(outcomes),
        file,
        bad.isPresent() ? null : digestLink(file),
        Health.of(translated, reused, failed, bad.isPresent() ? 1 : 0),
        translated,
        count(outcomes, o -> o.status() == Status.TRANSLATED && o.fromCache()),
        reused,
        failed,
        bad.map(Aggregation::badFileReason).orElse(null),
        byClass,
        outcomes.stream().mapToLong(o -> o.cost().chars()).sum(),
        outcomes.stream().mapToLong(o -> o.cost().latencyMillis()).max().orElse(0));
  }

  private static String badFileReason(AbstractOutcome bad) {
    String message = bad.failure().message();
    return message != null ? message : "unreadable";
  }

  private static int count(List<AbstractOutcome> outcomes, Predicate<AbstractOutcome> which) {
    return (int) outcomes.stream().filter(which).count();
  }

  /** As the pipeline does: the header's week, else the one in the file name. */
  private static String weekOf(List<AbstractOutcome> outcomes) {
    return outcomes.stream()
        .map(AbstractOutcome::weekId)
        .flatMap(Optional::stream)
        .findFirst()
        .map(WeekId::toString)
        .orElse(null);
  }

  /** Percent-encoded so names with spaces, '#' or '?' still point at the file. */
  private static String digestLink(String file) {
    return OutputLayout.DIGESTS
        + "/"
        + URLEncoder.encode(FileName.of(file), StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static List<WeekRow> weeks(List<FileRow> files) {
    Map<String, List<FileRow>> byWeek =
        files.stream()
            .filter(f -> f.week() != null)
            .collect(groupingBy(FileRow::week, TreeMap::new, toList()));
    return byWeek.entrySet().stream()
        .map(e -> new WeekRow(e.getKey(), health(e.getValue()), e.getValue()))
        .toList();
  }

  private static Health health(List<FileRow> files) {
    return Health.of(
        files.stream().mapToLong(FileRow::translated).sum(),
        files.stream().mapToLong(FileRow::reused).sum(),
        files.stream().mapToLong(FileRow::failed).sum(),
        files.stream().filter(f -> f.badFileReason() != null).count());
  }

  private static List<Failure> failures(
      List<AbstractOutcome> outcomes, Map<String, String> weekOfFile) {
    return outcomes.stream()
        .filter(AbstractOutcome::isFailure)
        .map(o -> failure(o, weekOfFile.get(o.path())))
        .sorted(
            Comparator.comparing(Failure::week, WEEK_ORDER)
                .thenComparing(Failure::file)
                .thenComparingInt(Failure::rank))
        .toList();
  }

  private static Failure failure(AbstractOutcome o, String week) {
    AbstractOutcome.Failure f = o.failure();
    return new Failure(
        week,
        o.path(),
        o.rank(),
        o.title(),
        f.errorClass().label(),
        f.httpStatus(),
        f.line(),
        f.message());
  }

  private static List<Long> latencies(List<AbstractOutcome> outcomes) {
    return outcomes.stream().map(o -> o.cost().latencyMillis()).filter(ms -> ms > 0).toList();
  }

  private static List<Completion> completions(List<AbstractOutcome> outcomes) {
    return outcomes.stream()
        .filter(o -> o.cost().finishedAtMillis() > 0)
        .map(o -> new Completion(o.cost().finishedAtMillis(), o.status() == Status.FAILED))
        .toList();
  }
}
