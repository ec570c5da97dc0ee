package com.digesttranslator.translate.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** The source copied into the reply, through the gate. */
class SourceEchoTest {

  private static final String SOURCE =
      "We introduce a benchmark for video reasoning that covers"
          + " many domains. Models are evaluated on temporal questions and spatial questions.";
  private static final String KOREAN =
      "우리는 여러 분야를 다루는 비디오 추론 벤치마크를 소개한다. 모델은 시간적 질문과" + " 공간적 질문으로 평가된다.";
  private static final QualityGate KO = QualityGate.forTarget("ko");

  @Test
  void aTranslationFollowedByPartOfTheSourceIsAnEcho() {
    String firstSentence = SOURCE.substring(0, SOURCE.indexOf('.') + 1);

    assertThat(
        KO.problem(SOURCE, KOREAN + "\n\n" + firstSentence).orElse("accepted"),
        equalTo(
            "translation repeats 55% of the source's words verbatim (11 of 20): untranslated"
                + " or echoed source"));
  }

  @Test
  void halfTheSourceLeftInEnglishIsAnEcho() {
    String half =
        "우리는 여러 분야를 다루는 비디오 추론 벤치마크를 소개한다."
            + " Models are evaluated on temporal questions and spatial questions.";

    assertThat(
        KO.problem(SOURCE, half).orElse("accepted"),
        containsString("repeats 45% of the source's words"));
  }

  @Test
  void namesAndShortTermsKeptInEnglishAreNotAnEcho() {
    String source =
        "We evaluate Qwen2.5-VL-7B with Group Relative Policy Optimization (GRPO) on"
            + " VSI-Bench and report the results at https://github.com/x/y for all models.";
    String korean =
        "우리는 Group Relative Policy Optimization(GRPO)으로 Qwen2.5-VL-7B를 VSI-Bench에서"
            + " 평가하고 모든 모델의 결과를 https://github.com/x/y 에 보고한다.";

    assertThat(KO.problem(source, korean).orElse("accepted"), equalTo("accepted"));
  }
}
