package com.digesttranslator.pipeline.coders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.outcome.FailureClass;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.translate.ErrorClass;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/**
 * Every coder decodes what it encoded to an equal value, in both of Beam's contexts, for every
 * status, failure class, absent field and extreme number the records allow; and a pipeline that
 * registers them uses them instead of Java serialization.
 */
class OutcomeCodersTest {

  private static final AbstractTask TASK =
      new AbstractTask("gs://b/in/2026-W03.txt", "2026-W03", 4, 5, "Título — 标题", "Text ✓ 😀");
  private static final AbstractTask BARE = new AbstractTask("", null, 0, 0, null, "");

  private static List<AbstractOutcome> outcomes() {
    List<AbstractOutcome> all = new ArrayList<>();
    AbstractOutcome.Cost cost =
        new AbstractOutcome.Cost(Integer.MAX_VALUE, 3, Long.MAX_VALUE, 1_764_000_000_000L, -1);
    for (AbstractTask task : List.of(TASK, BARE)) {
      all.add(AbstractOutcome.reused(task));
      all.add(AbstractOutcome.translated(task, "traducción 😀", cost));
      all.add(AbstractOutcome.translated(task, "", AbstractOutcome.Cost.NONE));
      all.add(AbstractOutcome.fromCache(task, "desde la caché"));
      all.add(AbstractOutcome.malformed(task, 12, "too long"));
      for (ErrorClass error : ErrorClass.values()) {
        all.add(AbstractOutcome.failed(task, error, 503, 3, "quota \"exceeded\"\n", cost));
        all.add(AbstractOutcome.failed(task, error, 0, 0, null, AbstractOutcome.Cost.NONE));
      }
    }
    all.add(AbstractOutcome.badFile("in/bad.txt", 0, "not UTF-8"));
    all.add(AbstractOutcome.badFile("in/worse.txt", 7, null));
    all.add(
        new AbstractOutcome(
            "p",
            "w",
            Integer.MIN_VALUE,
            -1,
            "t",
            AbstractOutcome.Status.FAILED,
            null,
            true,
            AbstractOutcome.Cost.NONE,
            new AbstractOutcome.Failure(FailureClass.FORMAT, -1, -2, -3, "m")));
    return all;
  }

  private static <T> void roundTrips(Coder<T> coder, T value) throws Exception {
    CoderProperties.coderDecodeEncodeEqual(coder, value);
    CoderProperties.coderDeterministic(coder, value, value);
  }

  @Test
  void abstractOutcomesRoundTrip() throws Exception {
    List<AbstractOutcome> all = outcomes();
    for (AbstractOutcome outcome : all) {
      roundTrips(OutcomeCoders.AbstractOutcomeCoder.of(), outcome);
    }
    for (int i = 1; i < all.size(); i++) {
      CoderProperties.coderConsistentWithEquals(
          OutcomeCoders.AbstractOutcomeCoder.of(), all.get(i - 1), all.get(i));
    }
    CoderProperties.coderSerializable(OutcomeCoders.AbstractOutcomeCoder.of());
  }

  @Test
  void everyStatusAndFailureClassIsCovered() {
    List<AbstractOutcome> all = outcomes();
    for (AbstractOutcome.Status status : AbstractOutcome.Status.values()) {
      assertThat(status.name(), all.stream().anyMatch(o -> o.status() == status));
    }
    for (FailureClass failure : FailureClass.values()) {
      assertThat(
          failure.name(),
          all.stream().anyMatch(o -> o.isFailure() && o.failure().errorClass() == failure));
    }
  }

  @Test
  void tasksAndPendingTextsRoundTrip() throws Exception {
    for (AbstractTask task : List.of(TASK, BARE)) {
      roundTrips(OutcomeCoders.AbstractTaskCoder.of(), task);
      roundTrips(OutcomeCoders.PendingTextCoder.of(), new PendingText("sha256:ab12", task));
    }
    CoderProperties.coderSerializable(OutcomeCoders.PendingTextCoder.of());
  }

  @Test
  void countsRoundTrip() throws Exception {
    RunCounts counts = new RunCounts(1, 2, 3, Long.MAX_VALUE, 0, -1, 7, 8, Long.MIN_VALUE);
    roundTrips(OutcomeCoders.RunCountsCoder.of(), counts);
    roundTrips(OutcomeCoders.RunCountsCoder.of(), RunCounts.ZERO);
  }

  @Test
  void anUnknownOrdinalIsACoderError() throws Exception {
    byte[] bytes =
        CoderUtils.encodeToByteArray(
            OutcomeCoders.AbstractOutcomeCoder.of(), AbstractOutcome.reused(BARE));
    // path "" (1 byte), week null (1), entryIndex (1), rank (1), title null (1), then the status.
    bytes[5] = 99;
    assertThrows(
        CoderException.class,
        () -> CoderUtils.decodeFromByteArray(OutcomeCoders.AbstractOutcomeCoder.of(), bytes));
  }

  @Test
  void aRegistryTheyAreRegisteredInProvidesThem() throws Exception {
    CoderRegistry registry = Pipeline.create(PipelineOptionsFactory.create()).getCoderRegistry();
    assertThat(registry.getCoder(AbstractOutcome.class), instanceOf(SerializableCoder.class));
    OutcomeCoders.registerIn(registry);
    assertThat(
        registry.getCoder(AbstractOutcome.class),
        instanceOf(OutcomeCoders.AbstractOutcomeCoder.class));
    assertThat(
        registry.getCoder(AbstractTask.class), instanceOf(OutcomeCoders.AbstractTaskCoder.class));
    assertThat(
        registry.getCoder(PendingText.class), instanceOf(OutcomeCoders.PendingTextCoder.class));
    assertThat(registry.getCoder(RunCounts.class), instanceOf(OutcomeCoders.RunCountsCoder.class));
  }
}
