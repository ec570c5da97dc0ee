package com.digesttranslator.report;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingInt;
import static java.util.stream.Collectors.toList;

import com.digesttranslator.digest.WeekId;
import com.digesttranslator.pipeline.io.OutputLayout;
import com.digesttranslator.report.AbstractRow.Status;
import com.digesttranslator.report.ReportData.Completion;
import com.digesttranslator.report.ReportData.Failure;
import com.digesttranslator.report.ReportData.FileRow;
import com.digesttranslator.report.ReportData.Health;
import com.digesttranslator.report.ReportData.Totals;
import com.digesttranslator.report.ReportData.WeekRow;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Turns per-abstract rows into the report's per-file, per-week and run-wide numbers. */
final class Aggregation {
  /** Files without a week go last, as they cannot be placed on the calendar. */
  private static final Comparator<String> WEEK_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

  private Aggregation() {}

  static ReportData aggregate(
      List<AbstractRow> rows, List<String> unmatchedWeeks, double price, String outputDir, String retryCommand) {
    Map<String, List<AbstractRow>> byFile =
        rows.stream().collect(groupingBy(AbstractRow::file, TreeMap::new, toList()));
    List<FileRow> files = byFile.entrySet().stream()
        .map(e -> fileRow(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(FileRow::week, WEEK_ORDER).thenComparing(FileRow::file))
        .toList();
    Map<String, String> weekOfFile = new TreeMap<>();
    files.forEach(f -> weekOfFile.put(f.file(), f.week()));
    return new ReportData(totals(rows, files, unmatchedWeeks), weeks(files), files,
        failures(rows, weekOfFile), latencies(rows), completions(rows),
        rows.stream().mapToLong(AbstractRow::chars).sum(), price, outputDir, retryCommand);
  }

  private static FileRow fileRow(String file, List<AbstractRow> rows) {
    Optional<AbstractRow> bad = rows.stream().filter(r -> r.status() == Status.BAD_FILE).findFirst();
    int translated = count(rows, r -> r.status() == Status.TRANSLATED);
    int reused = count(rows, r -> r.status() == Status.REUSED);
    int failed = count(rows, r -> r.status() == Status.FAILED);
    SortedMap<String, Integer> byClass = rows.stream().filter(AbstractRow::isFailure)
        .collect(groupingBy(r -> Objects.requireNonNullElse(r.errorClass(), "unknown"), TreeMap::new,
            summingInt(r -> 1)));
    return new FileRow(weekOf(file, rows), file, bad.isPresent() ? null : digestLink(file),
        Health.of(translated, reused, failed, bad.isPresent() ? 1 : 0),
        translated, count(rows, r -> r.status() == Status.TRANSLATED && r.fromCache()), reused, failed,
        bad.map(r -> Objects.requireNonNullElse(r.message(), "unreadable")).orElse(null), byClass,
        rows.stream().mapToLong(AbstractRow::chars).sum(),
        rows.stream().mapToLong(AbstractRow::latencyMillis).max().orElse(0));
  }

  private static int count(List<AbstractRow> rows, Predicate<AbstractRow> which) {
    return (int) rows.stream().filter(which).count();
  }

  /** As the pipeline does: the header's week, else the one in the file name. */
  static String weekOf(String file, List<AbstractRow> rows) {
    return rows.stream().map(AbstractRow::week).filter(Objects::nonNull)
        .map(WeekId::find).flatMap(Optional::stream).findFirst()
        .or(() -> WeekId.find(fileName(file)))
        .map(WeekId::toString).orElse(null);
  }

  /** The output digest has the input's file name, whatever file system the input is on. */
  static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /** Percent-encoded so names with spaces, '#' or '?' still point at the file. */
  private static String digestLink(String file) {
    return OutputLayout.DIGESTS + "/"
        + URLEncoder.encode(fileName(file), StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static List<WeekRow> weeks(List<FileRow> files) {
    Map<String, List<FileRow>> byWeek = files.stream().filter(f -> f.week() != null)
        .collect(groupingBy(FileRow::week, TreeMap::new, toList()));
    return byWeek.entrySet().stream().map(e -> new WeekRow(e.getKey(), health(e.getValue()), e.getValue())).toList();
  }

  private static Health health(List<FileRow> files) {
    return Health.of(
        files.stream().mapToLong(FileRow::translated).sum(),
        files.stream().mapToLong(FileRow::reused).sum(),
        files.stream().mapToLong(FileRow::failed).sum(),
        files.stream().filter(f -> f.badFileReason() != null).count());
  }

  /** Weeks are counted as summary.json counts them: of readable files only. */
  private static Totals totals(List<AbstractRow> rows, List<FileRow> files, List<String> unmatchedWeeks) {
    return new Totals(files.size(),
        files.stream().filter(f -> f.badFileReason() != null).count(),
        count(rows, r -> r.status() != Status.BAD_FILE),
        count(rows, r -> r.status() == Status.TRANSLATED),
        count(rows, r -> r.status() == Status.REUSED),
        count(rows, r -> r.status() == Status.FAILED),
        rows.stream().mapToLong(AbstractRow::requests).sum(),
        rows.stream().mapToLong(AbstractRow::retries).sum(),
        count(rows, r -> r.status() == Status.TRANSLATED && r.fromCache()),
        files.stream().filter(f -> f.badFileReason() == null && f.week() != null).map(FileRow::week).distinct().count(),
        unmatchedWeeks);
  }

  private static List<Failure> failures(List<AbstractRow> rows, Map<String, String> weekOfFile) {
    return rows.stream().filter(AbstractRow::isFailure)
        .map(r -> new Failure(weekOfFile.get(r.file()), r.file(), r.rank(), r.title(), r.errorClass(),
            r.httpStatus(), r.line(), r.message()))
        .sorted(Comparator.comparing(Failure::week, WEEK_ORDER).thenComparing(Failure::file)
            .thenComparingInt(Failure::rank))
        .toList();
  }

  private static List<Long> latencies(List<AbstractRow> rows) {
    return rows.stream().map(AbstractRow::latencyMillis).filter(ms -> ms > 0).toList();
  }

  private static List<Completion> completions(List<AbstractRow> rows) {
    return rows.stream().filter(r -> r.finishedAtMillis() > 0)
        .map(r -> new Completion(r.finishedAtMillis(), r.status() == Status.FAILED))
        .toList();
  }
}
