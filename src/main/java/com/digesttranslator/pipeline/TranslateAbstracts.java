package com.digesttranslator.pipeline;

import com.digesttranslator.translate.RetryPolicy;
import com.digesttranslator.translate.TranslatorFactory;
import java.util.HashMap;
import java.util.Map;
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
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Translates abstracts with a global bound on requests in flight: every distinct text is planned
 * onto one of {@code shards} keys ({@link ShardPlanner}, balanced by length; duplicates share a
 * key), abstracts are grouped per key, and each group is translated one request at a time by
 * {@link TranslateShardFn}. So at most {@code shards} requests are in flight on any runner.
 */
public class TranslateAbstracts extends PTransform<PCollection<AbstractTask>, PCollection<AbstractOutcome>> {
  private final TranslatorFactory factory;
  private final RetryPolicy policy;
  private final int shards;
  private final String runId;

  public TranslateAbstracts(TranslatorFactory factory, RetryPolicy policy, int shards, String runId) {
    this.factory = factory;
    this.policy = policy;
    this.shards = shards;
    this.runId = runId;
  }

  @Override
  public PCollection<AbstractOutcome> expand(PCollection<AbstractTask> tasks) {
    PCollectionView<Map<String, Integer>> plan = tasks
        .apply("PlanShards", Combine.globally(new PlanShardsFn(shards)))
        .apply("PlanView", View.asSingleton());
    return tasks
        .apply("AssignShard", ParDo.of(new AssignShardFn(plan)).withSideInputs(plan))
        .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(AbstractTask.class)))
        .apply("GroupByShard", GroupByKey.create())
        .apply("TranslateShard", ParDo.of(new TranslateShardFn(factory, policy, runId)));
  }

  /** Collects each distinct text's length, then plans the shards. */
  static class PlanShardsFn extends Combine.CombineFn<AbstractTask, HashMap<String, Integer>, Map<String, Integer>> {
    private final int shards;

    PlanShardsFn(int shards) {
      this.shards = shards;
    }

    @Override
    public HashMap<String, Integer> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public HashMap<String, Integer> addInput(HashMap<String, Integer> acc, AbstractTask task) {
      acc.put(TextKeys.of(task.text()), task.text().length());
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
    public org.apache.beam.sdk.coders.Coder<HashMap<String, Integer>> getAccumulatorCoder(
        org.apache.beam.sdk.coders.CoderRegistry registry,
        org.apache.beam.sdk.coders.Coder<AbstractTask> input) {
      return SerializableCoder.of(new org.apache.beam.sdk.values.TypeDescriptor<HashMap<String, Integer>>() {});
    }

    @Override
    public org.apache.beam.sdk.coders.Coder<Map<String, Integer>> getDefaultOutputCoder(
        org.apache.beam.sdk.coders.CoderRegistry registry,
        org.apache.beam.sdk.coders.Coder<AbstractTask> input) {
      return MapCoder.of(StringUtf8Coder.of(), VarIntCoder.of());
    }
  }

  /** Keys each abstract by its planned shard. */
  static class AssignShardFn extends DoFn<AbstractTask, KV<Integer, AbstractTask>> {
    private final PCollectionView<Map<String, Integer>> plan;

    AssignShardFn(PCollectionView<Map<String, Integer>> plan) {
      this.plan = plan;
    }

    @ProcessElement
    public void process(@Element AbstractTask task, ProcessContext context) {
      context.output(KV.of(context.sideInput(plan).get(TextKeys.of(task.text())), task));
    }
  }
}
