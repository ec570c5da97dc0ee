package com.digesttranslator.pipeline;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Keys abstracts by {@link TranslationKey} and joins them with the translation cache. Outputs
 * {@link LookUpCacheFn#HITS} (outcomes for texts an earlier run translated) and
 * {@link LookUpCacheFn#PENDING} (each other distinct text once, with all its abstracts), so the
 * same abstract in several weeks is requested once and nothing is paid for twice.
 */
public class LookUpCache extends PTransform<PCollection<AbstractTask>, PCollectionTuple> {
  private final TranslationKey keys;
  private final String cacheDir;

  public LookUpCache(TranslationKey keys, String cacheDir) {
    this.keys = keys;
    this.cacheDir = cacheDir;
  }

  @Override
  public PCollectionTuple expand(PCollection<AbstractTask> tasks) {
    TranslationKey keyOf = keys;
    TupleTag<AbstractTask> taskTag = new TupleTag<>();
    TupleTag<String> cacheTag = new TupleTag<>();
    PCollection<KV<String, AbstractTask>> byKey = tasks.apply("KeyByText",
        WithKeys.of((AbstractTask t) -> keyOf.of(t.text())).withKeyType(TypeDescriptors.strings()));
    PCollection<KV<String, String>> cache =
        tasks.getPipeline().apply("ReadCache", new ReadTranslationCache(cacheDir));
    return KeyedPCollectionTuple.of(taskTag, byKey).and(cacheTag, cache)
        .apply("JoinCache", CoGroupByKey.create())
        .apply("LookUpCache", ParDo.of(new LookUpCacheFn(taskTag, cacheTag))
            .withOutputTags(LookUpCacheFn.HITS, TupleTagList.of(LookUpCacheFn.PENDING)));
  }
}
