package com.digesttranslator.pipeline.shard;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardPlannerTest {

  @Test
  void everyTextGetsAShardInRangeAndLoadsDifferByLessThanTheLongestText() {
    Random random = new Random(7);
    Map<String, Integer> weights = new HashMap<>();
    for (int i = 0; i < 1000; i++) {
      weights.put("text-" + i, 800 + random.nextInt(1400));
    }
    Map<String, Integer> plan = ShardPlanner.plan(weights, 32);

    assertThat(plan.keySet(), is(weights.keySet()));
    assertThat(plan.values(), everyItem(lessThanOrEqualTo(31)));
    long[] load = new long[32];
    plan.forEach((text, shard) -> load[shard] += weights.get(text));
    long min = IntStream.range(0, 32).mapToLong(s -> load[s]).min().orElseThrow();
    long max = IntStream.range(0, 32).mapToLong(s -> load[s]).max().orElseThrow();
    assertThat(max - min, lessThanOrEqualTo(2200L));
  }

  @Test
  void thePlanIsDeterministic() {
    Map<String, Integer> weights = new HashMap<>();
    for (int i = 0; i < 100; i++) {
      weights.put("t" + i, i % 7);
    }
    assertThat(ShardPlanner.plan(weights, 5), is(ShardPlanner.plan(new HashMap<>(weights), 5)));
  }
}
