package com.digesttranslator.translate.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** Figures with a scale word must keep their value in a language that counts differently. */
class ScaledFiguresTest {

  private static final String SOURCE =
      "We pretrain a 460 million parameter model on 3 billion tokens and 5 million images.";

  private static String verdict(String language, String translation) {
    return ScaledFigures.find(SOURCE, translation, language).orElse("accepted");
  }

  @Test
  void koreanTenThousandsAtTheRightScaleAreAccepted() {
    assertThat(
        verdict("ko", "4억 6천만 개의 매개변수를 가진 모델을 30억 개의 토큰과 500만 개의 이미지로 사전 학습한다."),
        equalTo("accepted"));
    assertThat(
        verdict("ko", "4.6억 매개변수 모델을 3,000,000,000개의 토큰과 5백만 개의 이미지로 사전 학습한다."),
        equalTo("accepted"));
  }

  @Test
  void theDigitsKeptWithTheNearestKoreanUnitAreRejected() {
    assertThat(
        verdict("ko", "460억 개의 매개변수를 가진 모델을 30억 개의 토큰과 500만 개의 이미지로 사전 학습한다."),
        equalTo(
            "a figure at the wrong scale: '460 million' (460,000,000) written as '460억'"
                + " (46,000,000,000)"));
    assertThat(
        verdict("ko", "4억 6천만 개의 매개변수를 가진 모델을 3억 개의 토큰과 500만 개의 이미지로 사전 학습한다."),
        equalTo(
            "a figure at the wrong scale: '3 billion' (3,000,000,000) written as '3억'"
                + " (300,000,000)"));
  }

  @Test
  void japaneseAndChineseCountInTenThousandsToo() {
    assertThat(verdict("ja", "4億6000万パラメータのモデルを30億トークンと500万枚の画像で事前学習する。"), equalTo("accepted"));
    assertThat(
        verdict("zh", "我们在30亿个词元和500万张图像上预训练一个460亿参数的模型。"),
        equalTo(
            "a figure at the wrong scale: '460 million' (460,000,000) written as '460亿'"
                + " (46,000,000,000)"));
  }

  @Test
  void aLongScaleBillionIsAThousandTimesTooMuch() {
    assertThat(
        verdict(
            "es",
            "Preentrenamos un modelo de 460 millones de parámetros con 3 mil millones de tokens y"
                + " 5 millones de imágenes."),
        equalTo("accepted"));
    assertThat(
        verdict(
            "es",
            "Preentrenamos un modelo de 460 millones de parámetros con 3 billones de tokens y 5"
                + " millones de imágenes."),
        equalTo(
            "a figure at the wrong scale: '3 billion' (3,000,000,000) written as '3 billones'"
                + " (3,000,000,000,000)"));
    assertThat(
        ScaledFigures.find(
                "trained on 18 trillion tokens", "entrenado con 18 billones de tokens", "es")
            .orElse("accepted"),
        equalTo("accepted"));
  }

  @Test
  void aFigureLeftOutOrSpelledInWordsIsNotJudgedHere() {
    assertThat(verdict("ko", "대규모 모델을 많은 토큰과 이미지로 사전 학습한다."), equalTo("accepted"));
    assertThat(verdict("ko", "수억 개의 매개변수를 가진 모델을 학습한다."), equalTo("accepted"));
  }

  @Test
  void wordsThatMerelyFollowANumberAreNoUnit() {
    String source = "It improves accuracy by 10 points over 2 million samples.";
    assertThat(
        ScaledFigures.find(source, "200만 개의 샘플에서 정확도를 10만큼 높인다.", "ko").orElse("accepted"),
        equalTo("accepted"));
  }

  @Test
  void targetsWithoutAKnownScaleAreNotJudged() {
    assertThat(verdict("pt", "Um modelo de 460 bilhões de parâmetros."), equalTo("accepted"));
    assertThat(verdict("en", "A 460 billion parameter model."), equalTo("accepted"));
  }

  @Test
  void theGateReportsIt() {
    assertThat(
        QualityGate.forTarget("ko")
            .problem(SOURCE, "460억 개의 매개변수를 가진 모델을 30억 개의 토큰과 500만 개의 이미지로 사전 학습한다.")
            .orElse("accepted"),
        equalTo(
            "a figure at the wrong scale: '460 million' (460,000,000) written as '460억'"
                + " (46,000,000,000)"));
  }
}
