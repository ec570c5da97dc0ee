package com.digesttranslator.pipeline.shard;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.resilience.ResilientTranslator;
import com.digesttranslator.translate.resilience.TextResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates the texts of one shard, in plain Java ({@link TranslateShardFn} runs it in the
 * pipeline). Requests go out one at a time, which is what the bound on requests in flight rests on
 * (see {@link TranslateAbstracts}); every copy of a text is requested once, and the first abstract
 * carrying it accounts for its cost.
 *
 * <p>Each new translation is journaled as its reply arrives, before its outcome is passed on and
 * before the next request, so a killed run pays again only for what was in flight; a retried
 * attempt at the same shard (Dataflow retries failed bundles) is given what earlier attempts
 * journaled and sends only the rest.
 *
 * <p>Failures become outcomes; nothing is thrown, so a bundle retry cannot lose or double-count an
 * abstract. When the journal cannot be written (disk full, object-store error) the translation in
 * hand still goes into the digest, and the shard stops: its remaining texts fail as {@code
 * transient} with the cause, unsent, since every one of them would be paid for and then lost from
 * the cache.
 */
final class ShardTranslator {
  private static final Logger LOG = LoggerFactory.getLogger(ShardTranslator.class);

  /** Where each new translation is saved before anything more is sent. */
  @FunctionalInterface
  interface Journal {
    void append(String key, String translation) throws IOException;
  }

  private final ResilientTranslator translator;
  private final String cacheDir;
  private final ProgressMeter progress;

  /**
   * @param cacheDir where the journal is written, to name it in messages
   */
  ShardTranslator(ResilientTranslator translator, String cacheDir, ProgressMeter progress) {
    this.translator = translator;
    this.cacheDir = cacheDir;
    this.progress = progress;
  }

  /**
   * Passes one outcome per abstract of {@code texts} to {@code out}.
   *
   * @param earlier what earlier attempts at this shard journaled, key → translation: reused as is
   */
  void translate(
      Iterable<PendingText> texts,
      Map<String, String> earlier,
      Journal journal,
      Consumer<AbstractOutcome> out) {
    Map<String, List<AbstractTask>> byKey = new LinkedHashMap<>();
    Map<String, String> textOf = new HashMap<>();
    for (PendingText pending : texts) {
      byKey.computeIfAbsent(pending.key(), k -> new ArrayList<>()).add(pending.task());
      textOf.putIfAbsent(pending.key(), pending.text());
    }
    progress.expect(byKey.values().stream().mapToLong(List::size).sum());
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, List<AbstractTask>> text : byKey.entrySet()) {
      String journaled = earlier.get(text.getKey());
      if (journaled != null) {
        text.getValue().forEach(task -> out.accept(AbstractOutcome.fromCache(task, journaled)));
        progress.finished(text.getValue().size(), 0);
      } else {
        keys.add(text.getKey());
      }
    }
    translateNew(keys, textOf, byKey, journal, out);
  }

  /** Translates the texts, journaling and emitting each one as soon as its result is final. */
  private void translateNew(
      List<String> keys,
      Map<String, String> textOf,
      Map<String, List<AbstractTask>> byKey,
      Journal journal,
      Consumer<AbstractOutcome> out) {
    boolean[] emitted = new boolean[keys.size()];
    ResilientTranslator.ResultSink sink =
        (i, result, latency) -> {
          String key = keys.get(i);
          TranslationException stop =
              result.succeeded() ? save(journal, key, result.translation()) : null;
          emitted[i] = true;
          emit(byKey.get(key), result, cost(result, latency, textOf.get(key)), out);
          if (stop != null) {
            throw stop;
          }
        };
    try {
      translator.translateAll(keys.stream().map(textOf::get).toList(), sink);
    } catch (RuntimeException | Error e) {
      if (e instanceof OutOfMemoryError) {
        throw e;
      }
      // A bug must cost this shard's unfinished texts, never every abstract of the run.
      LOG.error("Unexpected failure while translating a shard", e);
      TextResult failure =
          TextResult.failure(
              new TranslationException(
                  ErrorClass.TRANSIENT,
                  0,
                  "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()),
              0,
              0,
              0);
      for (int i = 0; i < keys.size(); i++) {
        if (!emitted[i]) {
          String key = keys.get(i);
          emit(byKey.get(key), failure, cost(failure, Duration.ZERO, textOf.get(key)), out);
        }
      }
    }
  }

  /** Journals one translation; on failure, the reason every text after it fails unsent. */
  private TranslationException save(Journal journal, String key, String translation) {
    try {
      journal.append(key, translation);
      return null;
    } catch (IOException e) {
      LOG.error(
          "Cannot write the translation cache in {} ({}): stopping this shard; what was"
              + " translated is in the digests",
          cacheDir,
          e.toString());
      return new TranslationException(
          ErrorClass.TRANSIENT,
          0,
          "not sent: the translation cache"
              + " in "
              + cacheDir
              + " could not be written ("
              + e
              + "); fix that and run again");
    }
  }

  /** The first abstract carrying a text accounts for its cost; its duplicates cost nothing. */
  private void emit(
      List<AbstractTask> tasks,
      TextResult result,
      AbstractOutcome.Cost cost,
      Consumer<AbstractOutcome> out) {
    AbstractOutcome.Cost free = new AbstractOutcome.Cost(0, 0, 0, cost.finishedAtMillis(), 0);
    for (int i = 0; i < tasks.size(); i++) {
      out.accept(outcome(tasks.get(i), result, i == 0 ? cost : free));
    }
    progress.finished(tasks.size(), result.succeeded() ? 0 : tasks.size());
  }

  /** What became of an abstract whose text was sent (or was to be). */
  private static AbstractOutcome outcome(
      AbstractTask task, TextResult result, AbstractOutcome.Cost share) {
    return result.succeeded()
        ? AbstractOutcome.translated(task, result.translation(), share)
        : AbstractOutcome.failed(
            task,
            result.errorClass(),
            result.httpStatus(),
            result.attempts(),
            result.message(),
            share);
  }

  private static AbstractOutcome.Cost cost(TextResult result, Duration latency, String text) {
    return new AbstractOutcome.Cost(
        result.requests(),
        result.retries(),
        latency.toMillis(),
        System.currentTimeMillis(),
        text.length());
  }
}
