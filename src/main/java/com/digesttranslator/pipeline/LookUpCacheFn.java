package com.digesttranslator.pipeline;

import java.util.Iterator;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Looks an abstract's text up in the translation cache (a side input): a cached translation is an
 * outcome at once; otherwise the abstract goes on, with its key, to be translated.
 */
class LookUpCacheFn extends DoFn<AbstractTask, AbstractOutcome> {
  static final TupleTag<AbstractOutcome> HITS = new TupleTag<>() {};
  static final TupleTag<PendingText> PENDING = new TupleTag<>() {};

  private final TranslationKey keys;
  private final PCollectionView<Map<String, Iterable<String>>> cache;
  private final Counter hits = Metrics.counter(LookUpCacheFn.class, "cache_hits");

  LookUpCacheFn(TranslationKey keys, PCollectionView<Map<String, Iterable<String>>> cache) {
    this.keys = keys;
    this.cache = cache;
  }

  @ProcessElement
  public void process(@Element AbstractTask task, ProcessContext context) {
    String key = keys.of(task.text());
    Iterable<String> cached = context.sideInput(cache).get(key);
    Iterator<String> translation = cached == null ? null : cached.iterator();
    if (translation != null && translation.hasNext()) {
      hits.inc();
      context.output(HITS, AbstractOutcome.fromCache(task, translation.next()));
    } else {
      context.output(PENDING, new PendingText(key, task));
    }
  }
}
