package com.digesttranslator.pipeline.shard;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.pipeline.cache.LookUpCache;
import com.digesttranslator.translate.provider.TranslatorFactory;
import com.digesttranslator.translate.quality.QualityGate;
import com.digesttranslator.translate.resilience.RetryPolicy;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Translates the abstracts whose texts no earlier run obtained (see {@link LookUpCache}) with <b>at
 * most {@link Settings#maxInFlight} requests in flight across the whole job</b>, on any runner,
 * however many workers and threads it uses.
 *
 * <p>Why it holds: a semaphore in a DoFn would bound one worker only, so the bound comes from the
 * data instead.
 *
 * <ol>
 *   <li>the distinct pending texts are planned onto {@code maxInFlight} shard keys ({@link
 *       ShardPlanner}, balanced by length, since the job is only as fast as its busiest shard);
 *   <li>the texts are grouped by shard key, so a shard is one element, handled by one DoFn call;
 *   <li>that call ({@link TranslateShardFn}, through {@link ShardTranslator}) sends one request at
 *       a time and waits for its reply before the next.
 * </ol>
 *
 * <p>So each of the {@code maxInFlight} shards has at most one request in flight, whatever the
 * runner's parallelism. All copies of a text share its key and so a shard, where it is requested
 * once. Every new translation is journaled to the cache as it arrives.
 */
public class TranslateAbstracts
    extends PTransform<PCollection<PendingText>, PCollection<AbstractOutcome>> {

  /**
   * Everything the translating step needs, serialized with the pipeline.
   *
   * @param maxInFlight the most requests in flight across the job ({@code
   *     --maxConcurrentRequests}), which is the number of shards
   */
  public record Settings(
      TranslatorFactory translators,
      QualityGate gate,
      RetryPolicy policy,
      int maxInFlight,
      String cacheDir,
      String runId)
      implements Serializable {}

  private final Settings settings;

  public TranslateAbstracts(Settings settings) {
    this.settings = settings;
  }

  @Override
  public PCollection<AbstractOutcome> expand(PCollection<PendingText> pending) {
    PCollectionView<Map<String, Integer>> plan =
        pending.apply(
            "PlanShards",
            Combine.globally(new PlanShardsFn(settings.maxInFlight())).asSingletonView());
    return pending
        .apply("AssignShard", ParDo.of(new AssignShardFn(plan)).withSideInputs(plan))
        .setCoder(KvCoder.of(VarIntCoder.of(), pending.getCoder()))
        .apply("GroupByShard", GroupByKey.create())
        .apply("TranslateShard", ParDo.of(new TranslateShardFn(settings)));
  }

  /** Collects each pending text's length, then plans the shards. */
  public static class PlanShardsFn
      extends Combine.CombineFn<PendingText, HashMap<String, Integer>, Map<String, Integer>> {
    private final int shards;

    PlanShardsFn(int shards) {
      this.shards = shards;
    }

    @Override
    public HashMap<String, Integer> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public HashMap<String, Integer> addInput(HashMap<String, Integer> acc, PendingText text) {
      acc.put(text.key(), text.text().length());
      return acc;
    }

    @Override
    public HashMap<String, Integer> mergeAccumulators(Iterable<HashMap<String, Integer>> accs) {
      HashMap<String, Integer> all = new HashMap<>();
      accs.forEach(all::putAll);
      return all;
    }

    @Override
    public Map<String, Integer> extractOutput(HashMap<String, Integer> acc) {
      return ShardPlanner.plan(acc, shards);
    }

    @Override
    public Coder<HashMap<String, Integer>> getAccumulatorCoder(
        CoderRegistry registry, Coder<PendingText> input) {
      return SerializableCoder.of(new TypeDescriptor<HashMap<String, Integer>>() {});
    }

    @Override
    public Coder<Map<String, Integer>> getDefaultOutputCoder(
        CoderRegistry registry, Coder<PendingText> input) {
      return MapCoder.of(StringUtf8Coder.of(), VarIntCoder.of());
    }
  }

  /** Keys each pending text by its planned shard. */
  static class AssignShardFn extends DoFn<PendingText, KV<Integer, PendingText>> {
    private final PCollectionView<Map<String, Integer>> plan;

    AssignShardFn(PCollectionView<Map<String, Integer>> plan) {
      this.plan = plan;
    }

    @ProcessElement
    public void process(@Element PendingText text, ProcessContext context) {
      context.output(KV.of(context.sideInput(plan).get(text.key()), text));
    }
  }
}
