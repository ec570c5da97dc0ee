package com.digesttranslator.pipeline.shard;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.pipeline.cache.TranslationJournal;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.resilience.CircuitBreaker;
import com.digesttranslator.translate.resilience.ResilientTranslator;
import com.digesttranslator.translate.resilience.Sleeper;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates one shard of {@link TranslateAbstracts} with a {@link ShardTranslator}, which does the
 * work; this step opens the provider once per instance, hands the shard its journal and what
 * earlier attempts at it journaled, counts failures in Beam's metrics and emits the outcomes.
 */
public class TranslateShardFn extends DoFn<KV<Integer, Iterable<PendingText>>, AbstractOutcome> {
  static final Duration JOURNAL_ROLL = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(TranslateShardFn.class);

  private final TranslateAbstracts.Settings settings;
  private transient Translator translator;
  private transient ShardTranslator shardTranslator;

  TranslateShardFn(TranslateAbstracts.Settings settings) {
    this.settings = settings;
  }

  @Setup
  public void setup() {
    translator = settings.translators().create();
    ResilientTranslator resilient =
        new ResilientTranslator(
            translator,
            settings.policy(),
            CircuitBreaker.forRun(settings.runId()),
            settings.gate(),
            Sleeper.REAL,
            new SecureRandom(),
            new TranslationMetrics());
    shardTranslator =
        new ShardTranslator(resilient, settings.cacheDir(), ProgressMeter.forRun(settings.runId()));
  }

  @ProcessElement
  public void process(
      @Element KV<Integer, Iterable<PendingText>> shard, OutputReceiver<AbstractOutcome> out) {
    // Named by run and shard, so that a retried attempt at this shard finds what this one saved.
    String owner = settings.runId() + "-s" + shard.getKey();
    Map<String, String> earlier = readEarlierAttempts(owner);
    TranslationJournal journal = new TranslationJournal(settings.cacheDir(), owner, JOURNAL_ROLL);
    try {
      shardTranslator.translate(
          shard.getValue(),
          earlier,
          journal::append,
          outcome -> {
            if (outcome.status() == AbstractOutcome.Status.FAILED) {
              TranslationMetrics.countFailure(outcome.failure().errorClass().label());
            }
            out.output(outcome);
          });
    } finally {
      try {
        journal.close();
      } catch (IOException e) {
        LOG.error(
            "The last translations of shard {} may be missing from the cache {} ({}); they"
                + " are in the digests, and a later run requests them again",
            shard.getKey(),
            settings.cacheDir(),
            e.toString());
      }
    }
  }

  /** An unreadable cache costs at most a second request per text; it never stops the shard. */
  private Map<String, String> readEarlierAttempts(String owner) {
    try {
      return TranslationJournal.readOwn(settings.cacheDir(), owner);
    } catch (IOException e) {
      LOG.warn(
          "Cannot read what earlier attempts of {} journaled in {} ({}); translating it all",
          owner,
          settings.cacheDir(),
          e.toString());
      return Map.of();
    }
  }

  @Teardown
  public void teardown() {
    if (translator != null) {
      translator.close();
    }
  }
}
