package com.digesttranslator.pipeline.cache;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.translate.quality.QualityGate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Looks every abstract up in the translation cache, by {@link TranslationKey}: see {@link Result}
 * for what comes out. The cache is a side input rather than a join: a join would key every abstract
 * separately, and the Direct Runner would then feed the shard grouping one tiny bundle per
 * abstract, copying the growing group each time.
 */
public class LookUpCache extends PTransform<PCollection<AbstractTask>, LookUpCache.Result> {
  private final TranslationKey keys;
  private final QualityGate gate;
  private final String cacheDir;

  /**
   * @param gate today's quality gate: a cached translation it rejects counts as not cached
   */
  public LookUpCache(TranslationKey keys, QualityGate gate, String cacheDir) {
    this.keys = keys;
    this.gate = gate;
    this.cacheDir = cacheDir;
  }

  @Override
  public Result expand(PCollection<AbstractTask> tasks) {
    PCollectionView<Map<String, Iterable<String>>> cache =
        tasks
            .getPipeline()
            .apply("ReadCache", new ReadTranslationCache(cacheDir))
            .apply("CacheView", View.asMultimap());
    PCollectionTuple looked =
        tasks.apply(
            "LookUp",
            ParDo.of(new LookUpCacheFn(keys, gate, cache))
                .withSideInputs(cache)
                .withOutputTags(LookUpCacheFn.HITS, TupleTagList.of(LookUpCacheFn.PENDING)));
    return new Result(looked);
  }

  /** The abstracts the cache answered, and those still to translate. */
  public static final class Result implements POutput {
    private final Pipeline pipeline;
    private final PCollection<AbstractOutcome> hits;
    private final PCollection<PendingText> pending;

    private Result(PCollectionTuple looked) {
      this.pipeline = looked.getPipeline();
      this.hits = looked.get(LookUpCacheFn.HITS);
      this.pending = looked.get(LookUpCacheFn.PENDING);
    }

    /**
     * Outcomes of the abstracts whose text an earlier run translated, where that translation still
     * passes the quality gate.
     */
    public PCollection<AbstractOutcome> getHits() {
      return hits;
    }

    /** The other abstracts, each with its text's cache key. */
    public PCollection<PendingText> getPending() {
      return pending;
    }

    @Override
    public Pipeline getPipeline() {
      return pipeline;
    }

    @Override
    public Map<TupleTag<?>, PValue> expand() {
      Map<TupleTag<?>, PValue> outputs = new LinkedHashMap<>();
      outputs.put(LookUpCacheFn.HITS, hits);
      outputs.put(LookUpCacheFn.PENDING, pending);
      return outputs;
    }

    @Override
    public void finishSpecifyingOutput(
        String transformName, PInput input, PTransform<?, ?> transform) {}
  }
}
