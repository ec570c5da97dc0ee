package com.digesttranslator.pipeline.shard;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.outcome.FailureClass;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.quality.QualityGate;
import com.digesttranslator.translate.resilience.CircuitBreaker;
import com.digesttranslator.translate.resilience.ResilientTranslator;
import com.digesttranslator.translate.resilience.RetryPolicy;
import com.digesttranslator.translate.resilience.TranslationListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One shard's texts through the plain translator: no pipeline, no files. */
class ShardTranslatorTest {
  private static final String CACHE_DIR = "/var/cache/digests";
  private static final String A = "Large language models translate scientific abstracts.";
  private static final String B = "We measure how retrieval changes the answers of models.";
  private static final String C = "A benchmark of multilingual reasoning across languages.";

  /** What happened, in order: requests, journal appends and outcomes. */
  private final List<String> events = new ArrayList<>();

  private final Map<String, Integer> requests = new HashMap<>();
  private final Map<String, String> journaled = new LinkedHashMap<>();
  private final List<AbstractOutcome> outcomes = new ArrayList<>();

  /** Translates one text per request by tagging it, and records each request. */
  private final class Tagging implements Translator {
    @Override
    public List<String> translate(List<String> texts) {
      texts.forEach(
          text -> {
            requests.merge(text, 1, Integer::sum);
            events.add("request " + text.substring(0, 1));
          });
      return texts.stream().map(ShardTranslatorTest::translationOf).toList();
    }

    @Override
    public RequestLimits limits() {
      return new RequestLimits(1, 2000, 2000);
    }

    @Override
    public void checkReady() {}
  }

  private static String translationOf(String text) {
    return "[es] " + text;
  }

  private static String keyOf(String text) {
    return "key-" + text.substring(0, 1);
  }

  private static PendingText pending(int index, String text) {
    return new PendingText(
        keyOf(text),
        new AbstractTask("/in/2026-W01.txt", "2026-W01", index, index + 1, "Title " + index, text));
  }

  private void run(
      Translator translator,
      List<PendingText> texts,
      Map<String, String> earlier,
      ShardTranslator.Journal journal) {
    String run = UUID.randomUUID().toString();
    ResilientTranslator resilient =
        new ResilientTranslator(
            translator,
            RetryPolicy.withMaxAttempts(3),
            CircuitBreaker.forRun(run),
            new QualityGate(),
            delay -> {},
            new Random(7),
            TranslationListener.NONE);
    new ShardTranslator(resilient, CACHE_DIR, ProgressMeter.forRun(run))
        .translate(
            texts,
            earlier,
            journal,
            outcome -> {
              events.add("outcome " + outcome.entryIndex());
              outcomes.add(outcome);
            });
  }

  private void journal(String key, String translation) {
    events.add("journal " + key);
    journaled.put(key, translation);
  }

  private AbstractOutcome outcomeOf(int entryIndex) {
    return outcomes.stream().filter(o -> o.entryIndex() == entryIndex).findFirst().orElseThrow();
  }

  @Test
  void requestsEachDistinctTextOnceAndChargesItToItsFirstAbstract() {
    run(
        new Tagging(),
        List.of(pending(0, A), pending(1, B), pending(2, A), pending(3, C), pending(4, A)),
        Map.of(),
        this::journal);

    assertThat(outcomes.size(), is(5));
    assertThat(
        outcomes.stream().map(AbstractOutcome::status).toList(),
        everyItem(is(AbstractOutcome.Status.TRANSLATED)));
    assertThat(requests, is(Map.of(A, 1, B, 1, C, 1)));
    assertThat(
        journaled,
        is(
            Map.of(
                keyOf(A),
                translationOf(A),
                keyOf(B),
                translationOf(B),
                keyOf(C),
                translationOf(C))));
    for (int copy : new int[] {2, 4}) {
      assertThat(outcomeOf(copy).translation(), is(translationOf(A)));
      assertThat(outcomeOf(copy).cost().requests(), is(0));
      assertThat(outcomeOf(copy).cost().chars(), is(0L));
    }
    assertThat(outcomeOf(0).cost().requests(), is(1));
    assertThat(outcomeOf(0).cost().chars(), is((long) A.length()));
    assertThat(outcomes.stream().mapToInt(o -> o.cost().requests()).sum(), is(3));
  }

  @Test
  void reusesWhatAnEarlierAttemptJournaledAndSendsOnlyTheRest() {
    run(
        new Tagging(),
        List.of(pending(0, A), pending(1, B), pending(2, A)),
        Map.of(keyOf(A), "Traducido antes."),
        this::journal);

    assertThat(requests, is(Map.of(B, 1)));
    assertThat(journaled.keySet(), contains(keyOf(B)));
    for (int copy : new int[] {0, 2}) {
      assertThat(outcomeOf(copy).fromCache(), is(true));
      assertThat(outcomeOf(copy).translation(), is("Traducido antes."));
      assertThat(outcomeOf(copy).cost().requests(), is(0));
    }
    assertThat(outcomeOf(1).fromCache(), is(false));
    assertThat(outcomeOf(1).translation(), is(translationOf(B)));
  }

  /** What makes a kill cost only what was in flight. */
  @Test
  void journalsEachTranslationBeforeItsOutcomeAndBeforeTheNextRequest() {
    run(new Tagging(), List.of(pending(0, A), pending(1, B)), Map.of(), this::journal);

    assertThat(
        events,
        contains(
            "request L", "journal key-L", "outcome 0", "request W", "journal key-W", "outcome 1"));
  }

  @Test
  void aJournalThatCannotBeWrittenStopsTheShardWithoutSendingMore() {
    List<PendingText> texts = List.of(pending(0, A), pending(1, B), pending(2, C));
    run(
        new Tagging(),
        texts,
        Map.of(),
        (key, translation) -> {
          throw new IOException("No space left on device");
        });

    assertThat(requests, is(Map.of(A, 1)));
    assertThat(outcomeOf(0).status(), is(AbstractOutcome.Status.TRANSLATED));
    assertThat(outcomeOf(0).translation(), is(translationOf(A)));
    for (int unsent : new int[] {1, 2}) {
      AbstractOutcome failed = outcomeOf(unsent);
      assertThat(failed.status(), is(AbstractOutcome.Status.FAILED));
      assertThat(failed.failure().errorClass(), is(FailureClass.TRANSIENT));
      assertThat(
          failed.failure().message(),
          allOf(
              containsString("not sent"),
              containsString(CACHE_DIR),
              containsString("could not be written"),
              containsString("No space left on device")));
      assertThat(failed.cost().requests(), is(0));
    }
    assertThat(outcomes.size(), is(3));
  }

  @Test
  void anUnexpectedExceptionFailsTheShardsTextsInsteadOfEscaping() {
    run(
        new BrokenLimits(),
        List.of(pending(0, A), pending(1, B), pending(2, A)),
        Map.of(),
        this::journal);

    assertThat(outcomes.size(), is(3));
    for (AbstractOutcome o : outcomes) {
      assertThat(o.status(), is(AbstractOutcome.Status.FAILED));
      assertThat(o.failure().errorClass(), is(FailureClass.TRANSIENT));
      assertThat(o.failure().message(), is("unexpected IllegalStateException: limits not loaded"));
    }
    assertThat(journaled.entrySet(), empty());
  }
}
