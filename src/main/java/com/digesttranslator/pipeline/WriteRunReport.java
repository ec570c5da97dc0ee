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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
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
      WeekSelection selection, String output, double pricePerMillionChars, String retryCommand) {}

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
    String output = in.output();
    // Not withoutDefaults: a run that selected no file still writes its own (zero) summary rather
    // than none, which left an earlier run's summary.json to be read.
    outcomes
        .apply("Totals", Combine.globally(new TotalsFn()))
        .apply("WriteSummary", ParDo.of(new WriteSummaryFn(output, in.selection())));
    outcomes
        .apply("OnlyFailures", Filter.by(AbstractOutcome::isFailure))
        .apply(
            "ToJson",
            MapElements.into(TypeDescriptor.of(String.class))
                .via((AbstractOutcome o) -> FailureRecord.of(o).toJson()))
        .apply("CollectFailures", Combine.globally(new CollectAll<String>()))
        .apply("WriteFailures", ParDo.of(new WriteFailuresFn(output)));
    outcomes
        // The report lists and counts outcomes; their translations would only weigh on the one
        // worker that renders it.
        .apply(
            "DropTranslations",
            MapElements.into(TypeDescriptor.of(AbstractOutcome.class))
                .via(AbstractOutcome::withoutTranslation))
        .apply("CollectOutcomes", Combine.globally(new CollectAll<AbstractOutcome>()))
        .apply("WritePage", ParDo.of(new WritePageFn(in)));
    return PDone.in(outcomes.getPipeline());
  }

  /** Sums the outcomes into the run's totals, on as many workers as the runner likes. */
  static class TotalsFn extends Combine.CombineFn<AbstractOutcome, RunTotals.Tally, RunTotals> {
    @Override
    public RunTotals.Tally createAccumulator() {
      return new RunTotals.Tally();
    }

    @Override
    public RunTotals.Tally addInput(RunTotals.Tally tally, AbstractOutcome outcome) {
      return tally.add(outcome);
    }

    @Override
    public RunTotals.Tally mergeAccumulators(Iterable<RunTotals.Tally> tallies) {
      RunTotals.Tally all = new RunTotals.Tally();
      tallies.forEach(all::merge);
      return all;
    }

    @Override
    public RunTotals extractOutput(RunTotals.Tally tally) {
      return tally.totals();
    }

    @Override
    public Coder<RunTotals.Tally> getAccumulatorCoder(
        CoderRegistry registry, Coder<AbstractOutcome> input) {
      return SerializableCoder.of(RunTotals.Tally.class);
    }
  }

  /** Writes report.html and the end-of-run summary that {@link Main} prints. */
  static class WritePageFn extends DoFn<List<AbstractOutcome>, Void> {
    private final String output;
    private final WeekSelection selection;
    private final double price;
    private final String retryCommand;

    WritePageFn(Inputs in) {
      this.output = in.output();
      this.selection = in.selection();
      this.price = in.pricePerMillionChars();
      this.retryCommand = in.retryCommand();
    }

    @ProcessElement
    public void process(@Element List<AbstractOutcome> outcomes) throws IOException {
      ReportData.Builder builder = ReportData.builder();
      outcomes.forEach(builder::add);
      ReportData data =
          builder
              .selection(selection)
              .pricePerMillionChars(price)
              .outputDir(output)
              .retryCommand(retryCommand)
              .build();
      OutputFiles.write(
          OutputFiles.file(output, OutputLayout.REPORT),
          HtmlReport.render(data).getBytes(StandardCharsets.UTF_8),
          "text/html; charset=utf-8");
      String console = ConsoleSummary.render(data);
      if (nothingSelected(data.totals().counts().files(), selection)) {
        console += NOTHING_SELECTED + "\n";
      }
      OutputFiles.write(
          OutputFiles.file(output, OutputLayout.CONSOLE_SUMMARY),
          console.getBytes(StandardCharsets.UTF_8),
          "text/plain; charset=utf-8");
    }
  }

  static class WriteSummaryFn extends DoFn<RunTotals, Void> {
    private final String output;
    private final WeekSelection selection;

    WriteSummaryFn(String output, WeekSelection selection) {
      this.output = output;
      this.selection = selection;
    }

    @ProcessElement
    public void process(@Element RunTotals totals) throws IOException {
      ObjectNode summary = JSON.valueToTree(totals.counts());
      WeeksSeen.addTo(summary, totals.weeks(), selection);
      if (nothingSelected(totals.counts().files(), selection)) {
        summary.put("message", NOTHING_SELECTED);
      }
      byte[] json = (JSON.writeValueAsString(summary) + "\n").getBytes(StandardCharsets.UTF_8);
      OutputFiles.write(
          OutputFiles.file(output, OutputLayout.SUMMARY), json, "application/json; charset=utf-8");
    }
  }

  /**
   * One JSON line per failure, in sorted order (lines start with the file), so reruns write
   * identical reports.
   */
  static class WriteFailuresFn extends DoFn<List<String>, Void> {
    private final String output;

    WriteFailuresFn(String output) {
      this.output = output;
    }

    @ProcessElement
    public void process(@Element List<String> lines) throws IOException {
      StringBuilder text = new StringBuilder();
      lines.stream().sorted().forEach(line -> text.append(line).append('\n'));
      OutputFiles.write(
          OutputFiles.file(output, OutputLayout.FAILURES),
          text.toString().getBytes(StandardCharsets.UTF_8),
          "application/jsonl; charset=utf-8");
    }
  }
}
