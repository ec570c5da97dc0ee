package com.digesttranslator.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Gathers a whole (small) PCollection into one list, for outputs written as a single file: the
 * failure report and the run report. One outcome per abstract, without its translation, stays small
 * even for years of weeks.
 */
class CollectAll<T> extends Combine.CombineFn<T, List<T>, List<T>> {
  @Override
  public List<T> createAccumulator() {
    return new ArrayList<>();
  }

  @Override
  public List<T> addInput(List<T> acc, T item) {
    acc.add(item);
    return acc;
  }

  @Override
  public List<T> mergeAccumulators(Iterable<List<T>> accs) {
    List<T> all = new ArrayList<>();
    accs.forEach(all::addAll);
    return all;
  }

  @Override
  public List<T> extractOutput(List<T> acc) {
    return acc;
  }

  @Override
  public Coder<List<T>> getAccumulatorCoder(CoderRegistry registry, Coder<T> input) {
    return ListCoder.of(input);
  }

  @Override
  public Coder<List<T>> getDefaultOutputCoder(CoderRegistry registry, Coder<T> input) {
    return ListCoder.of(input);
  }
}
