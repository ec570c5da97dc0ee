package com.digesttranslator.pipeline;

import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.pipeline.io.OutputFiles;
import com.digesttranslator.pipeline.io.OutputLayout;
import com.digesttranslator.translate.RequestLimits;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The dry run's end: instead of translating, sums what would be sent and writes {@code
 * OUTPUT/dry-run.json} (files, weeks, abstracts to translate and to reuse, characters, requests,
 * estimated cost).
 */
public class EstimateRun extends PTransform<PCollection<PendingText>, PDone> {
  /** What the estimate is computed from, besides the pending texts. */
  public record Inputs(
      PCollection<RunCounts> counts,
      PCollection<String> weeks,
      WeekSelection selection,
      RequestLimits limits,
      double pricePerMillionChars,
      String output) {}

  private final Inputs in;

  public EstimateRun(Inputs in) {
    this.in = in;
  }

  @Override
  public PDone expand(PCollection<PendingText> pending) {
    RequestLimits limits = in.limits();
    PCollectionView<List<String>> weeks = in.weeks().apply("WeeksView", View.asList());
    PCollection<DryRunTally> fromPending =
        pending.apply("TallyPending", Combine.globally(new TallyPendingFn(limits)));
    PCollection<DryRunTally> fromCounts =
        in.counts()
            .apply(
                "TallyCounts",
                MapElements.into(TypeDescriptor.of(DryRunTally.class)).via(DryRunTally::of));
    PCollectionList.of(fromPending)
        .and(fromCounts)
        .apply("AllTallies", Flatten.pCollections())
        .apply(
            "Sum",
            Combine.globally(
                    (SerializableBiFunction<DryRunTally, DryRunTally, DryRunTally>)
                        DryRunTally::plus)
                .withoutDefaults())
        .apply("WriteEstimate", ParDo.of(new WriteEstimateFn(in, weeks)).withSideInputs(weeks));
    return PDone.in(pending.getPipeline());
  }

  /** Counts every pending abstract, but characters and requests once per distinct text. */
  static class TallyPendingFn
      extends Combine.CombineFn<PendingText, HashMap<String, long[]>, DryRunTally> {
    private final RequestLimits limits;

    TallyPendingFn(RequestLimits limits) {
      this.limits = limits;
    }

    @Override
    public HashMap<String, long[]> createAccumulator() {
      return new HashMap<>();
    }

    /** key → {copies, text length, pieces}. */
    @Override
    public HashMap<String, long[]> addInput(HashMap<String, long[]> acc, PendingText pending) {
      acc.computeIfAbsent(
              pending.key(),
              k -> {
                DryRunTally one = DryRunTally.of(pending.text(), 0, limits);
                return new long[] {0, one.characters(), one.pieces()};
              })[0]++;
      return acc;
    }

    @Override
    public HashMap<String, long[]> mergeAccumulators(Iterable<HashMap<String, long[]>> accs) {
      HashMap<String, long[]> all = new HashMap<>();
      for (HashMap<String, long[]> acc : accs) {
        acc.forEach((key, v) -> all.merge(key, v, (a, b) -> new long[] {a[0] + b[0], a[1], a[2]}));
      }
      return all;
    }

    @Override
    public DryRunTally extractOutput(HashMap<String, long[]> acc) {
      DryRunTally sum = DryRunTally.ZERO;
      for (long[] v : acc.values()) {
        sum = sum.plus(new DryRunTally(0, 0, v[0], v[0], 1, 0, 0, 0, v[1], v[2]));
      }
      return sum;
    }

    @Override
    public Coder<HashMap<String, long[]>> getAccumulatorCoder(
        CoderRegistry registry, Coder<PendingText> input) {
      return SerializableCoder.of(new TypeDescriptor<HashMap<String, long[]>>() {});
    }
  }

  static class WriteEstimateFn extends DoFn<DryRunTally, Void> {
    private static final ObjectMapper JSON =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final WeekSelection selection;
    private final RequestLimits limits;
    private final double price;
    private final String output;
    private final PCollectionView<List<String>> weeks;

    WriteEstimateFn(Inputs in, PCollectionView<List<String>> weeks) {
      this.selection = in.selection();
      this.limits = in.limits();
      this.price = in.pricePerMillionChars();
      this.output = in.output();
      this.weeks = weeks;
    }

    @ProcessElement
    public void process(@Element DryRunTally tally, ProcessContext context) throws IOException {
      ObjectNode report = JSON.valueToTree(tally);
      report.remove("pieces");
      WeeksSeen.addTo(report, context.sideInput(weeks), selection);
      report.put("requests", tally.requests(limits));
      report.put("pricePerMillionChars", price);
      report.put("estimatedCost", Math.round(tally.characters() * price / 1e4) / 100.0);
      if (WriteRunReport.nothingSelected(tally.files(), selection)) {
        report.put("message", WriteRunReport.NOTHING_SELECTED);
      }
      OutputFiles.write(
          OutputFiles.file(output, OutputLayout.DRY_RUN),
          (JSON.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8),
          "application/json; charset=utf-8");
    }
  }
}
