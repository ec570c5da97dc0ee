package com.digesttranslator.pipeline;

import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.FailureRecord;
import com.digesttranslator.outcome.RunTotals;
import com.digesttranslator.pipeline.io.OutputFiles;
import com.digesttranslator.pipeline.io.OutputLayout;
import com.digesttranslator.report.ConsoleSummary;
import com.digesttranslator.report.HtmlReport;
import com.digesttranslator.report.ReportData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Writes {@code summary.json} (totals from the outcomes themselves, so they are exact, and the same
 * {@link RunTotals} the run report shows), {@code failures.jsonl} (one line per abstract or file
 * not translated, sorted so that reruns produce identical reports), {@code report.html} and the
 * end-of-run summary text.
 */
public class WriteRunReport extends PTransform<PCollection<AbstractOutcome>, PDone> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What the report needs besides the outcomes. */
  public record Inputs(
      WeekSelection selection, String output, double pricePerMillionChars, String retryCommand)
      implements Serializable {}

  private final Inputs in;

  /** Said when {@code --weeks} left no input file to read: outputs then hold zero counts. */
  static final String NOTHING_SELECTED =
      "No input file is in the weeks --weeks selects: nothing was read or translated.";

  /** Whether a run read no file because {@code --weeks} selected none. */
  static boolean nothingSelected(long files, WeekSelection selection) {
    return files == 0 && !selection.selectsAll();
  }

  public WriteRunReport(Inputs in) {
    this.in = in;
  }

  @Override
  public PDone expand(PCollection<AbstractOutcome> outcomes) {
    // Not withoutDefaults: a run that selected no file still writes its own (zero) summary rather
    // than none, which left an earlier run's summary.json to be read. One gathering for all four
    // files: a global combine is ten steps and a grouping on the Direct Runner, each paid per run.
    outcomes
        // The report lists and counts outcomes; their translations would only weigh on the one
        // worker that writes it.
        .apply(
            "DropTranslations",
            MapElements.into(TypeDescriptor.of(AbstractOutcome.class))
                .via(AbstractOutcome::withoutTranslation))
        .apply("CollectOutcomes", Combine.globally(new CollectAll<AbstractOutcome>()))
        .apply("WriteFiles", ParDo.of(new WriteReportFn(in)));
    return PDone.in(outcomes.getPipeline());
  }

  /** failures.jsonl, report.html, summary.txt and, last, summary.json, which Main reads. */
  static class WriteReportFn extends DoFn<List<AbstractOutcome>, Void> {
    private final Inputs in;

    WriteReportFn(Inputs in) {
      this.in = in;
    }

    @ProcessElement
    public void process(@Element List<AbstractOutcome> outcomes) throws IOException {
      String output = in.output();
      writeFailures(output, outcomes);
      ReportData.Builder builder = ReportData.builder();
      outcomes.forEach(builder::add);
      ReportData data =
          builder
              .selection(in.selection())
              .pricePerMillionChars(in.pricePerMillionChars())
              .outputDir(output)
              .retryCommand(in.retryCommand())
              .build();
      OutputFiles.write(
          OutputFiles.file(output, OutputLayout.REPORT),
          HtmlReport.render(data).getBytes(StandardCharsets.UTF_8),
          "text/html; charset=utf-8");
      boolean nothing = nothingSelected(data.totals().counts().files(), in.selection());
      String console = ConsoleSummary.render(data) + (nothing ? NOTHING_SELECTED + "\n" : "");
      OutputFiles.write(
          OutputFiles.file(output, OutputLayout.CONSOLE_SUMMARY),
          console.getBytes(StandardCharsets.UTF_8),
          "text/plain; charset=utf-8");
      writeSummary(output, data.totals(), in.selection());
    }
  }

  private static void writeSummary(String output, RunTotals totals, WeekSelection selection)
      throws IOException {
    ObjectNode summary = JSON.valueToTree(totals.counts());
    WeeksSeen.addTo(summary, totals.weeks(), selection);
    if (nothingSelected(totals.counts().files(), selection)) {
      summary.put("message", NOTHING_SELECTED);
    }
    byte[] json = (JSON.writeValueAsString(summary) + "\n").getBytes(StandardCharsets.UTF_8);
    OutputFiles.write(
        OutputFiles.file(output, OutputLayout.SUMMARY), json, "application/json; charset=utf-8");
  }

  private static void writeFailures(String output, List<AbstractOutcome> outcomes)
      throws IOException {
    StringBuilder text = new StringBuilder();
    outcomes.stream()
        .filter(AbstractOutcome::isFailure)
        .map(o -> FailureRecord.of(o).toJson())
        .sorted()
        .forEach(line -> text.append(line).append('\n'));
    OutputFiles.write(
        OutputFiles.file(output, OutputLayout.FAILURES),
        text.toString().getBytes(StandardCharsets.UTF_8),
        "application/jsonl; charset=utf-8");
  }
}
