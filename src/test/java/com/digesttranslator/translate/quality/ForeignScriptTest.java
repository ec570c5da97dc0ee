package com.digesttranslator.translate.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Letters of a script foreign to the target, through the gate, on short texts of our own. */
class ForeignScriptTest {

  private static final String SOURCE =
      "We fine-tune the diffusion model on unseen benchmarks and"
          + " report the state-of-the-art results of MMLU and GPT-4o for comparison.";

  private static String reason(String target, String translation) {
    return QualityGate.forTarget(target).problem(SOURCE, translation).orElse("accepted");
  }

  @Test
  void katakanaInsideKoreanIsRejectedAndQuoted() {
    String korean = "우리는 보지 못한 ベンチマーク에서 확산 모델을 미세 조정하고, MMLU와 GPT-4o의 최신 결과를" + " 비교를 위해 보고한다.";

    assertThat(
        reason("ko", korean),
        equalTo("foreign script in a 'ko' translation: 6 katakana letters ('ベンチマーク')"));
  }

  @Test
  void hanAndKanaAreNamedWithEveryRunQuoted() {
    String korean = "우리는 未见过的 벤치마크에서 확산 모델을 微调하고です, MMLU와 GPT-4o의 先端的 결과를" + " 비교를 위해 보고한다.";

    assertThat(
        reason("ko", korean),
        allOf(
            containsString("Han (Chinese character)/hiragana"),
            containsString("'未见过的', '微调', 'です', '先端的'")));
  }

  @Test
  void oneCyrillicLetterInsideAKoreanWordIsEnough() {
    String korean = "우리는 보지 못한 벤치마크에서 세ман틱 확산 모델을 미세 조정하고, MMLU와 GPT-4o의 결과를" + " 비교를 위해 보고한다.";

    assertThat(reason("ko", korean), containsString("3 Cyrillic letters ('ман')"));
  }

  @Test
  void cleanKoreanWithLatinNamesPasses() {
    String korean =
        "우리는 보지 못한 벤치마크에서 diffusion 모델을 미세 조정하고, MMLU와 GPT-4o의 최신 결과를" + " 비교를 위해 보고한다.";

    assertThat(reason("ko", korean), equalTo("accepted"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ja | 未見のベンチマークで拡散モデルを微調整し、比較のためにMMLUとGPT-4oの最先端の結果を報告する。",
        "zh | 我们在未见过的基准上微调扩散模型，并报告MMLU和GPT-4o的最新结果以供比较。",
        "ru | Мы дообучаем диффузионную модель на новых тестах и сообщаем результаты MMLU и GPT-4o."
      })
  void ownScriptsAreNotForeign(String target, String translation) {
    assertThat(reason(target, translation), equalTo("accepted"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ja | 未見のベンチマークで拡散모델을微調整し、比較のためにMMLUとGPT-4oの最先端の結果を報告する。 | Hangul",
        "ja | 未見のベンチマークで拡散モデルを微調整し、比較のためにMMLUとGPT-4oのрезультатыを報告する。 | Cyrillic",
        "zh | 我们在未见过的基准上微调扩散モデル，并报告MMLU和GPT-4o的最新结果以供比较。 | katakana",
        "es | Ajustamos el modelo en benchmarks no vistos y reportamos 결과 de MMLU y GPT-4o. |"
            + " Hangul",
        "es | Ajustamos el modelo en benchmarks 未见过 y reportamos los resultados de MMLU y GPT-4o. |"
            + " Han"
      })
  void everyTargetRejectsOtherScripts(String target, String translation, String script) {
    assertThat(
        reason(target, translation),
        containsString("foreign script in a '" + target + "' translation"));
    assertThat(reason(target, translation), containsString(script));
  }

  @Test
  void aScriptTheSourceUsesMayBeCarriedOver() {
    String source =
        "We compare the Chinese term 微调 with its English equivalent, fine-tuning, in"
            + " many training recipes for language models.";
    String korean = "우리는 중국어 용어 微调를 영어의 대응어인 fine-tuning과 여러 언어 모델 훈련 방법에서 비교한다.";

    assertThat(
        QualityGate.forTarget("ko").problem(source, korean).orElse("accepted"),
        equalTo("accepted"));
  }

  @Test
  void aLoneGreekLetterIsASymbol() {
    String korean = "우리는 보지 못한 벤치마크에서 확산 모델을 α 값으로 미세 조정하고, MMLU와 GPT-4o의 결과를" + " 비교를 위해 보고한다.";

    assertThat(reason("ko", korean), equalTo("accepted"));
  }

  @Test
  void anUnknownTargetHasNoForeignScript() {
    String mixed = "우리는 ベンチマーク에서 확산 모델을 미세 조정하고, MMLU와 GPT-4o의 최신 결과를 비교를 위해" + " 보고한다.";

    assertThat(
        new QualityGate().problem(SOURCE, mixed).orElse("accepted"),
        not(containsString("foreign script")));
    assertThat(
        QualityGate.forTarget("tlh").problem(SOURCE, mixed).orElse("accepted"),
        not(containsString("foreign script")));
  }
}
