package com.digesttranslator.report;

import com.digesttranslator.digest.WeekId;
import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractOutcome.Cost;
import com.digesttranslator.translate.ErrorClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * A backfill as the report would see it: 2025-W01 to 2026-W10, ten abstracts a week, with one week
 * of every kind, a two-week gap, two selected weeks with no file, and a hostile title.
 */
final class SampleRun {
  static final String HOSTILE_TITLE = "<script>document.title='pwned'</script> & \"Attention\"";
  static final long START = 1_760_000_000_000L;

  /** The status every week with a file must show. */
  final Map<String, String> expectedStatus = new LinkedHashMap<>();

  final List<AbstractOutcome> rows = new ArrayList<>();
  private final Random random = new Random(42);
  private long clock = START;

  ReportData data() {
    return builder().build();
  }

  ReportData.Builder builder() {
    ReportData.Builder builder =
        ReportData.builder()
            .outputDir("out/backfill")
            .retryCommand(
                "java -jar target/digest-translator.jar --input='data/digests/*.txt'"
                    + " --output=out/backfill --provider=deepl --apiKeyEnv=DEEPL_API_KEY"
                    + " --targetLanguage=ko")
            .pricePerMillionChars(20)
            .selection(WeekSelection.parse("2026-W11,2026-W12"));
    rows.forEach(builder::add);
    return builder;
  }

  SampleRun() {
    for (int year = 2025; year <= 2026; year++) {
      for (int week = 1; week <= (year == 2025 ? 52 : 10); week++) {
        String id = new WeekId(year, week).toString();
        if (!id.equals("2025-W20") && !id.equals("2025-W21")) {
          addWeek(id, "data/digests/" + id + ".txt");
        }
      }
    }
  }

  private void addWeek(String week, String file) {
    switch (week) {
      case "2025-W05", "2025-W06" ->
          everyRank(r -> rows.add(Outcomes.reused(week, file, r)), week, "reused");
      case "2025-W12" ->
          partly(week, file, "transient", 503, "HTTP 503 Service Unavailable after 5 attempts");
      case "2025-W30" ->
          everyRank(
              r ->
                  rows.add(
                      Outcomes.failed(
                          week,
                          file,
                          r,
                          "quota",
                          456,
                          "Quota exceeded: character limit of the plan reached",
                          latency(),
                          tick())),
              week,
              "failed");
      case "2025-W31" -> {
        rows.add(Outcomes.badFile(file, file + ": not UTF-8 (byte 0xC3 at offset 1234)"));
        expectedStatus.put(week, "bad_file");
      }
      case "2025-W40" -> {
        rows.add(Outcomes.malformed(week, file, 4, 42));
        partly(week, file, "quality", 0, "Reply was not Korean (Hangul ratio 0.02)");
      }
      case "2026-W03" -> {
        rows.add(
            AbstractOutcome.failed(
                Outcomes.task(week, file, 7, HOSTILE_TITLE),
                ErrorClass.PERMANENT,
                400,
                1,
                "<img src=x onerror=alert(1)> Bad Request",
                new Cost(1, 0, latency(), tick(), 900)));
        partly(week, file, "auth", 403, "HTTP 403 Forbidden: check the API key");
      }
      default ->
          everyRank(
              r ->
                  rows.add(
                      r % 4 == 0
                          ? Outcomes.cached(week, file, r)
                          : Outcomes.translated(
                              week, file, r, latency(), tick(), 800 + random.nextInt(1200))),
              week,
              "translated");
    }
  }

  private void everyRank(IntConsumer add, String week, String status) {
    for (int rank = 1; rank <= 10; rank++) {
      add.accept(rank);
    }
    expectedStatus.put(week, status);
  }

  private void partly(String week, String file, String errorClass, int http, String message) {
    for (int rank = 1; rank <= 10; rank++) {
      if (rank == 2 || rank == 9) {
        rows.add(Outcomes.failed(week, file, rank, errorClass, http, message, latency(), tick()));
      } else if (rank != 4 && rank != 7) {
        rows.add(
            Outcomes.translated(week, file, rank, latency(), tick(), 1000 + random.nextInt(900)));
      }
    }
    expectedStatus.put(week, "partly");
  }

  /** Mostly a second or two, with the long tail that retries and backoff give. */
  private long latency() {
    double roll = random.nextDouble();
    if (roll < 0.85) {
      return 300 + random.nextInt(2500);
    }
    return roll < 0.97 ? 3000 + random.nextInt(9000) : 15000 + random.nextInt(30000);
  }

  private long tick() {
    clock += 500 + random.nextInt(4000);
    return clock;
  }
}
