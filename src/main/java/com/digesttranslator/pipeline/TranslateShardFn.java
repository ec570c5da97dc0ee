package com.digesttranslator.pipeline;

import com.digesttranslator.translate.CircuitBreaker;
import com.digesttranslator.translate.QualityGate;
import com.digesttranslator.translate.ResilientTranslator;
import com.digesttranslator.translate.Sleeper;
import com.digesttranslator.translate.TextResult;
import com.digesttranslator.translate.Translator;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Translates every text of one shard, strictly one request at a time: with N shards there are
 * never more than N requests in flight, however many workers or threads the runner uses.
 * Each new translation is journaled to the cache before its outcome is emitted, so a killed run
 * does not pay for it again. Failures become outcomes; nothing is thrown, so a bundle retry
 * cannot lose or double-count an abstract.
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
        new QualityGate(), Sleeper.REAL, new SecureRandom(), new TranslationMetrics());
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<PendingText>> shard, OutputReceiver<AbstractOutcome> out)
      throws IOException {
    List<PendingText> texts = new ArrayList<>();
    shard.getValue().forEach(texts::add);
    ProgressMeter progress = ProgressMeter.forRun(settings.runId());
    progress.expect(texts.stream().mapToLong(t -> t.tasks().size()).sum());
    int chunk = translator.limits().maxTexts();
    try (TranslationJournal journal = new TranslationJournal(settings.cacheDir(), JOURNAL_ROLL)) {
      for (int from = 0; from < texts.size(); from += chunk) {
        List<PendingText> slice = texts.subList(from, Math.min(texts.size(), from + chunk));
        List<TextResult> results = resilient.translateAll(slice.stream().map(PendingText::text).toList());
        for (int i = 0; i < slice.size(); i++) {
          if (results.get(i).succeeded()) {
            journal.append(slice.get(i).key(), results.get(i).translation());
          }
          emit(slice.get(i), results.get(i), out, progress);
        }
      }
    }
  }

  /** The first abstract carrying a text accounts for its requests; its duplicates cost nothing. */
  private static void emit(PendingText text, TextResult result, OutputReceiver<AbstractOutcome> out, ProgressMeter progress) {
    List<AbstractTask> tasks = text.tasks();
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
