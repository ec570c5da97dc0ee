package com.digesttranslator.pipeline.shard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Spreads distinct texts over N shards (the shards that bound the requests in flight: see {@link
 * TranslateAbstracts}) so that every shard carries about the same number of characters (longest
 * first, each to the least-loaded shard). Balance matters: the job is only as fast as its busiest
 * shard, and hashing alone leaves some shards with far more work than others. Deterministic: the
 * same texts always get the same plan.
 */
final class ShardPlanner {
  private ShardPlanner() {}

  /**
   * @param weights text key → its length; @return text key → shard in [0, shards)
   */
  static Map<String, Integer> plan(Map<String, Integer> weights, int shards) {
    List<Map.Entry<String, Integer>> texts = new ArrayList<>(weights.entrySet());
    texts.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    PriorityQueue<long[]> load =
        new PriorityQueue<>(
            Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
    for (int s = 0; s < shards; s++) {
      load.add(new long[] {0, s});
    }
    Map<String, Integer> plan = new HashMap<>();
    for (Map.Entry<String, Integer> text : texts) {
      long[] lightest = load.poll();
      plan.put(text.getKey(), (int) lightest[1]);
      lightest[0] += text.getValue();
      load.add(lightest);
    }
    return plan;
  }
}
