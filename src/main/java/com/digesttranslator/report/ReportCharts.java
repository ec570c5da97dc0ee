package com.digesttranslator.report;

import static com.digesttranslator.report.Html.attr;
import static com.digesttranslator.report.Html.esc;

import com.digesttranslator.report.ReportData.Failure;
import com.digesttranslator.report.ReportData.WeekRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The four plots of the report, each in a card with a one-line reading aid. */
final class ReportCharts {
  /** Known classes get their own colour and a fixed order; anything else is drawn as "other". */
  static final List<String> ERROR_CLASSES =
      List.of("transient", "permanent", "auth", "quota", "quality", "format", "bad_file");

  private ReportCharts() {}

  static String render(ReportData data) {
    return "<div class=\"cards\">"
        + card("failures-by-class", "Failures by class", failuresByClass(data))
        + card("failures-by-week", "Failures by week", failuresByWeek(data))
        + card("latency", "Request latency", latency(data))
        + card("throughput", "Throughput over time", throughput(data))
        + "</div>";
  }

  private static String card(String id, String title, String body) {
    return "<figure class=\"card\""
        + attr("id", "card-" + id)
        + "><figcaption>"
        + esc(title)
        + "</figcaption>"
        + body
        + "</figure>";
  }

  private static String note(String text) {
    return "<p class=\"empty-note\">" + esc(text) + "</p>";
  }

  static Map<String, Long> failuresByClass(List<Failure> failures) {
    Map<String, Long> counts = new LinkedHashMap<>();
    ERROR_CLASSES.forEach(c -> counts.put(c, 0L));
    failures.forEach(
        f -> counts.merge(Objects.requireNonNullElse(f.errorClass(), "unknown"), 1L, Long::sum));
    counts.values().removeIf(n -> n == 0);
    return counts;
  }

  static String cssClassOf(String errorClass) {
    return "c-" + (ERROR_CLASSES.contains(errorClass) ? errorClass : "other");
  }

  private static String failuresByClass(ReportData data) {
    if (data.failures().isEmpty()) {
      return note("No failures: every abstract was translated or reused.");
    }
    List<Svg.Bar> bars = new ArrayList<>();
    failuresByClass(data.failures())
        .forEach(
            (errorClass, n) ->
                bars.add(
                    new Svg.Bar(
                        errorClass, n, cssClassOf(errorClass), attr("data-class", errorClass))));
    return Svg.bars("chart-failures-by-class", "Failures by error class", bars)
        + "<p class=\"hint\">transient, auth and quota failures usually succeed on a re-run; "
        + "permanent, quality and format ones need a look at the text or file.</p>";
  }

  private static String failuresByWeek(ReportData data) {
    if (data.failures().isEmpty() || data.weeks().isEmpty()) {
      return note(data.failures().isEmpty() ? "No failures." : "No input file names an ISO week.");
    }
    List<Svg.Column> columns = new ArrayList<>();
    for (WeekRow week : data.weeks()) {
      columns.add(
          new Svg.Column(
              week.week(),
              week.week() + ": " + week.failures() + " failed",
              attr("data-week", week.week()),
              week.failures()));
    }
    int withFailures = (int) data.weeks().stream().filter(w -> w.failures() > 0).count();
    return Svg.columns("chart-failures-by-week", "Failures per week", columns, List.of("s-failed"))
        + "<p class=\"hint\">"
        + withFailures
        + " of "
        + data.weeks().size()
        + " weeks have failures.</p>";
  }

  private static String latency(ReportData data) {
    List<Bins.Bucket> buckets = Bins.latency(data.latenciesMillis());
    if (buckets.isEmpty()) {
      return note("No request was made: everything was reused or came from the cache.");
    }
    List<Svg.Column> columns =
        buckets.stream()
            .map(
                b ->
                    new Svg.Column(
                        b.label(),
                        b.label() + ": " + b.count() + " texts",
                        attr("data-bucket", b.label()),
                        b.count()))
            .toList();
    List<Long> sorted = data.latenciesMillis();
    return Svg.columns("chart-latency", "Request latency histogram", columns, List.of("s-latency"))
        + "<p class=\"hint\">"
        + sorted.size()
        + " texts requested · median "
        + esc(Format.millis(percentile(sorted, 50)))
        + " · p95 "
        + esc(Format.millis(percentile(sorted, 95)))
        + " · slowest "
        + esc(Format.millis(sorted.get(sorted.size() - 1)))
        + " (retries and backoff included)</p>";
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static String throughput(ReportData data) {
    List<Bins.Interval> intervals = Bins.throughput(data.completions());
    if (intervals.isEmpty()) {
      return note("Nothing was translated during this run.");
    }
    long width = intervals.get(0).widthMs();
    List<Svg.Column> columns =
        intervals.stream()
            .map(
                i ->
                    new Svg.Column(
                        "+" + Format.edge(i.startMs()),
                        "+"
                            + Format.millis(i.startMs())
                            + ": "
                            + i.translated()
                            + " translated, "
                            + i.failed()
                            + " failed",
                        attr("data-start-ms", i.startMs()),
                        i.translated(),
                        i.failed()))
            .toList();
    long first = data.completions().get(0).atMillis();
    long span = data.completions().get(data.completions().size() - 1).atMillis() - first;
    return Svg.columns(
            "chart-throughput",
            "Abstracts finished per interval",
            columns,
            List.of("s-ok", "s-failed"))
        + "<p class=\"hint\"><span class=\"key s-ok\"></span>translated <span class=\"key"
        + " s-failed\"></span>failed · abstracts per "
        + esc(Format.edge(width))
        + " · first finished at "
        + esc(Format.utc(first))
        + " · "
        + data.completions().size()
        + " in "
        + esc(Format.millis(span))
        + "</p>";
  }
}
