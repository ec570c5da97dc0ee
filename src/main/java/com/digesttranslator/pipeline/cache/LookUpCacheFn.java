package com.digesttranslator.pipeline.cache;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.translate.quality.QualityGate;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks an abstract's text up in the translation cache (a side input): a cached translation that
 * passes today's quality gate is an outcome at once; otherwise the abstract goes on, with its key,
 * to be translated. Entries under the key's earlier layout are found too where that key meant the
 * same ({@link TranslationKey#earlierOf}). The gate is applied again because it may have become
 * stricter since the entry was journaled: a translation it now rejects would otherwise be served
 * for ever.
 */
class LookUpCacheFn extends DoFn<AbstractTask, AbstractOutcome> {
  /** Its outputs: named by {@link LookUpCache} alone, read by others as its {@code Result}. */
  static final TupleTag<AbstractOutcome> HITS = new TupleTag<>() {};

  static final TupleTag<PendingText> PENDING = new TupleTag<>() {};

  private static final Logger LOG = LoggerFactory.getLogger(LookUpCacheFn.class);
  private final TranslationKey keys;
  private final QualityGate gate;
  private final PCollectionView<Map<String, Iterable<String>>> cache;
  private final Counter hits = Metrics.counter(LookUpCacheFn.class, "cache_hits");
  private final Counter earlierLayoutHits =
      Metrics.counter(LookUpCacheFn.class, "cache_hits_earlier_key_layout");
  private final Counter rejected =
      Metrics.counter(LookUpCacheFn.class, "cache_entries_rejected_by_gate");

  LookUpCacheFn(
      TranslationKey keys, QualityGate gate, PCollectionView<Map<String, Iterable<String>>> cache) {
    this.keys = keys;
    this.gate = gate;
    this.cache = cache;
  }

  @ProcessElement
  public void process(@Element AbstractTask task, ProcessContext context) {
    String key = keys.of(task.text());
    Map<String, Iterable<String>> entries = context.sideInput(cache);
    Optional<String> usable = firstPassing(task, key, entries.get(key));
    Optional<String> earlier = keys.earlierOf(task.text());
    if (usable.isEmpty() && earlier.isPresent()) {
      usable = firstPassing(task, earlier.get(), entries.get(earlier.get()));
      usable.ifPresent(found -> earlierLayoutHits.inc());
    }
    if (usable.isPresent()) {
      hits.inc();
      context.output(HITS, AbstractOutcome.fromCache(task, usable.get()));
    } else {
      context.output(PENDING, new PendingText(key, task));
    }
  }

  private Optional<String> firstPassing(AbstractTask task, String key, Iterable<String> cached) {
    if (cached == null) {
      return Optional.empty();
    }
    for (String translation : cached) {
      Optional<String> problem = gate.problem(task.text(), translation);
      if (problem.isEmpty()) {
        return Optional.of(translation);
      }
      rejected.inc();
      LOG.info(
          "Not reusing the cached translation of {} #{} (key {}…): {}; translating it again",
          task.path(),
          task.rank(),
          key.substring(0, 12),
          problem.get());
    }
    return Optional.empty();
  }
}
