package com.digesttranslator.translate.masking;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TextReply;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.quality.QualityGate;
import com.digesttranslator.translate.resilience.CircuitBreaker;
import com.digesttranslator.translate.resilience.ResilientTranslator;
import com.digesttranslator.translate.resilience.RetryPolicy;
import com.digesttranslator.translate.resilience.TextResult;
import com.digesttranslator.translate.resilience.TranslationListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class MaskingTranslatorTest {

  private static final String SOURCE =
      "We present STEP3-VL-10B, a model that outperforms Qwen3-VL-235B on many tasks.";

  /** A stand-in engine: records what it was sent and answers with {@code reply}. */
  private static class FakeEngine implements Translator {
    final List<String> sent = new ArrayList<>();
    final List<UnaryOperator<String>> replies;
    boolean checked;
    boolean closed;

    @SafeVarargs
    FakeEngine(UnaryOperator<String>... replies) {
      this.replies = List.of(replies);
    }

    @Override
    public List<String> translate(List<String> texts) {
      sent.addAll(texts);
      UnaryOperator<String> reply = replies.get(Math.min(sent.size(), replies.size()) - 1);
      return texts.stream().map(reply).toList();
    }

    @Override
    public RequestLimits limits() {
      return new RequestLimits(4, 1000, 4000);
    }

    @Override
    public void checkReady() {
      checked = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Needs no mask, and its translation differs from it. */
  private static final String PLAIN =
      "We present a simple method that works well on many tasks in the translation of abstracts.";

  private static String spanish(String masked) {
    return masked
        .replace("We present", "Presentamos")
        .replace("a model that outperforms", "un modelo que supera a")
        .replace("on many tasks", "en muchas tareas");
  }

  private static String dropSecondPlaceholder(String masked) {
    return spanish(masked).replace("ZX2Z", "");
  }

  @Test
  void theEngineSeesPlaceholdersAndTheCallerGetsTheNamesBack() throws Exception {
    FakeEngine engine = new FakeEngine(MaskingTranslatorTest::spanish);
    Translator translator = new MaskingTranslator(engine, Masker.defaults());

    List<String> out = translator.translate(List.of(SOURCE));

    assertThat(
        engine.sent, contains("We present ZX1Z, a model that outperforms ZX2Z on many tasks."));
    assertThat(
        out,
        contains(
            "Presentamos STEP3-VL-10B, un modelo que supera a Qwen3-VL-235B en muchas tareas."));
  }

  @Test
  void aDamagedPlaceholderIsAQualityFailure() {
    Translator translator =
        new MaskingTranslator(
            new FakeEngine(MaskingTranslatorTest::dropSecondPlaceholder), Masker.defaults());

    TranslationException e =
        assertThrows(TranslationException.class, () -> translator.translate(List.of(SOURCE)));

    assertThat(e.errorClass(), equalTo(ErrorClass.QUALITY));
    assertThat(e.getMessage(), containsString("lost ZX2Z ('Qwen3-VL-235B')"));
  }

  @Test
  void aMiscountedReplyIsPassedOnForTheCallerToReport() throws Exception {
    Translator oneReply =
        new FakeEngine(s -> s) {
          @Override
          public List<String> translate(List<String> texts) {
            return List.of("uno");
          }
        };

    assertThat(
        new MaskingTranslator(oneReply, Masker.defaults()).translate(List.of("one", "two")),
        contains("uno"));
  }

  @Test
  void leavesHeadroomForPlaceholdersLongerThanWhatTheyHide() {
    Translator translator = new MaskingTranslator(new FakeEngine(s -> s), Masker.defaults());

    assertThat(translator.limits(), equalTo(new RequestLimits(4, 900, 3600)));
  }

  @Test
  void readinessAndClosingGoToTheEngine() throws Exception {
    FakeEngine engine = new FakeEngine(s -> s);
    Translator translator = new MaskingTranslator(engine, Masker.defaults());

    translator.checkReady();
    translator.close();

    assertThat(engine.checked, equalTo(true));
    assertThat(engine.closed, equalTo(true));
  }

  @Test
  void inResilientTranslatorADamagedReplyIsRetried() {
    FakeEngine engine =
        new FakeEngine(
            MaskingTranslatorTest::dropSecondPlaceholder, MaskingTranslatorTest::spanish);

    TextResult result = resilient(engine).translateAll(List.of(SOURCE)).get(0);

    assertThat(result.translation(), containsString("Qwen3-VL-235B"));
    assertThat(result.attempts(), equalTo(2));
  }

  @Test
  void inResilientTranslatorAPersistentlyDamagedReplyIsReportedAsQuality() {
    FakeEngine engine = new FakeEngine(MaskingTranslatorTest::dropSecondPlaceholder);

    TextResult result = resilient(engine).translateAll(List.of(SOURCE)).get(0);

    assertThat(result.succeeded(), equalTo(false));
    assertThat(result.errorClass().label(), equalTo("quality"));
    assertThat(result.message(), containsString("lost ZX2Z ('Qwen3-VL-235B')"));
    // The same damaged reply twice: a deterministic engine is not asked a third time.
    assertThat(result.attempts(), equalTo(2));
    assertThat(engine.sent.get(0), not(containsString("Qwen3")));
  }

  @Test
  void aDamagedPlaceholderFailsOnlyItsTextAndTheBatchIsKept() throws Exception {
    FakeEngine engine = new FakeEngine(MaskingTranslatorTest::dropSecondPlaceholder);
    Translator translator = new MaskingTranslator(engine, Masker.defaults());

    List<TextReply> replies =
        translator.translateEach(List.of(PLAIN, SOURCE), Arrays.asList(null, null));

    assertThat(replies.get(0).isDefective(), equalTo(false));
    assertThat(replies.get(1).defect().errorClass(), equalTo(ErrorClass.QUALITY));
    assertThat(replies.get(1).defect().getMessage(), containsString("lost ZX2Z ('Qwen3-VL-235B')"));
    assertThat(
        replies.get(1).reply(),
        equalTo(dropSecondPlaceholder(Masker.defaults().mask(SOURCE).text())));
  }

  @Test
  void inResilientTranslatorOnlyTheDamagedTextOfABatchIsSentAgain() {
    FakeEngine engine =
        new FakeEngine(
            MaskingTranslatorTest::dropSecondPlaceholder,
            MaskingTranslatorTest::dropSecondPlaceholder,
            MaskingTranslatorTest::spanish);

    List<TextResult> results = resilient(engine).translateAll(List.of(PLAIN, SOURCE));

    assertThat(
        engine.sent,
        contains(
            PLAIN, Masker.defaults().mask(SOURCE).text(), Masker.defaults().mask(SOURCE).text()));
    assertThat(results.get(0).succeeded(), equalTo(true));
    assertThat(results.get(1).translation(), containsString("Qwen3-VL-235B"));
  }

  private static ResilientTranslator resilient(Translator engine) {
    return new ResilientTranslator(
        new MaskingTranslator(engine, Masker.defaults()),
        RetryPolicy.withMaxAttempts(3),
        CircuitBreaker.forRun("masking-" + UUID.randomUUID()),
        QualityGate.forTarget("es"),
        delay -> {},
        new Random(1),
        TranslationListener.NONE);
  }
}
