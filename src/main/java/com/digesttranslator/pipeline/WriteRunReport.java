package com.digesttranslator.pipeline;

import com.digesttranslator.pipeline.io.OutputFiles;
import com.digesttranslator.pipeline.io.OutputLayout;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.report.AbstractRow;
import com.digesttranslator.report.ConsoleSummary;
import com.digesttranslator.report.HtmlReport;
import com.digesttranslator.report.ReportData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Writes {@code summary.json} (counts from the outcomes themselves, so they are exact),
 * {@code failures.jsonl} (one line per abstract or file not translated, sorted so that reruns
 * produce identical reports), {@code report.html} and the end-of-run summary text.
 */
public class WriteRunReport extends PTransform<PCollection<AbstractOutcome>, PDone> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What the report needs besides the outcomes. */
  public record Inputs(
      PCollection<RunCounts> fileCounts, PCollection<String> weeks, WeekSelection selection, String output,
      double pricePerMillionChars, String retryCommand) {}

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
    PCollectionView<List<String>> weeksView = in.weeks().apply("WeeksView", View.asList());
    PCollection<RunCounts> abstractCounts =
        outcomes.apply("CountOutcome", MapElements.into(TypeDescriptor.of(RunCounts.class)).via(RunCounts::of));
    // A zero among the counts, so that a run that selected no file still writes its own summary
    // rather than none (which left an earlier run's summary.json to be read).
    PCollection<RunCounts> zero =
        outcomes.getPipeline().apply("NoCounts", Create.of(RunCounts.ZERO));
    PCollectionList.of(in.fileCounts()).and(abstractCounts).and(zero)
        .apply("AllCounts", Flatten.pCollections())
        .apply("Sum", Combine.globally((SerializableBiFunction<RunCounts, RunCounts, RunCounts>) RunCounts::plus)
            .withoutDefaults())
        .apply("WriteSummary", ParDo.of(new WriteSummaryFn(output, in.selection(), weeksView)).withSideInputs(weeksView));
    outcomes
        .apply("OnlyFailures", Filter.by((AbstractOutcome o) ->
            o.status() == AbstractOutcome.Status.FAILED || o.status() == AbstractOutcome.Status.BAD_FILE))
        .apply("ToJson", MapElements.into(TypeDescriptor.of(String.class))
            .via((AbstractOutcome o) -> FailureRecord.of(o).toJson()))
        .apply("CollectFailures", Combine.globally(new CollectAll<String>()))
        .apply("WriteFailures", ParDo.of(new WriteFailuresFn(output)));
    outcomes
        .apply("ToReportRow", MapElements.into(TypeDescriptor.of(AbstractRow.class)).via(AbstractOutcome::toReportRow))
        .setCoder(SerializableCoder.of(AbstractRow.class))
        .apply("CollectRows", Combine.globally(new CollectAll<AbstractRow>()))
        .apply("WritePage", ParDo.of(new WritePageFn(in, weeksView)).withSideInputs(weeksView));
    return PDone.in(outcomes.getPipeline());
  }

  /** Writes report.html and the end-of-run summary that {@link Main} prints. */
  static class WritePageFn extends DoFn<List<AbstractRow>, Void> {
    private final String output;
    private final WeekSelection selection;
    private final double price;
    private final String retryCommand;
    private final PCollectionView<List<String>> weeks;

    WritePageFn(Inputs in, PCollectionView<List<String>> weeks) {
      this.output = in.output();
      this.selection = in.selection();
      this.price = in.pricePerMillionChars();
      this.retryCommand = in.retryCommand();
      this.weeks = weeks;
    }

    @ProcessElement
    public void process(@Element List<AbstractRow> rows, ProcessContext context) throws IOException {
      ObjectNode weekFacts = JSON.createObjectNode();
      WeeksSeen.addTo(weekFacts, context.sideInput(weeks), selection);
      List<String> unmatched = new ArrayList<>();
      weekFacts.path("unmatchedWeeks").forEach(w -> unmatched.add(w.asText()));
      ReportData.Builder builder = ReportData.builder();
      rows.forEach(builder::add);
      ReportData data = builder.unmatchedWeeks(unmatched).pricePerMillionChars(price)
          .outputDir(output).retryCommand(retryCommand).build();
      OutputFiles.write(OutputFiles.file(output, OutputLayout.REPORT),
          HtmlReport.render(data).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
      String console = ConsoleSummary.render(data);
      if (rows.isEmpty() && nothingSelected(context.sideInput(weeks).size(), selection)) {
        console += NOTHING_SELECTED + "\n";
      }
      OutputFiles.write(OutputFiles.file(output, OutputLayout.CONSOLE_SUMMARY),
          console.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }
  }

  static class WriteSummaryFn extends DoFn<RunCounts, Void> {
    private final String output;
    private final WeekSelection selection;
    private final PCollectionView<List<String>> weeks;

    WriteSummaryFn(String output, WeekSelection selection, PCollectionView<List<String>> weeks) {
      this.output = output;
      this.selection = selection;
      this.weeks = weeks;
    }

    @ProcessElement
    public void process(@Element RunCounts counts, ProcessContext context) throws IOException {
      ObjectNode summary = JSON.valueToTree(counts);
      WeeksSeen.addTo(summary, context.sideInput(weeks), selection);
      if (nothingSelected(counts.files(), selection)) {
        summary.put("message", NOTHING_SELECTED);
      }
      byte[] json = (JSON.writeValueAsString(summary) + "\n").getBytes(StandardCharsets.UTF_8);
      OutputFiles.write(OutputFiles.file(output, OutputLayout.SUMMARY), json,
          "application/json; charset=utf-8");
    }
  }

  /** One JSON line per failure, in sorted order (lines start with the file), so reruns write identical reports. */
  static class WriteFailuresFn extends DoFn<List<String>, Void> {
    private final String output;

    WriteFailuresFn(String output) {
      this.output = output;
    }

    @ProcessElement
    public void process(@Element List<String> lines) throws IOException {
      StringBuilder text = new StringBuilder();
      lines.stream().sorted().forEach(line -> text.append(line).append('\n'));
      OutputFiles.write(OutputFiles.file(output, OutputLayout.FAILURES),
          text.toString().getBytes(StandardCharsets.UTF_8), "application/jsonl; charset=utf-8");
    }
  }

}
