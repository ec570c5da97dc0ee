package com.digesttranslator.pipeline;

import com.digesttranslator.translate.RetryPolicy;
import com.digesttranslator.translate.TranslatorFactory;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The job's graph: read and parse digests → translate the abstracts that need it, with a global
 * bound on requests in flight → write translated digests, {@code failures.jsonl} and
 * {@code summary.json}. Runner-independent; runner tuning lives in {@link Main}.
 */
public final class DigestTranslationPipeline {
  private DigestTranslationPipeline() {}

  public static void build(Pipeline pipeline, DigestTranslatorOptions options, TranslatorFactory translators) {
    PCollectionTuple parsed =
        pipeline.apply("ReadDigests", new ReadDigests(options.getInput(), options.getTargetLanguage()));
    PCollection<AbstractOutcome> translated =
        parsed.get(ParseDigestFn.TASKS)
            .apply("TranslateAbstracts", new TranslateAbstracts(translators,
                RetryPolicy.withMaxAttempts(options.getMaxAttempts()),
                options.getMaxConcurrentRequests(), options.getRunId()));
    PCollection<AbstractOutcome> outcomes =
        PCollectionList.of(parsed.get(ParseDigestFn.OUTCOMES)).and(translated)
            .apply("AllOutcomes", Flatten.pCollections());
    translated.apply("WriteDigests",
        new WriteTranslatedDigests(parsed.get(ParseDigestFn.SOURCES), options.getOutput(),
            options.getTargetLanguage()));
    outcomes.apply("WriteReport", new WriteRunReport(parsed.get(ParseDigestFn.FILE_COUNTS), options.getOutput()));
  }
}
