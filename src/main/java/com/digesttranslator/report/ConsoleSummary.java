package com.digesttranslator.report;

import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.pipeline.io.OutputLayout;
import com.digesttranslator.report.ReportData.FileRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The end-of-run table printed on the console: what happened, what failed and why, where the
 * outputs are, and the one command that retries only what failed.
 */
public final class ConsoleSummary {
  static final int TOP = 5;

  private ConsoleSummary() {}

  public static String render(ReportData data) {
    StringBuilder out = new StringBuilder();
    out.append("Digest Translator: ").append(verdict(data.totals().counts())).append("\n\n");
    counts(data, out);
    failuresByClass(data, out);
    topFiles(
        "Slowest weeks (by slowest request)", data.files(), FileRow::slowestRequestMillis, out);
    topFiles("Weeks with the most failures", data.files(), FileRow::failures, out);
    outputs(data, out);
    retry(data, out);
    return out.toString();
  }

  private static String verdict(RunCounts t) {
    if (!t.hasFailures()) {
      return "every abstract was translated or reused.";
    }
    return Format.count(t.failed())
        + " of "
        + Format.count(t.abstracts())
        + " abstracts"
        + (t.badFiles() > 0
            ? " and " + Format.count(t.badFiles()) + " of " + Format.count(t.files()) + " files"
            : "")
        + " were not translated.";
  }

  private static void counts(ReportData data, StringBuilder out) {
    RunCounts t = data.totals().counts();
    List<String> unmatched = data.unmatchedWeeks();
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "Files", Format.count(t.files()), "(" + Format.count(t.badFiles()) + " unreadable)"
        });
    rows.add(
        new String[] {
          "Weeks",
          Format.count(data.totals().weeks().size()),
          unmatched.isEmpty() ? "" : "(selected but no file: " + String.join(", ", unmatched) + ")"
        });
    rows.add(
        new String[] {
          "Abstracts",
          Format.count(t.abstracts()),
          "= "
              + Format.count(t.translated())
              + " translated ("
              + Format.count(t.fromCache())
              + " from cache) + "
              + Format.count(t.reused())
              + " reused + "
              + Format.count(t.failed())
              + " failed"
        });
    rows.add(
        new String[] {
          "Requests", Format.count(t.requests()), "(" + Format.count(t.retries()) + " retries)"
        });
    String price =
        data.pricePerMillionChars() > 0
            ? " at " + Format.price(data.pricePerMillionChars()) + " per million"
            : "";
    rows.add(
        new String[] {
          "Characters",
          Format.count(data.charactersSent()),
          "sent; estimated cost " + Format.cost(data) + price
        });
    table(rows, new boolean[] {false, true, false}, out);
    out.append('\n');
  }

  private static void failuresByClass(ReportData data, StringBuilder out) {
    Map<String, Long> byClass = ReportCharts.failuresByClass(data.failures());
    if (byClass.isEmpty()) {
      return;
    }
    out.append("Failures by class\n");
    List<String[]> rows = new ArrayList<>();
    byClass.forEach((errorClass, n) -> rows.add(new String[] {clean(errorClass), Format.count(n)}));
    table(rows, new boolean[] {false, true}, out);
    out.append('\n');
  }

  private static void topFiles(
      String title, List<FileRow> files, ToLongFunction<FileRow> by, StringBuilder out) {
    List<FileRow> top =
        files.stream()
            .filter(f -> by.applyAsLong(f) > 0)
            .sorted(Comparator.comparingLong(by).reversed().thenComparing(FileRow::file))
            .limit(TOP)
            .toList();
    if (top.isEmpty()) {
      return;
    }
    out.append(title).append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Week", "File", "Slowest", "Failed"});
    top.forEach(
        f ->
            rows.add(
                new String[] {
                  f.week() == null ? "-" : f.week(),
                  clean(f.name()),
                  f.slowestRequestMillis() > 0 ? Format.millis(f.slowestRequestMillis()) : "-",
                  Format.count(f.failures())
                }));
    table(rows, new boolean[] {false, false, true, true}, out);
    out.append('\n');
  }

  private static void outputs(ReportData data, StringBuilder out) {
    String dir = clean(data.outputDir());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Report", join(dir, OutputLayout.REPORT)});
    rows.add(new String[] {"Digests", join(dir, OutputLayout.DIGESTS + "/")});
    rows.add(new String[] {"Failures", join(dir, OutputLayout.FAILURES)});
    rows.add(new String[] {"Summary", join(dir, OutputLayout.SUMMARY)});
    out.append("Outputs\n");
    table(rows, new boolean[] {false, false}, out);
  }

  /**
   * Re-running with the same arguments retries only what failed: abstracts this run translated are
   * in the translation cache and abstracts the input already had are reused, so neither is
   * requested (or paid for) again. Bad files and format errors need the input fixed first.
   */
  private static void retry(ReportData data, StringBuilder out) {
    if (!data.totals().hasFailures()) {
      out.append("\nNothing to retry.\n");
      return;
    }
    out.append("\nRetry only what failed (translations already obtained come from the cache):\n  ")
        .append(clean(data.retryCommand()))
        .append('\n');
    if (data.totals().counts().badFiles() > 0
        || ReportCharts.failuresByClass(data.failures()).containsKey("format")) {
      out.append(
          "Bad files and malformed entries are not retried: fix them in the input first (see the"
              + " report).\n");
    }
  }

  private static String join(String dir, String name) {
    return dir.isEmpty() || dir.endsWith("/") ? dir + name : dir + "/" + name;
  }

  /** File names may come from anywhere; control characters must not reach the terminal. */
  static String clean(String text) {
    return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
  }

  private static void table(List<String[]> rows, boolean[] right, StringBuilder out) {
    int[] widths = new int[right.length];
    rows.forEach(
        r -> {
          for (int i = 0; i < r.length; i++) {
            widths[i] = Math.max(widths[i], r[i].length());
          }
        });
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int i = 0; i < row.length; i++) {
        String format = "%" + (right[i] ? "" : "-") + Math.max(1, widths[i]) + "s";
        line.append(' ').append(String.format(Locale.ROOT, format, row[i])).append(' ');
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
