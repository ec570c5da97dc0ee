package com.digesttranslator.pipeline;

import com.digesttranslator.translate.CircuitBreaker;
import com.digesttranslator.translate.QualityGate;
import com.digesttranslator.translate.ResilientTranslator;
import com.digesttranslator.translate.RetryPolicy;
import com.digesttranslator.translate.Sleeper;
import com.digesttranslator.translate.TextResult;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.TranslatorFactory;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Translates every abstract of one shard, strictly one request at a time: with N shards there are
 * never more than N requests in flight, however many workers or threads the runner uses. The same
 * text always lands in the same shard, so duplicates within a run are requested once.
 * Failures become outcomes; nothing is thrown, so a bundle retry cannot lose or double-count.
 */
class TranslateShardFn extends DoFn<KV<Integer, Iterable<AbstractTask>>, AbstractOutcome> {

  private final TranslatorFactory factory;
  private final RetryPolicy policy;
  private final String runId;
  private transient Translator translator;
  private transient ResilientTranslator resilient;

  TranslateShardFn(TranslatorFactory factory, RetryPolicy policy, String runId) {
    this.factory = factory;
    this.policy = policy;
    this.runId = runId;
  }

  @Setup
  public void setup() {
    translator = factory.create();
    resilient = new ResilientTranslator(translator, policy, CircuitBreaker.forRun(runId),
        new QualityGate(), Sleeper.REAL, new SecureRandom(), new TranslationMetrics());
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<AbstractTask>> shard, OutputReceiver<AbstractOutcome> out) {
    Map<String, List<AbstractTask>> byText = new LinkedHashMap<>();
    long abstracts = 0;
    for (AbstractTask task : shard.getValue()) {
      byText.computeIfAbsent(task.text(), t -> new ArrayList<>()).add(task);
      abstracts++;
    }
    ProgressMeter progress = ProgressMeter.forRun(runId);
    progress.expect(abstracts);
    List<String> texts = new ArrayList<>(byText.keySet());
    int chunk = Math.max(8, translator.limits().maxTexts());
    for (int from = 0; from < texts.size(); from += chunk) {
      List<String> slice = texts.subList(from, Math.min(texts.size(), from + chunk));
      List<TextResult> results = resilient.translateAll(slice);
      for (int i = 0; i < slice.size(); i++) {
        emit(byText.get(slice.get(i)), results.get(i), out, progress);
      }
    }
  }

  /** The first copy of a text carries the request counts; its duplicates cost nothing. */
  private static void emit(
      List<AbstractTask> tasks, TextResult result, OutputReceiver<AbstractOutcome> out, ProgressMeter progress) {
    for (int i = 0; i < tasks.size(); i++) {
      AbstractTask task = tasks.get(i);
      int requests = i == 0 ? result.requests() : 0;
      int retries = i == 0 ? result.retries() : 0;
      if (result.succeeded()) {
        out.output(AbstractOutcome.translated(task, result.translation(), result.attempts(), requests, retries));
      } else {
        TranslationMetrics.countFailure(result.errorClass().label());
        out.output(AbstractOutcome.failed(task, "translate", result.errorClass().label(),
            result.httpStatus(), result.attempts(), result.message(), 0, requests, retries));
      }
    }
    progress.finished(tasks.size(), result.succeeded() ? 0 : tasks.size());
  }

  @Teardown
  public void teardown() {
    if (translator != null) {
      translator.close();
    }
  }
}
