package com.digesttranslator.report;

import static com.digesttranslator.report.Html.attr;
import static com.digesttranslator.report.Html.esc;

import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.pipeline.io.OutputLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code OUTPUT/report.html}: one self-contained page (inline CSS and SVG, no script, nothing
 * fetched) so it opens from a bucket download or an email attachment as well as from disk. Its
 * links are relative to the output directory, where the page is written.
 */
public final class HtmlReport {
  /**
   * No script may run and nothing may be loaded: a second line of defence should escaping ever miss
   * a title or message taken from a digest or a provider's reply.
   */
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private static final String CSS = loadCss();

  private HtmlReport() {}

  public static String render(ReportData data) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\""
        + attr("content", CSP)
        + ">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Digest Translator run report</title><style>"
        + CSS
        + "</style></head>\n<body>"
        + header(data)
        + section("totals", "Totals", tiles(data))
        + retry(data)
        + section("weeks", "Weeks", CalendarStrip.render(data))
        + section("charts", "Where it went wrong, and how fast it went", ReportCharts.render(data))
        + section("files", "Files", ReportTables.files(data))
        + section("failures", "Failures", ReportTables.failures(data))
        + "</body></html>\n";
  }

  private static String section(String id, String title, String body) {
    return "<section" + attr("id", id) + "><h2>" + esc(title) + "</h2>" + body + "</section>\n";
  }

  private static String header(ReportData data) {
    RunCounts t = data.totals().counts();
    String verdict =
        t.hasFailures()
            ? Format.count(t.failed())
                + " of "
                + Format.count(t.abstracts())
                + " abstracts"
                + (t.badFiles() > 0
                    ? " and "
                        + Format.count(t.badFiles())
                        + " of "
                        + Format.count(t.files())
                        + " files"
                    : "")
                + " were not translated."
            : "Every abstract was translated or reused.";
    return "<header><h1>Digest Translator <span>run report</span></h1>"
        + "<p"
        + attr("class", "verdict " + (t.hasFailures() ? "bad" : "good"))
        + " id=\"verdict\">"
        + esc(verdict)
        + "</p>"
        + "<p class=\"where\">Output <code id=\"output-dir\">"
        + esc(data.outputDir())
        + "</code> · "
        + link(OutputLayout.DIGESTS + "/")
        + " · "
        + link(OutputLayout.FAILURES)
        + " · "
        + link(OutputLayout.SUMMARY)
        + "</p></header>\n";
  }

  /** A link to an output beside the report, which names it. */
  private static String link(String name) {
    return "<a" + attr("href", name) + ">" + esc(name) + "</a>";
  }

  private static String tiles(ReportData data) {
    RunCounts t = data.totals().counts();
    List<String> unmatched = data.unmatchedWeeks();
    return "<div class=\"tiles\">"
        + tile(
            "files",
            t.files(),
            "files",
            Format.count(t.badFiles()) + " unreadable",
            t.badFiles() > 0 ? "alert" : "")
        + tile(
            "weeks",
            data.totals().weeks().size(),
            "weeks",
            unmatched(unmatched),
            unmatched.isEmpty() ? "" : "warn")
        + tile("abstracts", t.abstracts(), "abstracts", "", "")
        + tile(
            "translated",
            t.translated(),
            "translated",
            Format.count(t.fromCache()) + " from cache",
            "")
        + tile("reused", t.reused(), "reused", "already in the input", "")
        + tile("failed", t.failed(), "failed", "", t.failed() > 0 ? "alert" : "")
        + tile("requests", t.requests(), "requests", Format.count(t.retries()) + " retries", "")
        + tile("characters", data.charactersSent(), "characters sent", "", "")
        + "<div class=\"tile\" data-total=\"cost\"><div class=\"value\" id=\"estimated-cost\">"
        + esc(Format.cost(data))
        + "</div><div class=\"label\">estimated cost</div><div class=\"note\">"
        + esc(
            data.pricePerMillionChars() > 0
                ? "at " + Format.price(data.pricePerMillionChars()) + " per million characters"
                : "no price given")
        + "</div></div></div>";
  }

  private static String unmatched(List<String> weeks) {
    return weeks.isEmpty() ? "" : weeks.size() + " selected had no file";
  }

  /**
   * {@code mark} is "alert" for something not translated, "warn" for something worth a look, or
   * empty.
   */
  private static String tile(String key, long value, String label, String note, String mark) {
    return "<div"
        + attr("class", ("tile " + mark).strip())
        + attr("data-total", key)
        + "><div class=\"value\">"
        + Format.count(value)
        + "</div><div class=\"label\">"
        + esc(label)
        + "</div><div class=\"note\">"
        + esc(note)
        + "</div></div>";
  }

  /**
   * The same arguments retry only failures: what this run translated is in the translation cache
   * and what the input already had is reused, so neither is requested again.
   */
  private static String retry(ReportData data) {
    if (!data.totals().hasFailures() || data.retryCommand().isBlank()) {
      return "";
    }
    return section(
        "retry",
        "Retry only what failed",
        "<pre><code id=\"retry-command\">"
            + esc(data.retryCommand())
            + "</code></pre><p class=\"hint\">What this run translated is in the translation cache,"
            + " so running the same command again sends requests only for the abstracts that"
            + " failed. Bad files and format errors need the input fixed first.</p>");
  }

  private static String loadCss() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
