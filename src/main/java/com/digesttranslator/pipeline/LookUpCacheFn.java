package com.digesttranslator.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * For one translation key: the abstracts that carry its text, and what the cache holds for it. A
 * cached translation becomes outcomes at once; otherwise the text goes on, once, to be translated.
 */
class LookUpCacheFn extends DoFn<KV<String, CoGbkResult>, AbstractOutcome> {
  static final TupleTag<AbstractOutcome> HITS = new TupleTag<>() {};
  static final TupleTag<PendingText> PENDING = new TupleTag<>() {};

  private final TupleTag<AbstractTask> taskTag;
  private final TupleTag<String> cacheTag;
  private final Counter hits = Metrics.counter(LookUpCacheFn.class, "cache_hits");
  private final Counter duplicates = Metrics.counter(LookUpCacheFn.class, "duplicate_abstracts");

  LookUpCacheFn(TupleTag<AbstractTask> taskTag, TupleTag<String> cacheTag) {
    this.taskTag = taskTag;
    this.cacheTag = cacheTag;
  }

  @ProcessElement
  public void process(@Element KV<String, CoGbkResult> joined, MultiOutputReceiver out) {
    List<AbstractTask> tasks = new ArrayList<>();
    joined.getValue().getAll(taskTag).forEach(tasks::add);
    if (tasks.isEmpty()) {
      return;
    }
    duplicates.inc(tasks.size() - 1L);
    Iterator<String> cached = joined.getValue().getAll(cacheTag).iterator();
    if (cached.hasNext()) {
      String translation = cached.next();
      hits.inc(tasks.size());
      tasks.forEach(task -> out.get(HITS).output(AbstractOutcome.fromCache(task, translation)));
    } else {
      tasks.sort(java.util.Comparator.comparing(AbstractTask::path).thenComparingInt(AbstractTask::entryIndex));
      out.get(PENDING).output(new PendingText(joined.getKey(), tasks.get(0).text(), tasks));
    }
  }
}
