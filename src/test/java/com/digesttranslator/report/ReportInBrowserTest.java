package com.digesttranslator.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.digesttranslator.pipeline.io.OutputLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens a generated report in headless Chromium from a file:// URL, as a user would, and checks the
 * DOM the browser built; leaves target/report-screenshot.png for a human to look at.
 */
class ReportInBrowserTest {
  private static final Path DIR = Path.of("target", "report-browser-test");
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

  private static SampleRun run;
  private static Path page;
  private static String dom;

  @BeforeAll
  static void renderAndOpen() throws Exception {
    Chromium chromium = Chromium.find();
    run = new SampleRun();
    Files.createDirectories(DIR);
    page = DIR.resolve(OutputLayout.REPORT);
    Files.writeString(page, HtmlReport.render(run.data()), StandardCharsets.UTF_8);
    dom = chromium.dumpDom(page);
  }

  @Test
  void everyWeekIsOnTheCalendarWithItsStatus() {
    Map<String, String> shown = new LinkedHashMap<>();
    Dom.elements(dom, "span", "week")
        .forEach(w -> shown.put(w.get("data-week"), w.get("data-status")));
    assertThat(shown, is(run.expectedStatus));
  }

  @Test
  void weeksWithoutAFileAreGapsOrUnmatched() {
    Map<String, String> gaps = new LinkedHashMap<>();
    Dom.elements(dom, "span", "no-file")
        .forEach(w -> gaps.put(w.get("data-week"), w.get("data-status")));
    assertThat(gaps.get("2025-W20"), is("empty"));
    assertThat(gaps.get("2026-W11"), is("unmatched"));
    assertThat(gaps.get("2026-W40"), is("outside"));
  }

  @Test
  void aHostileTitleIsTextNotMarkup() throws Exception {
    assertThat(dom, not(containsString("<script")));
    assertThat(dom, not(containsString("<img")));
    assertThat(
        dom,
        containsString(
            Html.esc(SampleRun.HOSTILE_TITLE).replace("&quot;", "\"").replace("&#39;", "'")));
  }

  @Test
  void everyInPageLinkHasATarget() {
    List<String> ids = Dom.ids(dom);
    List<String> targets =
        Dom.elements(dom, "a", "fail-mark").stream().map(a -> a.get("href")).toList();
    assertThat(targets, not(empty()));
    targets.forEach(href -> assertThat(ids, hasItem(href.substring(1))));
  }

  @Test
  void aScreenshotIsLeftForReview() throws Exception {
    Path png = Path.of("target", "report-screenshot.png");
    Files.deleteIfExists(png);
    Chromium.find().screenshot(page, png, 1400, 1000);
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length, greaterThan(10_000));
    assertThat(Arrays.copyOf(bytes, 4), is(PNG_MAGIC));
  }
}
