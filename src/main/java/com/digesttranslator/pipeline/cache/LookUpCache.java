package com.digesttranslator.pipeline.cache;

import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.translate.quality.QualityGate;
import java.util.Map;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Looks every abstract up in the translation cache, by {@link TranslationKey}. Outputs
 * {@link LookUpCacheFn#HITS} (outcomes for texts an earlier run translated, if the translation
 * still passes the quality gate) and
 * {@link LookUpCacheFn#PENDING} (the others). The cache is a side input rather than a join: a join
 * would key every abstract separately, and the Direct Runner would then feed the shard grouping
 * one tiny bundle per abstract, copying the growing group each time.
 */
public class LookUpCache extends PTransform<PCollection<AbstractTask>, PCollectionTuple> {
  private final TranslationKey keys;
  private final QualityGate gate;
  private final String cacheDir;

  /** @param gate today's quality gate: a cached translation it rejects counts as not cached */
  public LookUpCache(TranslationKey keys, QualityGate gate, String cacheDir) {
    this.keys = keys;
    this.gate = gate;
    this.cacheDir = cacheDir;
  }

  @Override
  public PCollectionTuple expand(PCollection<AbstractTask> tasks) {
    PCollectionView<Map<String, Iterable<String>>> cache = tasks.getPipeline()
        .apply("ReadCache", new ReadTranslationCache(cacheDir))
        .apply("CacheView", View.asMultimap());
    return tasks.apply("LookUp", ParDo.of(new LookUpCacheFn(keys, gate, cache))
        .withSideInputs(cache)
        .withOutputTags(LookUpCacheFn.HITS, TupleTagList.of(LookUpCacheFn.PENDING)));
  }
}
