package com.digesttranslator.report;

import static com.digesttranslator.report.Html.attr;
import static com.digesttranslator.report.Html.esc;

import com.digesttranslator.digest.WeekId;
import com.digesttranslator.report.ReportData.Health;
import com.digesttranslator.report.ReportData.WeekRow;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The backfill at a glance: one row per year, one cell per ISO week, coloured by how the week
 * fared. A cell links to the week's digest; a corner mark links to the week's failures.
 */
final class CalendarStrip {
  private static final int[] WEEK_TICKS = {1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50};

  private CalendarStrip() {}

  static String render(ReportData data) {
    if (data.weeks().isEmpty() && data.unmatchedWeeks().isEmpty()) {
      return "<p class=\"empty-note\">No input file names an ISO week, so there is no"
          + " calendar.</p>";
    }
    Map<String, WeekRow> byWeek =
        data.weeks().stream().collect(Collectors.toMap(WeekRow::week, Function.identity()));
    Set<String> unmatched = Set.copyOf(data.unmatchedWeeks());
    TreeSet<WeekId> shown = new TreeSet<>();
    data.weeks().forEach(w -> shown.add(WeekId.parse(w.week())));
    unmatched.forEach(w -> WeekId.find(w).ifPresent(shown::add));
    StringBuilder html = new StringBuilder(legend(data));
    html.append("<div class=\"calendar\" id=\"calendar-grid\">").append(header());
    for (int year = shown.first().year(); year <= shown.last().year(); year++) {
      html.append(yearRow(year, shown.first(), shown.last(), byWeek, unmatched));
    }
    return html.append("</div>").toString();
  }

  private static String legend(ReportData data) {
    Map<Health, Long> counts = new EnumMap<>(Health.class);
    data.weeks().forEach(w -> counts.merge(w.health(), 1L, Long::sum));
    StringBuilder html = new StringBuilder("<ul class=\"legend\" id=\"calendar-legend\">");
    for (Health health : Health.values()) {
      html.append("<li")
          .append(attr("data-status", health.id()))
          .append("><span class=\"swatch\"></span>")
          .append(esc(health.label()))
          .append(" <span class=\"n\">")
          .append(counts.getOrDefault(health, 0L))
          .append("</span></li>");
    }
    html.append("<li data-status=\"empty\"><span class=\"swatch\"></span>no file</li>");
    if (!data.unmatchedWeeks().isEmpty()) {
      html.append(
              "<li data-status=\"unmatched\"><span class=\"swatch\"></span>selected, no file <span"
                  + " class=\"n\">")
          .append(data.unmatchedWeeks().size())
          .append("</span></li>");
    }
    return html.append(
            "<li class=\"mark-key\"><span class=\"swatch\"><span"
                + " class=\"fail-mark\"></span></span>")
        .append("has failures (click the corner)</li></ul>")
        .toString();
  }

  private static String header() {
    StringBuilder html =
        new StringBuilder("<div class=\"cal-row cal-head\"><span class=\"year\"></span>");
    for (int tick : WEEK_TICKS) {
      html.append("<span class=\"wk\" style=\"grid-column:")
          .append(tick + 1)
          .append("\">W")
          .append(tick)
          .append("</span>");
    }
    return html.append("</div>").toString();
  }

  private static String yearRow(
      int year, WeekId first, WeekId last, Map<String, WeekRow> byWeek, Set<String> unmatched) {
    StringBuilder html =
        new StringBuilder("<div class=\"cal-row\"")
            .append(attr("data-year", year))
            .append('>')
            .append("<span class=\"year\">")
            .append(year)
            .append("</span>");
    for (int w = 1; w <= weeksIn(year); w++) {
      WeekId id = new WeekId(year, w);
      WeekRow row = byWeek.get(id.toString());
      html.append(
          row != null ? cell(row) : noFile(id, placeholderStatus(id, first, last, unmatched)));
    }
    return html.append("</div>").toString();
  }

  /** ISO years have 52 or 53 weeks; 28 December always lies in the last one. */
  static int weeksIn(int year) {
    return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  private static String placeholderStatus(
      WeekId id, WeekId first, WeekId last, Set<String> unmatched) {
    if (unmatched.contains(id.toString())) {
      return "unmatched";
    }
    return id.compareTo(first) >= 0 && id.compareTo(last) <= 0 ? "empty" : "outside";
  }

  private static String noFile(WeekId id, String status) {
    String tip =
        id
            + (status.equals("unmatched")
                ? ": selected with --weeks, but no input file has this week"
                : ": no input file");
    return "<span class=\"no-file\""
        + attr("data-week", id)
        + attr("data-status", status)
        + ("outside".equals(status) ? "" : attr("title", tip))
        + "></span>";
  }

  /** A bad-file-only week has no digest, so its cell leads to the failures instead. */
  private static String cell(WeekRow week) {
    String failuresHref = "#" + ReportTables.failuresAnchor(week.week());
    String href = week.digestLink() != null ? week.digestLink() : failuresHref;
    String tip = tip(week);
    StringBuilder html =
        new StringBuilder("<span class=\"week\"")
            .append(attr("data-week", week.week()))
            .append(attr("data-status", week.health().id()))
            .append(attr("data-failures", week.failures()))
            .append(attr("title", tip))
            .append('>')
            .append("<a class=\"cell\"")
            .append(attr("href", href))
            .append(attr("aria-label", tip))
            .append("></a>");
    if (week.failures() > 0) {
      html.append("<a class=\"fail-mark\"")
          .append(attr("href", failuresHref))
          .append(attr("aria-label", week.week() + ": failures"))
          .append("></a>");
    }
    return html.append("</span>").toString();
  }

  private static String tip(WeekRow week) {
    int translated = week.files().stream().mapToInt(ReportData.FileRow::translated).sum();
    int reused = week.files().stream().mapToInt(ReportData.FileRow::reused).sum();
    List<String> names = week.files().stream().map(ReportData.FileRow::name).toList();
    String slowest =
        week.slowestRequestMillis() > 0
            ? " · slowest request " + Format.millis(week.slowestRequestMillis())
            : "";
    return week.week()
        + " · "
        + week.health().label()
        + " · "
        + translated
        + " translated, "
        + reused
        + " reused, "
        + week.failures()
        + " failed"
        + slowest
        + " · "
        + String.join(", ", names);
  }
}
