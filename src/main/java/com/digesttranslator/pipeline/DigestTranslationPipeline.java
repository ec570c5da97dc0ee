package com.digesttranslator.pipeline;

import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.pipeline.cache.LookUpCache;
import com.digesttranslator.pipeline.coders.OutcomeCoders;
import com.digesttranslator.pipeline.io.OutputFiles;
import com.digesttranslator.pipeline.io.OutputLayout;
import com.digesttranslator.pipeline.shard.TranslateAbstracts;
import com.digesttranslator.publish.OutputFormat;
import com.digesttranslator.translate.resilience.RetryPolicy;
import java.io.IOException;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's graph: read and parse the selected digests → look the abstracts up in the translation
 * cache → translate the rest with a global bound on requests in flight → write translated digests,
 * {@code failures.jsonl} and {@code summary.json}. A dry run stops after the lookup and writes an
 * estimate instead. Runner-independent; runner tuning lives in {@link Main}.
 */
public final class DigestTranslationPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(DigestTranslationPipeline.class);

  private DigestTranslationPipeline() {}

  public static void build(Pipeline pipeline, DigestTranslatorOptions options, JobSetup setup) {
    OutcomeCoders.registerIn(pipeline.getCoderRegistry());
    try {
      OutputFiles.removeTemporaries(options.getOutput());
    } catch (IOException e) {
      LOG.warn(
          "Could not remove temporary files an earlier run left under {}: {}",
          options.getOutput(),
          e.getMessage());
    }
    WeekSelection weeks = WeekSelection.parse(options.getWeeks());
    ReadDigests.Result read =
        pipeline.apply(
            "ReadDigests", new ReadDigests(options.getInput(), options.getTargetLanguage(), weeks));
    LookUpCache.Result looked =
        read.getTasks()
            .apply("LookUpCache", new LookUpCache(setup.keys(), setup.gate(), cacheDir(options)));
    PCollection<AbstractOutcome> known =
        PCollectionList.of(read.getKnownOutcomes())
            .and(looked.getHits())
            .apply("KnownOutcomes", Flatten.pCollections());
    if (options.getDryRun()) {
      PCollection<RunCounts> counts =
          PCollectionList.of(read.getFileCounts())
              .and(
                  known.apply(
                      "CountKnown",
                      MapElements.into(TypeDescriptor.of(RunCounts.class)).via(RunCounts::of)))
              .apply("AllCounts", Flatten.pCollections());
      looked
          .getPending()
          .apply(
              "Estimate",
              new EstimateRun(
                  new EstimateRun.Inputs(
                      counts,
                      read.getWeeks(),
                      weeks,
                      setup.limits(),
                      options.getPricePerMillionChars(),
                      options.getOutput())));
      return;
    }
    PCollection<AbstractOutcome> translated =
        looked
            .getPending()
            .apply(
                "TranslateAbstracts",
                new TranslateAbstracts(
                    new TranslateAbstracts.Settings(
                        setup.translators(),
                        setup.gate(),
                        RetryPolicy.withMaxAttempts(options.getMaxAttempts()),
                        options.getMaxConcurrentRequests(),
                        cacheDir(options),
                        options.getRunId())));
    PCollection<AbstractOutcome> outcomes =
        PCollectionList.of(known).and(translated).apply("AllOutcomes", Flatten.pCollections());
    outcomes.apply(
        "WriteDigests",
        new WriteTranslatedDigests(
            read.getSources(),
            options.getOutput(),
            options.getTargetLanguage(),
            OutputFormat.parseList(options.getFormats())));
    outcomes.apply(
        "WriteReport",
        new WriteRunReport(
            new WriteRunReport.Inputs(
                weeks,
                options.getOutput(),
                options.getPricePerMillionChars(),
                options.getCommandLine())));
  }

  static String cacheDir(DigestTranslatorOptions options) {
    return options.getCacheDir() != null && !options.getCacheDir().isBlank()
        ? options.getCacheDir()
        : OutputFiles.directory(options.getOutput())
            .resolve(OutputLayout.CACHE, StandardResolveOptions.RESOLVE_DIRECTORY)
            .toString();
  }
}
