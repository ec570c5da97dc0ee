package com.digesttranslator.pipeline;

import com.digesttranslator.translate.CircuitBreaker;
import com.digesttranslator.translate.ResilientTranslator;
import com.digesttranslator.translate.Sleeper;
import com.digesttranslator.translate.TextResult;
import com.digesttranslator.translate.Translator;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Translates every text of one shard, strictly one request at a time: with N shards there are
 * never more than N requests in flight, however many workers or threads the runner uses. The plan
 * puts every copy of a text in the same shard, where it is requested once.
 * Each new translation is journaled to the cache before its outcome is emitted, so a killed run
 * does not pay for it again; a retried bundle of the same shard in the same run (Dataflow retries
 * failed bundles) first reads what its earlier attempts journaled and sends only the rest.
 * Failures become outcomes; nothing is thrown, so a bundle retry cannot lose or double-count an
 * abstract.
 */
class TranslateShardFn extends DoFn<KV<Integer, Iterable<PendingText>>, AbstractOutcome> {
  static final Duration JOURNAL_ROLL = Duration.ofSeconds(30);

  private final TranslateAbstracts.Settings settings;
  private transient Translator translator;
  private transient ResilientTranslator resilient;

  TranslateShardFn(TranslateAbstracts.Settings settings) {
    this.settings = settings;
  }

  @Setup
  public void setup() {
    translator = settings.translators().create();
    resilient = new ResilientTranslator(translator, settings.policy(), CircuitBreaker.forRun(settings.runId()),
        settings.gate(), Sleeper.REAL, new SecureRandom(), new TranslationMetrics());
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<PendingText>> shard, OutputReceiver<AbstractOutcome> out)
      throws IOException {
    Map<String, List<AbstractTask>> byKey = new LinkedHashMap<>();
    Map<String, String> textOf = new HashMap<>();
    for (PendingText pending : shard.getValue()) {
      byKey.computeIfAbsent(pending.key(), k -> new ArrayList<>()).add(pending.task());
      textOf.putIfAbsent(pending.key(), pending.text());
    }
    ProgressMeter progress = ProgressMeter.forRun(settings.runId());
    progress.expect(byKey.values().stream().mapToLong(List::size).sum());
    String owner = settings.runId() + "-s" + shard.getKey();
    Map<String, String> earlier = TranslationJournal.readOwn(settings.cacheDir(), owner);
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, List<AbstractTask>> text : byKey.entrySet()) {
      if (earlier.containsKey(text.getKey())) {
        text.getValue().forEach(task -> out.output(AbstractOutcome.fromCache(task, earlier.get(text.getKey()))));
        progress.finished(text.getValue().size(), 0);
      } else {
        keys.add(text.getKey());
      }
    }
    try (TranslationJournal journal = new TranslationJournal(settings.cacheDir(), owner, JOURNAL_ROLL)) {
      translate(keys, textOf, byKey, journal, out, progress);
    }
  }

  /** Sends the texts in request-sized slices, journaling each translation before its outcome. */
  private void translate(List<String> keys, Map<String, String> textOf, Map<String, List<AbstractTask>> byKey,
      TranslationJournal journal, OutputReceiver<AbstractOutcome> out, ProgressMeter progress) throws IOException {
    int chunk = translator.limits().maxTexts();
    for (int from = 0; from < keys.size(); from += chunk) {
      List<String> slice = keys.subList(from, Math.min(keys.size(), from + chunk));
      long started = System.nanoTime();
      List<TextResult> results = resilient.translateAll(slice.stream().map(textOf::get).toList());
      long latencyMillis = (System.nanoTime() - started) / 1_000_000;
      for (int i = 0; i < slice.size(); i++) {
        TextResult result = results.get(i);
        if (result.succeeded()) {
          journal.append(slice.get(i), result.translation());
        }
        AbstractOutcome.Cost cost = new AbstractOutcome.Cost(result.requests(), result.retries(), latencyMillis,
            System.currentTimeMillis(), textOf.get(slice.get(i)).length());
        emit(byKey.get(slice.get(i)), result, cost, out, progress);
      }
    }
  }

  /** The first abstract carrying a text accounts for its cost; its duplicates cost nothing. */
  private static void emit(List<AbstractTask> tasks, TextResult result, AbstractOutcome.Cost cost,
      OutputReceiver<AbstractOutcome> out, ProgressMeter progress) {
    AbstractOutcome.Cost free = new AbstractOutcome.Cost(0, 0, 0, cost.finishedAtMillis(), 0);
    for (int i = 0; i < tasks.size(); i++) {
      AbstractTask task = tasks.get(i);
      AbstractOutcome.Cost share = i == 0 ? cost : free;
      if (result.succeeded()) {
        out.output(AbstractOutcome.translated(task, result.translation(), result.attempts(), share));
      } else {
        TranslationMetrics.countFailure(result.errorClass().label());
        out.output(AbstractOutcome.failed(task, result.errorClass().label(), result.httpStatus(),
            result.attempts(), result.message(), share));
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
