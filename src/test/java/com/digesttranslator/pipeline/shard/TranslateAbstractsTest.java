package com.digesttranslator.pipeline.shard;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.outcome.FailureClass;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.pipeline.FakeTranslator;
import com.digesttranslator.pipeline.cache.LookUpCache;
import com.digesttranslator.pipeline.cache.TranslationKey;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.provider.TranslatorConfig;
import com.digesttranslator.translate.provider.TranslatorFactory;
import com.digesttranslator.translate.quality.QualityGate;
import com.digesttranslator.translate.resilience.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TranslateAbstractsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final TemporaryFolder cache = new TemporaryFolder();

  /** Cache lookup then translation, as the job composes them; hits and translations together. */
  private PCollection<AbstractOutcome> translate(
      PCollection<AbstractTask> tasks, String id, int maxAttempts, int maxInFlight) {
    TranslatorConfig config =
        new TranslatorConfig(
            "fake",
            null,
            new LanguagePair("en", "es"),
            null,
            null,
            null,
            null,
            Duration.ofSeconds(5));
    LookUpCache.Result looked =
        tasks.apply(
            new LookUpCache(
                new TranslationKey(config, ""), new QualityGate(), cache.getRoot().toString()));
    PCollection<AbstractOutcome> translated =
        looked
            .getPending()
            .apply(
                new TranslateAbstracts(
                    new TranslateAbstracts.Settings(
                        FakeTranslator.factory(id),
                        new QualityGate(),
                        RetryPolicy.withMaxAttempts(maxAttempts),
                        maxInFlight,
                        cache.getRoot().toString(),
                        id)));
    return PCollectionList.of(looked.getHits()).and(translated).apply(Flatten.pCollections());
  }

  private static AbstractTask task(int index, String text) {
    return new AbstractTask(
        "/in/2026-W01.txt", "2026-W01", index, index + 1, "Title " + index, text);
  }

  @Test
  public void translatesEveryAbstractAndRequestsADuplicateTextOnce() {
    String id = UUID.randomUUID().toString();
    List<AbstractTask> tasks = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      tasks.add(task(i, "Abstract number " + (i % 20) + "."));
    }
    PCollection<AbstractOutcome> outcomes = translate(pipeline.apply(Create.of(tasks)), id, 3, 4);

    PAssert.that(outcomes)
        .satisfies(
            all -> {
              List<AbstractOutcome> list = StreamSupport.stream(all.spliterator(), false).toList();
              assertThat(list.size(), is(30));
              assertThat(
                  list.stream().map(AbstractOutcome::status).toList(),
                  everyItem(is(AbstractOutcome.Status.TRANSLATED)));
              for (AbstractOutcome o : list) {
                assertThat(
                    o.translation(),
                    is(FakeTranslator.translationOf(tasks.get(o.entryIndex()).text())));
              }
              assertThat(list.stream().mapToInt(o -> o.cost().requests()).sum(), is(20));
              return null;
            });
    pipeline.run().waitUntilFinish();
    for (int i = 0; i < 20; i++) {
      assertThat(FakeTranslator.callsFor(id, "Abstract number " + i + "."), is(1));
    }
  }

  /** What a runner does when it retries a shard's bundle: the same shard, the same run, again. */
  @Test
  public void aRetriedShardSendsNothingItsEarlierAttemptObtained() throws Exception {
    String id = UUID.randomUUID().toString();
    List<PendingText> texts = new ArrayList<>();
    TranslationKey keys =
        new TranslationKey(
            new TranslatorConfig(
                "fake",
                null,
                new LanguagePair("en", "es"),
                null,
                null,
                null,
                null,
                Duration.ofSeconds(5)),
            "");
    for (int i = 0; i < 6; i++) {
      AbstractTask task = task(i, "Text " + i + " of a shard that a runner retries.");
      texts.add(new PendingText(keys.of(task.text()), task));
    }
    TranslateAbstracts.Settings settings =
        new TranslateAbstracts.Settings(
            FakeTranslator.factory(id),
            new QualityGate(),
            RetryPolicy.withMaxAttempts(3),
            1,
            cache.getRoot().toString(),
            id);
    Pipeline first = Pipeline.create(pipeline.getOptions());
    first.apply(Create.of(texts.subList(0, 4))).apply(new TranslateAbstracts(settings));
    first.run().waitUntilFinish();

    PCollection<AbstractOutcome> retried =
        pipeline.apply(Create.of(texts)).apply(new TranslateAbstracts(settings));

    PAssert.that(retried)
        .satisfies(
            all -> {
              List<AbstractOutcome> list = StreamSupport.stream(all.spliterator(), false).toList();
              assertThat(list.stream().filter(AbstractOutcome::fromCache).count(), is(4L));
              assertThat(list.stream().mapToInt(o -> o.cost().requests()).sum(), is(2));
              return null;
            });
    pipeline.run().waitUntilFinish();
    for (PendingText text : texts) {
      assertThat(FakeTranslator.callsFor(id, text.text()), is(1));
    }
  }

  @Test
  public void aPermanentFailureBecomesAnOutcomeAndIsNotRetried() {
    String id = UUID.randomUUID().toString();
    PCollection<AbstractOutcome> outcomes =
        translate(
            pipeline.apply(Create.of(task(0, "Fine text."), task(1, "Please FAIL here."))),
            id,
            5,
            2);

    PAssert.that(outcomes)
        .satisfies(
            all -> {
              List<String> summary =
                  StreamSupport.stream(all.spliterator(), false)
                      .map(
                          o ->
                              o.status()
                                  + (o.isFailure()
                                      ? " "
                                          + o.failure().errorClass().label()
                                          + " "
                                          + o.failure().httpStatus()
                                          + " "
                                          + o.failure().attempts()
                                      : ""))
                      .toList();
              assertThat(summary, containsInAnyOrder("TRANSLATED", "FAILED permanent 422 1"));
              return null;
            });
    pipeline.run().waitUntilFinish();
    assertThat(FakeTranslator.callsFor(id, "Please FAIL here."), is(1));
  }

  /** The counter the Dataflow alert policy watches counts abstracts, not texts or requests. */
  @Test
  public void everyFailedAbstractCountsUnderTheNameTheAlertWatches() {
    String id = UUID.randomUUID().toString();
    translate(
        pipeline.apply(
            Create.of(
                task(0, "Fine text."), task(1, "Please FAIL here."), task(2, "Please FAIL here."))),
        id,
        5,
        2);

    MetricQueryResults metrics =
        pipeline
            .run()
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(
                        MetricNameFilter.named(
                            TranslationMetrics.NAMESPACE,
                            TranslationMetrics.FAILED_ABSTRACTS + "permanent"))
                    .build());

    List<Long> counted =
        StreamSupport.stream(metrics.getCounters().spliterator(), false)
            .map(MetricResult::getAttempted)
            .toList();
    assertThat(counted, is(List.of(2L)));
  }

  private List<PendingText> pendingTexts(int count) {
    TranslationKey keys =
        new TranslationKey(
            new TranslatorConfig(
                "fake",
                null,
                new LanguagePair("en", "es"),
                null,
                null,
                null,
                null,
                Duration.ofSeconds(5)),
            "");
    List<PendingText> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      AbstractTask task = task(i, "Text " + i + " of a shard whose cache cannot be written.");
      texts.add(new PendingText(keys.of(task.text()), task));
    }
    return texts;
  }

  /**
   * A full disk or a failing object store: the translation in hand goes into the digest, nothing
   * more is paid for, and the rest of the shard fails with the reason; the job does not crash.
   */
  @Test
  public void aCacheThatCannotBeWrittenStopsTheShardWithAClearFailure() throws Exception {
    String id = UUID.randomUUID().toString();
    String unwritable =
        cache.newFile("a-file-not-a-directory").toPath().resolve("cache").toString();
    TranslateAbstracts.Settings settings =
        new TranslateAbstracts.Settings(
            FakeTranslator.factory(id),
            new QualityGate(),
            RetryPolicy.withMaxAttempts(3),
            1,
            unwritable,
            id);
    List<PendingText> texts = pendingTexts(5);

    PCollection<AbstractOutcome> outcomes =
        pipeline.apply(Create.of(texts)).apply(new TranslateAbstracts(settings));

    PAssert.that(outcomes)
        .satisfies(
            all -> {
              List<AbstractOutcome> list = StreamSupport.stream(all.spliterator(), false).toList();
              assertThat(list.size(), is(5));
              List<AbstractOutcome> translated =
                  list.stream()
                      .filter(o -> o.status() == AbstractOutcome.Status.TRANSLATED)
                      .toList();
              assertThat(translated.size(), is(1));
              assertThat(
                  translated.get(0).translation(),
                  is(
                      FakeTranslator.translationOf(
                          texts.get(translated.get(0).entryIndex()).text())));
              for (AbstractOutcome o : list) {
                if (o.status() == AbstractOutcome.Status.FAILED) {
                  assertThat(o.failure().errorClass(), is(FailureClass.TRANSIENT));
                  assertThat(
                      o.failure().message(),
                      allOf(
                          containsString("not sent"),
                          containsString(unwritable),
                          containsString("could not be written")));
                  assertThat(o.cost().requests(), is(0));
                }
              }
              return null;
            });
    pipeline.run().waitUntilFinish();
    int requested = 0;
    for (PendingText text : texts) {
      requested += FakeTranslator.callsFor(id, text.text());
    }
    assertThat(requested, is(1));
  }

  /** A bug that escapes the translating code costs the shard's texts, never the whole job. */
  @Test
  public void anUnexpectedExceptionWhileTranslatingBecomesFailuresNotACrash() {
    String id = UUID.randomUUID().toString();
    TranslatorFactory broken = BrokenLimits::new;
    TranslateAbstracts.Settings settings =
        new TranslateAbstracts.Settings(
            broken,
            new QualityGate(),
            RetryPolicy.withMaxAttempts(3),
            2,
            cache.getRoot().toString(),
            id);

    PCollection<AbstractOutcome> outcomes =
        pipeline.apply(Create.of(pendingTexts(4))).apply(new TranslateAbstracts(settings));

    PAssert.that(outcomes)
        .satisfies(
            all -> {
              List<AbstractOutcome> list = StreamSupport.stream(all.spliterator(), false).toList();
              assertThat(list.size(), is(4));
              for (AbstractOutcome o : list) {
                assertThat(o.status(), is(AbstractOutcome.Status.FAILED));
                assertThat(o.failure().errorClass(), is(FailureClass.TRANSIENT));
                assertThat(
                    o.failure().message(),
                    is("unexpected IllegalStateException: limits not loaded"));
              }
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
