package com.digesttranslator.pipeline;

import com.digesttranslator.pipeline.cache.LookUpCache;
import com.digesttranslator.pipeline.cache.LookUpCacheFn;
import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.pipeline.io.OutputFiles;
import com.digesttranslator.pipeline.io.OutputLayout;
import com.digesttranslator.publish.OutputFormat;
import com.digesttranslator.translate.resilience.RetryPolicy;
import java.io.IOException;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
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
    try {
      OutputFiles.removeTemporaries(options.getOutput());
    } catch (IOException e) {
      LOG.warn("Could not remove temporary files an earlier run left under {}: {}",
          options.getOutput(), e.getMessage());
    }
    WeekSelection weeks = WeekSelection.parse(options.getWeeks());
    PCollectionTuple parsed = pipeline.apply("ReadDigests",
        new ReadDigests(options.getInput(), options.getTargetLanguage(), weeks));
    PCollectionTuple looked = parsed.get(ParseDigestFn.TASKS)
        .apply("LookUpCache", new LookUpCache(setup.keys(), setup.gate(), cacheDir(options)));
    PCollection<PendingText> pending = looked.get(LookUpCacheFn.PENDING);
    PCollection<AbstractOutcome> known =
        PCollectionList.of(parsed.get(ParseDigestFn.OUTCOMES)).and(looked.get(LookUpCacheFn.HITS))
            .apply("KnownOutcomes", Flatten.pCollections());
    if (options.getDryRun()) {
      PCollection<RunCounts> counts = PCollectionList.of(parsed.get(ParseDigestFn.FILE_COUNTS))
          .and(known.apply("CountKnown", MapElements.into(TypeDescriptor.of(RunCounts.class)).via(RunCounts::of)))
          .apply("AllCounts", Flatten.pCollections());
      pending.apply("Estimate", new EstimateRun(new EstimateRun.Inputs(counts, parsed.get(ParseDigestFn.WEEKS),
          weeks, setup.limits(), options.getPricePerMillionChars(), options.getOutput())));
      return;
    }
    PCollection<AbstractOutcome> translated = pending.apply("TranslateAbstracts",
        new TranslateAbstracts(new TranslateAbstracts.Settings(setup.translators(), setup.gate(),
            RetryPolicy.withMaxAttempts(options.getMaxAttempts()), options.getMaxConcurrentRequests(),
            cacheDir(options), options.getRunId())));
    PCollection<AbstractOutcome> outcomes =
        PCollectionList.of(known).and(translated).apply("AllOutcomes", Flatten.pCollections());
    outcomes.apply("WriteDigests",
        new WriteTranslatedDigests(parsed.get(ParseDigestFn.SOURCES), options.getOutput(),
            options.getTargetLanguage(), OutputFormat.parseList(options.getFormats())));
    outcomes.apply("WriteReport", new WriteRunReport(new WriteRunReport.Inputs(
        parsed.get(ParseDigestFn.FILE_COUNTS), parsed.get(ParseDigestFn.WEEKS), weeks, options.getOutput(),
        options.getPricePerMillionChars(), options.getCommandLine())));
  }

  static String cacheDir(DigestTranslatorOptions options) {
    return options.getCacheDir() != null && !options.getCacheDir().isBlank()
        ? options.getCacheDir()
        : OutputFiles.directory(options.getOutput())
            .resolve(OutputLayout.CACHE, StandardResolveOptions.RESOLVE_DIRECTORY).toString();
  }
}
