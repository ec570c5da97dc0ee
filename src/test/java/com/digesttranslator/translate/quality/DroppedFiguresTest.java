package com.digesttranslator.translate.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** Figures of the source that a translation must keep. */
class DroppedFiguresTest {

  private static final String SOURCE =
      "The benchmark spans 4 domains and 14 categories with 765"
          + " test cases; the best model reaches 61.82% accuracy.";
  private static final QualityGate KO = QualityGate.forTarget("ko");

  @Test
  void aDroppedClauseTakesItsFiguresWithIt() {
    String korean = "이 벤치마크는 765개의 테스트 케이스를 포함하며, 최고 모델의 정확도는 61.82%이다. 다양한 분야를 포함한다.";

    assertThat(
        KO.problem(SOURCE, korean).orElse("accepted"),
        equalTo("figures of the source missing from the translation: 14: content dropped?"));
  }

  @Test
  void everyFigureKeptIsAccepted() {
    String korean = "이 벤치마크는 4개 분야와 14개 범주에 걸친 765개의 테스트 케이스를 포함하며, 최고 모델의 정확도는" + " 61.82%이다.";

    assertThat(KO.problem(SOURCE, korean).orElse("accepted"), equalTo("accepted"));
  }

  @Test
  void onlyFiguresATranslationKeepsAsDigitsCount() {
    assertThat(
        DroppedFigures.figures(
            "We use 2 stages, 3,000 questions, 50,000 images, 5 million tokens, GPT-4o, the 1st"
                + " place, 3D scenes, (1) and 12.5%, 1,024 tokens and 2024 data."),
        contains("12.5", "1,024", "2024"));
  }

  @Test
  void separatorsMayChange() {
    String source = "Scores rise by 0.259 and 1.76 points on 1,024 samples in all of our tests.";
    String spanish =
        "Las puntuaciones suben 0,259 y 1,76 puntos en 1.024 muestras en todas"
            + " nuestras pruebas.";

    assertThat(
        QualityGate.forTarget("es").problem(source, spanish).orElse("accepted"),
        equalTo("accepted"));
  }
}
