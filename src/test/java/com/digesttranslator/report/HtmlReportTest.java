package com.digesttranslator.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final SampleRun run = new SampleRun();
  private final String html = HtmlReport.render(run.data());

  private static String cell(String html, String week) {
    Matcher m =
        Pattern.compile("<span class=\"week\" data-week=\"" + week + "\"[^>]*>(.*?)</span>")
            .matcher(html);
    return m.find() ? m.group() : "no cell for " + week;
  }

  private static String cleanRun() {
    return HtmlReport.render(
        ReportData.builder()
            .add(Outcomes.translated("2026-W03", "/in/2026-W03.txt", 1, 900, 1_000, 1500))
            .add(Outcomes.reused("2026-W04", "/in/2026-W04.txt", 1))
            .outputDir("out")
            .retryCommand("java -jar digest-translator.jar --input=x --output=out")
            .build());
  }

  @Test
  void everyWeekWithAFileHasACellWithItsStatus() {
    Map<String, String> cells = new LinkedHashMap<>();
    Dom.elements(html, "span", "week")
        .forEach(c -> cells.put(c.get("data-week"), c.get("data-status")));

    assertThat(cells, is(run.expectedStatus));
  }

  @Test
  void aWeekCellLinksToItsDigestAndItsFailures() {
    String partly = cell(html, "2025-W12");

    assertThat(partly, containsString("<a class=\"cell\" href=\"digests/2025-W12.txt\""));
    assertThat(partly, containsString("<a class=\"fail-mark\" href=\"#failures-2025-W12\""));
    assertThat(Dom.ids(html), hasItem("failures-2025-W12"));
    assertThat(cell(html, "2025-W13"), not(containsString("fail-mark")));
  }

  @Test
  void aBadFileWeekLeadsToItsFailuresSinceItHasNoDigest() {
    assertThat(
        cell(html, "2025-W31"), containsString("<a class=\"cell\" href=\"#failures-2025-W31\""));
  }

  @Test
  void titlesAndMessagesAreEscaped() {
    assertThat(html, not(containsString("<script")));
    assertThat(html, not(containsString("<img")));
    assertThat(
        html,
        containsString(
            "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; &amp;"
                + " &quot;Attention&quot;"));
    assertThat(html, containsString("&lt;img src=x onerror=alert(1)&gt; Bad Request"));
  }

  @Test
  void fileNamesCannotBreakOutOfAnAttribute() {
    String evil = "/in/2026-W03\"><img src=x onerror=alert(1)>.txt";
    String page =
        HtmlReport.render(
            ReportData.builder()
                .add(Outcomes.failed("2026-W03", evil, 1, "permanent", 400, "x", 1, 1))
                .build());

    assertThat(page, not(containsString("<img")));
    assertThat(
        Dom.elements(page, "tr", "file").get(0).get("data-file"),
        is("2026-W03\"><img src=x onerror=alert(1)>.txt"));
  }

  @Test
  void thePageNeedsNothingFromTheNetworkAndRunsNoScript() {
    String withoutSvgNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");

    for (String external :
        List.of("http:", "https:", "<link", "<script", "<img", "<iframe", "url(", "@import")) {
      assertThat(withoutSvgNamespace, not(containsString(external)));
    }
    assertThat(
        html,
        containsString(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"));
  }

  @Test
  void theChartsAreThereWithTheirData() {
    Map<String, String> byClass = new LinkedHashMap<>();
    Dom.elements(html, "g", "bar")
        .forEach(b -> byClass.put(b.get("data-class"), b.get("data-count")));

    assertThat(
        byClass,
        is(
            Map.of(
                "transient",
                "2",
                "permanent",
                "1",
                "auth",
                "2",
                "quota",
                "10",
                "quality",
                "2",
                "format",
                "1",
                "bad_file",
                "1")));
    for (String id :
        List.of(
            "chart-failures-by-class",
            "chart-failures-by-week",
            "chart-latency",
            "chart-throughput")) {
      assertThat(Dom.ids(html), hasItem(id));
    }
    int latencyCount =
        Dom.elements(html, "g", "col").stream()
            .filter(c -> c.containsKey("data-bucket"))
            .mapToInt(c -> Integer.parseInt(c.get("data-count")))
            .sum();
    assertThat(latencyCount, is(run.data().latenciesMillis().size()));
  }

  @Test
  void charactersAndCostAreShownAndTheCostIsNaWithoutAPrice() {
    assertThat(html, containsString("<div class=\"value\" id=\"estimated-cost\">12.62</div>"));
    assertThat(cleanRun(), containsString("<div class=\"value\" id=\"estimated-cost\">n/a</div>"));
    assertThat(cleanRun(), containsString("no price given"));
  }

  @Test
  void theRetryCommandIsShownOnlyWhenSomethingFailed() {
    assertThat(
        html,
        containsString(
            "<code id=\"retry-command\">java -jar target/digest-translator.jar "
                + "--input=&#39;data/digests/*.txt&#39; --output=out/backfill"));
    assertThat(cleanRun(), not(containsString("retry-command")));
  }

  @Test
  void aCleanRunSaysSoInsteadOfDrawingEmptyCharts() {
    String clean = cleanRun();

    assertThat(clean, containsString("Every abstract was translated or reused."));
    assertThat(clean, containsString("id=\"no-failures\""));
    assertThat(clean, containsString("No failures: every abstract was translated or reused."));
    assertThat(Dom.ids(clean), not(hasItem("chart-failures-by-class")));
    assertThat(Dom.ids(clean), not(hasItem("chart-failures-by-week")));
  }
}
