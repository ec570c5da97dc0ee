package com.digesttranslator.translate.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A phrase looping in the reply, through the gate. */
class RepetitionTest {

  private static final String SOURCE =
      "Our model improves accuracy by 15% on the benchmark and"
          + " grounding by 10.3% compared with the base model, while using far less data.";
  private static final String KOREAN =
      "우리 모델은 기본 모델과 비교하여 벤치마크에서 정확도를 15%, grounding을 10.3%" + " 향상시키며, 훨씬 적은 데이터를 사용한다.";
  private static final QualityGate KO = QualityGate.forTarget("ko");

  private static String reason(String source, String translation) {
    return KO.problem(source, translation).orElse("accepted");
  }

  @Test
  void aPhraseLoopingWithinAPlausibleLengthIsRejected() {
    String looping =
        "우리 모델은 벤치마크에서 정확도를 15%, grounding을 10.3% 향상시키며, "
            + "기본 모델과 비교하여, ".repeat(4)
            + "데이터를 사용한다.";

    assertThat(
        reason(SOURCE, looping),
        equalTo("runaway repetition: '기본 모델과 비교하여, ' repeated 4 times in a row"));
  }

  @Test
  void aLongLoopIsRejectedAsTooLongAndNamed() {
    String runaway = KOREAN + " " + "기본 모델과 비교하여, ".repeat(200);

    assertThat(
        reason(SOURCE, runaway),
        containsString(
            "suspiciously long translation (2676 characters for 131): '기본 모델과 비교하여, '"
                + " repeated 200 times in a row"));
  }

  @Test
  void aWordSaidTwiceIsNotALoop() {
    assertThat(reason(SOURCE, KOREAN.replace("훨씬", "훨씬 훨씬")), equalTo("accepted"));
  }

  @Test
  void aRepetitionTheSourceHasIsTranslation() {
    String source =
        "Step one: we train. Step one: we train. Step one: we train. Then we evaluate"
            + " every model on the benchmark.";
    String korean = "1단계: 훈련한다. 1단계: 훈련한다. 1단계: 훈련한다. 그다음 모든 모델을 벤치마크에서 평가한다.";

    assertThat(reason(source, korean), equalTo("accepted"));
  }

  @Test
  void repeatedPunctuationOrNumbersAreNotALoop() {
    String dots = KOREAN + " ..........................................";

    assertThat(reason(SOURCE, dots), equalTo("accepted"));
  }

  @Test
  void scanningOnlyThePeriodsWhereSomethingRecursFindsWhatTheFullScanFinds() {
    Random random = new Random(13);
    String[] words = {"모델", "the ", "de la ", "15% ", ", ", "기본 ", "model ", "a", " "};
    int loops = 0;
    int skipped = 0;
    for (int t = 0; t < 3000; t++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < 200 + random.nextInt(600)) {
        if (random.nextInt(12) == 0) {
          StringBuilder unit = new StringBuilder();
          for (int w = random.nextInt(6); w >= 0; w--) {
            unit.append(words[random.nextInt(words.length)]);
          }
          text.append(unit.toString().repeat(2 + random.nextInt(4)));
        } else {
          text.append(words[random.nextInt(words.length)]).append(random.nextInt(1000));
        }
      }
      String s = text.toString();
      Optional<Repetition.Loop> full = Repetition.longest(s).filter(loop -> loop.times() >= 3);
      assertThat(s, Repetition.loopIn(s), equalTo(full));
      loops += full.isPresent() ? 1 : 0;
      skipped += Repetition.candidatePeriods(s).length == 0 ? 1 : 0;
    }
    assertThat(loops, greaterThan(100));
    assertThat(skipped, greaterThan(100));
    assertThat(Repetition.candidatePeriods(KOREAN).length, equalTo(0));
  }
}
