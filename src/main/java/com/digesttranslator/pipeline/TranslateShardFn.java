package com.digesttranslator.pipeline;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.pipeline.cache.TranslationJournal;
import com.digesttranslator.translate.resilience.CircuitBreaker;
import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.resilience.ResilientTranslator;
import com.digesttranslator.translate.resilience.Sleeper;
import com.digesttranslator.translate.resilience.TextResult;
import com.digesttranslator.translate.TranslationException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates every text of one shard, strictly one request at a time: with N shards there are
 * never more than N requests in flight, however many workers or threads the runner uses. The plan
 * puts every copy of a text in the same shard, where it is requested once.
 * Each new translation is journaled to the cache as its reply arrives, before its outcome is
 * emitted and before the next request, so a killed run pays again only for what was in flight;
 * a retried bundle of the same shard in the same run (Dataflow retries failed bundles) first reads
 * what its earlier attempts journaled and sends only the rest.
 * Failures become outcomes; nothing is thrown, so a bundle retry cannot lose or double-count an
 * abstract. When the journal cannot be written (disk full, object-store error) the translation
 * in hand still goes into the digest, and the shard stops: its remaining texts fail as
 * {@code transient} with the cause, unsent, since every one of them would be paid for and then
 * lost from the cache.
 */
class TranslateShardFn extends DoFn<KV<Integer, Iterable<PendingText>>, AbstractOutcome> {
  static final Duration JOURNAL_ROLL = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(TranslateShardFn.class);

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
  public void process(
      @Element KV<Integer, Iterable<PendingText>> shard, OutputReceiver<AbstractOutcome> out) {
    Map<String, List<AbstractTask>> byKey = new LinkedHashMap<>();
    Map<String, String> textOf = new HashMap<>();
    for (PendingText pending : shard.getValue()) {
      byKey.computeIfAbsent(pending.key(), k -> new ArrayList<>()).add(pending.task());
      textOf.putIfAbsent(pending.key(), pending.text());
    }
    ProgressMeter progress = ProgressMeter.forRun(settings.runId());
    progress.expect(byKey.values().stream().mapToLong(List::size).sum());
    String owner = settings.runId() + "-s" + shard.getKey();
    Map<String, String> earlier = readEarlierAttempts(owner);
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, List<AbstractTask>> text : byKey.entrySet()) {
      if (earlier.containsKey(text.getKey())) {
        text.getValue().forEach(task -> out.output(AbstractOutcome.fromCache(task, earlier.get(text.getKey()))));
        progress.finished(text.getValue().size(), 0);
      } else {
        keys.add(text.getKey());
      }
    }
    TranslationJournal journal = new TranslationJournal(settings.cacheDir(), owner, JOURNAL_ROLL);
    try {
      translate(keys, textOf, byKey, journal, out, progress);
    } finally {
      try {
        journal.close();
      } catch (IOException e) {
        LOG.error("The last translations of shard {} may be missing from the cache {} ({}); they"
            + " are in the digests, and a later run requests them again",
            shard.getKey(), settings.cacheDir(), e.toString());
      }
    }
  }

  /** An unreadable cache costs at most a second request per text; it never stops the shard. */
  private Map<String, String> readEarlierAttempts(String owner) {
    try {
      return TranslationJournal.readOwn(settings.cacheDir(), owner);
    } catch (IOException e) {
      LOG.warn("Cannot read what earlier attempts of {} journaled in {} ({}); translating it all",
          owner, settings.cacheDir(), e.toString());
      return Map.of();
    }
  }

  /** Translates the texts, journaling and emitting each one as soon as its result is final. */
  private void translate(List<String> keys, Map<String, String> textOf, Map<String, List<AbstractTask>> byKey,
      TranslationJournal journal, OutputReceiver<AbstractOutcome> out, ProgressMeter progress) {
    boolean[] emitted = new boolean[keys.size()];
    ResilientTranslator.ResultSink sink = (i, result, latency) -> {
      String key = keys.get(i);
      TranslationException stop =
          result.succeeded() ? save(journal, key, result.translation()) : null;
      emitted[i] = true;
      emit(byKey.get(key), result, cost(result, latency, textOf.get(key)), out, progress);
      if (stop != null) {
        throw stop;
      }
    };
    try {
      resilient.translateAll(keys.stream().map(textOf::get).toList(), sink);
    } catch (RuntimeException | Error e) {
      if (e instanceof OutOfMemoryError) {
        throw e;
      }
      // A bug must cost this shard's unfinished texts, never every abstract of the run.
      LOG.error("Unexpected failure while translating a shard", e);
      TextResult failure = TextResult.failure(new TranslationException(ErrorClass.TRANSIENT, 0,
          "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()), 0, 0, 0);
      for (int i = 0; i < keys.size(); i++) {
        if (!emitted[i]) {
          String key = keys.get(i);
          AbstractOutcome.Cost cost = cost(failure, Duration.ZERO, textOf.get(key));
          emit(byKey.get(key), failure, cost, out, progress);
        }
      }
    }
  }

  /** Journals one translation; on failure, the reason every text after it fails unsent. */
  private TranslationException save(TranslationJournal journal, String key, String translation) {
    try {
      journal.append(key, translation);
      return null;
    } catch (IOException e) {
      LOG.error("Cannot write the translation cache in {} ({}): stopping this shard; what was"
          + " translated is in the digests", settings.cacheDir(), e.toString());
      return new TranslationException(ErrorClass.TRANSIENT, 0, "not sent: the translation cache in "
          + settings.cacheDir() + " could not be written (" + e + "); fix that and run again");
    }
  }

  private static AbstractOutcome.Cost cost(TextResult result, Duration latency, String text) {
    return new AbstractOutcome.Cost(result.requests(), result.retries(), latency.toMillis(),
        System.currentTimeMillis(), text.length());
  }

  /** The first abstract carrying a text accounts for its cost; its duplicates cost nothing. */
  private static void emit(List<AbstractTask> tasks, TextResult result, AbstractOutcome.Cost cost,
      OutputReceiver<AbstractOutcome> out, ProgressMeter progress) {
    AbstractOutcome.Cost free = new AbstractOutcome.Cost(0, 0, 0, cost.finishedAtMillis(), 0);
    for (int i = 0; i < tasks.size(); i++) {
      AbstractTask task = tasks.get(i);
      AbstractOutcome.Cost share = i == 0 ? cost : free;
      if (result.succeeded()) {
        out.output(AbstractOutcome.translated(task, result.translation(), share));
      } else {
        TranslationMetrics.countFailure(result.errorClass().label());
        out.output(AbstractOutcome.failed(task, result.errorClass(), result.httpStatus(),
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
