package com.digesttranslator.report;

import static com.digesttranslator.report.Html.attr;
import static com.digesttranslator.report.Html.esc;

import com.digesttranslator.digest.FileName;
import com.digesttranslator.report.ReportData.Failure;
import com.digesttranslator.report.ReportData.FileRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The per-file table and the failures table that the calendar's links point into. */
final class ReportTables {
  /** Failures of files whose week is not known are grouped under this anchor. */
  static final String UNKNOWN_WEEK = "unknown";

  private ReportTables() {}

  static String failuresAnchor(String week) {
    return "failures-" + Objects.requireNonNullElse(week, UNKNOWN_WEEK);
  }

  static String files(ReportData data) {
    StringBuilder html =
        new StringBuilder(
            "<table class=\"files\""
                + " id=\"files-table\"><thead><tr><th>Week</th><th>File</th><th>Status</th><th"
                + " class=\"num\">Translated</th><th class=\"num\">From cache</th><th"
                + " class=\"num\">Reused</th><th class=\"num\">Failed</th><th>Failures by"
                + " class</th><th class=\"num\">Characters</th><th class=\"num\">Slowest"
                + " request</th></tr></thead><tbody>");
    data.files().forEach(f -> html.append(fileRow(f)));
    return html.append("</tbody></table>").toString();
  }

  private static String fileRow(FileRow f) {
    return "<tr class=\"file\""
        + attr("data-week", Objects.requireNonNullElse(f.week(), UNKNOWN_WEEK))
        + attr("data-status", f.health().id())
        + attr("data-file", f.name())
        + ">"
        + "<td class=\"wk\">"
        + esc(Objects.requireNonNullElse(f.week(), "—"))
        + "</td>"
        + "<td>"
        + fileCell(f)
        + "</td>"
        + "<td><span class=\"badge\""
        + attr("data-status", f.health().id())
        + ">"
        + esc(f.health().label())
        + "</span></td>"
        + num(f.translated())
        + num(f.fromCache())
        + num(f.reused())
        + "<td class=\"num\">"
        + failedCell(f)
        + "</td>"
        + "<td>"
        + classChips(f.failuresByClass())
        + "</td>"
        + num(f.charactersSent())
        + "<td class=\"num\">"
        + (f.slowestRequestMillis() > 0 ? esc(Format.millis(f.slowestRequestMillis())) : "—")
        + "</td>"
        + "</tr>";
  }

  private static String fileCell(FileRow f) {
    String name =
        f.digestLink() != null
            ? "<a class=\"digest\""
                + attr("href", f.digestLink())
                + attr("title", f.file())
                + ">"
                + esc(f.name())
                + "</a>"
            : "<span" + attr("title", f.file()) + ">" + esc(f.name()) + "</span>";
    return f.badFileReason() == null
        ? name
        : name + "<div class=\"reason\">" + esc(f.badFileReason()) + "</div>";
  }

  private static String failedCell(FileRow f) {
    if (f.failed() == 0) {
      return f.badFileReason() != null ? "—" : "0";
    }
    return "<a class=\"to-failures\""
        + attr("href", "#" + failuresAnchor(f.week()))
        + ">"
        + f.failed()
        + "</a>";
  }

  private static String classChips(Map<String, Integer> byClass) {
    return byClass.entrySet().stream()
        .map(
            e ->
                "<span"
                    + attr("class", "chip " + ReportCharts.cssClassOf(e.getKey()))
                    + ">"
                    + esc(e.getKey())
                    + " "
                    + e.getValue()
                    + "</span>")
        .collect(Collectors.joining(" "));
  }

  private static String num(long n) {
    return "<td class=\"num\">" + Format.count(n) + "</td>";
  }

  /** Grouped by week, each group an anchor target for the calendar's corner marks. */
  static String failures(ReportData data) {
    if (data.failures().isEmpty()) {
      return "<p class=\"empty-note\" id=\"no-failures\">Nothing failed.</p>";
    }
    Map<String, List<Failure>> byWeek =
        data.failures().stream()
            .collect(
                Collectors.groupingBy(
                    f -> Objects.requireNonNullElse(f.week(), UNKNOWN_WEEK),
                    LinkedHashMap::new,
                    Collectors.toList()));
    StringBuilder html =
        new StringBuilder(
            "<table class=\"failures\" id=\"failures-table\"><thead><tr><th>File</th><th"
                + " class=\"num\">#</th><th>Title</th><th>Class</th><th class=\"num\">HTTP</th>"
                + "<th>Message</th></tr></thead>");
    Map<String, String> digestOfWeek = new LinkedHashMap<>();
    data.weeks().forEach(w -> digestOfWeek.put(w.week(), w.digestLink()));
    byWeek.forEach((week, failures) -> html.append(group(week, failures, digestOfWeek.get(week))));
    return html.append("</table>").toString();
  }

  private static String group(String week, List<Failure> failures, String digestLink) {
    StringBuilder html =
        new StringBuilder("<tbody class=\"failure-group\"")
            .append(attr("id", failuresAnchor(week)))
            .append(attr("data-week", week))
            .append('>')
            .append("<tr class=\"group\"><th colspan=\"6\">")
            .append(esc(week))
            .append(" <span class=\"n\">")
            .append(failures.size())
            .append(failures.size() == 1 ? " failure" : " failures")
            .append("</span>")
            .append(
                digestLink == null
                    ? ""
                    : " <a class=\"digest\"" + attr("href", digestLink) + ">open digest</a>")
            .append("</th></tr>");
    failures.forEach(f -> html.append(failureRow(f)));
    return html.append("</tbody>").toString();
  }

  private static String failureRow(Failure f) {
    return "<tr class=\"failure\""
        + attr("data-week", Objects.requireNonNullElse(f.week(), UNKNOWN_WEEK))
        + attr("data-class", Objects.requireNonNullElse(f.errorClass(), "unknown"))
        + attr("data-rank", f.rank())
        + ">"
        + "<td"
        + attr("title", f.file())
        + ">"
        + esc(FileName.of(f.file()))
        + (f.line() > 0 ? "<span class=\"line\">:" + f.line() + "</span>" : "")
        + "</td>"
        + "<td class=\"num\">"
        + (f.rank() > 0 ? f.rank() : "—")
        + "</td>"
        + "<td class=\"title\">"
        + esc(Objects.requireNonNullElse(f.title(), "—"))
        + "</td>"
        + "<td><span"
        + attr("class", "chip " + ReportCharts.cssClassOf(f.errorClass()))
        + ">"
        + esc(f.errorClass())
        + "</span></td>"
        + "<td class=\"num\">"
        + (f.httpStatus() > 0 ? f.httpStatus() : "—")
        + "</td>"
        + "<td class=\"message\">"
        + esc(f.message())
        + "</td></tr>";
  }
}
