package com.digesttranslator.pipeline;

import com.digesttranslator.translate.RetryPolicy;
import com.digesttranslator.translate.TranslatorFactory;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Translates abstracts with a global bound on requests in flight: each abstract gets one of
 * {@code shards} keys (from its text, so duplicates meet), the abstracts are grouped per key, and
 * each group is translated one request at a time by {@link TranslateShardFn}.
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

  static int shardOf(String text, int shards) {
    return Math.floorMod(text.hashCode(), shards);
  }

  @Override
  public PCollection<AbstractOutcome> expand(PCollection<AbstractTask> tasks) {
    int n = shards;
    return tasks
        .apply("AssignShard", WithKeys.of((AbstractTask t) -> shardOf(t.text(), n))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(AbstractTask.class)))
        .apply("GroupByShard", GroupByKey.create())
        .apply("TranslateShard", ParDo.of(new TranslateShardFn(factory, policy, runId)));
  }
}
