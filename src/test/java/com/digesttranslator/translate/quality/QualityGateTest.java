package com.digesttranslator.translate.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualityGateTest {

  private static final String SOURCE =
      "We present STEP3-VL-10B, a lightweight open-source foundation"
          + " model that balances compact efficiency and frontier-level multimodal intelligence.";
  private static final String KOREAN =
      "우리는 컴팩트한 효율성과 최전선 수준의 멀티모달 지능 사이의 균형을 맞춘 경량" + " 오픈소스 기반 모델 STEP3-VL-10B를 제시한다.";
  private static final String SPANISH =
      "Presentamos STEP3-VL-10B, un modelo fundacional ligero de código abierto que equilibra la"
          + " eficiencia compacta y la inteligencia multimodal de vanguardia.";

  private static final QualityGate KO = QualityGate.forTarget("ko");
  private static final QualityGate ES = QualityGate.forTarget("es");

  private static String reason(QualityGate gate, String source, String translation) {
    return gate.problem(source, translation).orElse("accepted");
  }

  @Test
  void acceptsAGoodTranslation() {
    assertThat(KO.problem(SOURCE, KOREAN), equalTo(Optional.empty()));
    assertThat(ES.problem(SOURCE, SPANISH), equalTo(Optional.empty()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n"})
  void rejectsAnEmptyTranslation(String empty) {
    assertThat(reason(KO, SOURCE, empty), equalTo("empty translation"));
  }

  @Test
  void rejectsANullTranslation() {
    assertThat(reason(ES, SOURCE, null), equalTo("empty translation"));
  }

  @Test
  void rejectsACopyOfTheSourceEvenWithOtherSpacing() {
    assertThat(
        reason(ES, SOURCE, "  " + SOURCE.replace(" a ", "\n a  ")),
        equalTo("translation is identical to the source"));
  }

  @Test
  void rejectsACopyInOtherCaseWithEveryKindOfRegexSpace() {
    assertThat(
        reason(ES, SOURCE, SOURCE.toUpperCase(Locale.ROOT).replace(" ", " \t\u000B\f\r\n")),
        equalTo("translation is identical to the source"));
  }

  @Test
  void aShortTextMayComeBackUnchanged() {
    assertThat(reason(ES, "STEP3-VL-10B", "STEP3-VL-10B"), equalTo("accepted"));
  }

  @Test
  void koreanMustBeMostlyHangul() {
    assertThat(
        reason(KO, SOURCE, SPANISH),
        containsString(
            "only 0% of the letters are in the hangul script (at least 30% expected for 'ko')"));
  }

  @Test
  void aHalfTranslatedReplyIsRejected() {
    String mostlyEnglish =
        "We present STEP3-VL-10B, a lightweight open-source 기반 모델 that balances"
            + " compact efficiency and frontier-level intelligence.";

    assertThat(reason(KO, SOURCE, mostlyEnglish), containsString("in the hangul script"));
  }

  @Test
  void namesAndUrlsDoNotCountAgainstTheScript() {
    String source =
        "Code: https://github.com/UniPat-AI/BabyVision, with Qwen3-VL-235B, GPT-4o,"
            + " Gemini-2.5-Pro, MMBench, MMMU and OCRBench results.";
    String translation =
        "코드: https://github.com/UniPat-AI/BabyVision, Qwen3-VL-235B, GPT-4o,"
            + " Gemini-2.5-Pro, MMBench, MMMU, OCRBench 결과 포함.";

    assertThat(reason(KO, source, translation), equalTo("accepted"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ja | 私たちは、コンパクトな効率性と最先端のマルチモーダル知能を両立させた軽量モデルを提示する。これは本当に良いです。",
        "zh | 我们提出了一个轻量级开源基础模型，在紧凑效率与前沿多模态智能之间取得平衡，并在多个基准上表现出色。",
        "zh-Hant-TW | 我們提出了一個輕量級開源基礎模型，在緊湊效率與前沿多模態智能之間取得平衡，並在多個基準上表現出色。",
        "ru | Мы представляем облегчённую модель с открытым исходным кодом, сочетающую компактность"
            + " и мультимодальный интеллект.",
        "el | Παρουσιάζουμε ένα ελαφρύ μοντέλο ανοιχτού κώδικα που συνδυάζει αποδοτικότητα και"
            + " πολυτροπική νοημοσύνη.",
        "sr-Latn | Predstavljamo lagan model otvorenog koda koji uravnotežuje kompaktnu efikasnost"
            + " i multimodalnu inteligenciju."
      })
  void otherTargetsAcceptTheirOwnScript(String target, String translation) {
    assertThat(reason(QualityGate.forTarget(target), SOURCE, translation), equalTo("accepted"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ja | hiragana/katakana",
        "zh | han",
        "ru | cyrillic",
        "ar | arabic",
        "hi | devanagari"
      })
  void otherTargetsRejectLatinReplies(String target, String script) {
    assertThat(
        reason(QualityGate.forTarget(target), SOURCE, SPANISH),
        containsString("in the " + script + " script"));
  }

  @Test
  void japaneseMustHaveKanaNotJustHanCharacters() {
    String chinese = "我们提出了一个轻量级开源基础模型，在紧凑效率与前沿多模态智能之间取得平衡，并在多个基准上表现出色。";

    assertThat(
        reason(QualityGate.forTarget("ja"), SOURCE, chinese), containsString("hiragana/katakana"));
  }

  @Test
  void rejectsATruncatedTranslation() {
    assertThat(
        reason(ES, SOURCE, SPANISH.substring(0, 60)),
        containsString("suspiciously short translation (60 characters for 144): truncated?"));
  }

  @Test
  void aRatioTooShortForSpanishIsNormalForKorean() {
    assertThat(
        reason(KO, SOURCE, "우리는 경량 모델 STEP3-VL-10B를 제시한다. 효율성과 지능의 균형을 맞춘다."), equalTo("accepted"));
    assertThat(
        reason(ES, SOURCE, "Presentamos STEP3-VL-10B, un modelo ligero y eficiente."),
        containsString("suspiciously short"));
  }

  @Test
  void rejectsATranslationThatIsMuchLongerThanItShouldBe() {
    String rambling = KOREAN + " " + KOREAN + " " + KOREAN + " " + KOREAN;

    assertThat(reason(KO, SOURCE, rambling), containsString("suspiciously long translation"));
  }

  @Test
  void shortSourcesAreNotJudgedByLength() {
    assertThat(
        reason(ES, "Yes.", "Sí, efectivamente, así es en todos los casos posibles."),
        equalTo("accepted"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Here is the translation: ",
        "Sure! Here's the Korean translation:\n",
        "Certainly, ",
        "Translation: ",
        "Korean translation: ",
        "번역: ",
        "다음은 한국어 번역입니다:\n",
        "물론입니다! ",
        "Aquí está la traducción: ",
        "以下是翻译：",
        "翻訳："
      })
  void rejectsAChatPreamble(String preamble) {
    assertThat(reason(KO, SOURCE, preamble + KOREAN), containsString("translation starts with"));
  }

  @Test
  void rejectsCodeFencesAndSignOffs() {
    assertThat(reason(KO, SOURCE, "```\n" + KOREAN + "\n```"), containsString("code fence"));
    assertThat(
        reason(KO, SOURCE, KOREAN + "\n\nLet me know if you need anything else!"),
        containsString("sign-off"));
  }

  @Test
  void chatThatTheSourceHasTooIsTranslation() {
    String source =
        "Of course, models fail. Here is the translation step of our pipeline, which we"
            + " describe with ```code``` examples.";
    String translation =
        "Por supuesto, los modelos fallan. Aquí está la traducción paso de nuestro"
            + " pipeline, que describimos con ```code``` ejemplos.";

    assertThat(reason(ES, source, translation), equalTo("accepted"));
  }

  @Test
  void ordinaryOpeningsAreNotChat() {
    assertThat(reason(ES, SOURCE, "Claramente, " + SPANISH), equalTo("accepted"));
    assertThat(reason(KO, SOURCE, "네트워크 " + KOREAN), equalTo("accepted"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\n\n(Note: The provided text is already in Korean, so no translation is necessary.)",
        "\n\n（注意：虽然要求不添加额外的文本，但为了确保翻译的准确性。）",
        "\n참고: 원문의 구조를 유지했습니다."
      })
  void rejectsANoteToTheReader(String note) {
    assertThat(reason(KO, SOURCE, KOREAN + note), containsString("adds a note to the reader: '"));
  }

  /** {@code n} Hangul syllables in words of four, none repeated in a row. */
  private static String hangul(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(i % 5 == 4 ? ' ' : (char) (0xAC00 + (i * 389) % 11172));
    }
    return text.toString();
  }

  @Test
  void koreanLowerBoundIsTheMeasuredOneForAbstractLengthSources() {
    String source =
        "Large language models solve many tasks. However, they fail on long documents. We therefore"
            + " propose a new memory module that stores summaries of earlier passages. Experiments"
            + " on four benchmarks show large gains in accuracy at a small cost in speed. The"
            + " module is simple to add to existing models and needs no extra training data. We"
            + " release all code and data so that others can build on this line of work.";

    assertThat(source.length() >= 400, equalTo(true));
    assertThat(
        reason(KO, source, hangul(source.length() * 34 / 100)),
        containsString("suspiciously short translation"));
    assertThat(reason(KO, source, hangul(source.length() * 36 / 100)), equalTo("accepted"));
  }

  @Test
  void aSingleSentenceMayBeTerser() {
    assertThat(reason(KO, SOURCE, hangul(SOURCE.length() * 25 / 100)), equalTo("accepted"));
    assertThat(
        reason(KO, SOURCE, hangul(SOURCE.length() * 19 / 100)),
        containsString("suspiciously short translation"));
  }

  @Test
  void travelsToWorkersByJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(KO);
    }
    QualityGate copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (QualityGate) in.readObject();
    }

    assertThat(reason(copy, SOURCE, SPANISH), containsString("hangul"));
  }

  @Test
  void withoutATargetOnlyLanguageIndependentChecksRun() {
    QualityGate unknown = new QualityGate();

    assertThat(reason(unknown, SOURCE, SPANISH), equalTo("accepted"));
    assertThat(reason(unknown, SOURCE, KOREAN), equalTo("accepted"));
    assertThat(
        reason(unknown, SOURCE, "Presentamos un modelo."), containsString("suspiciously short"));
    assertThat(
        reason(unknown, SOURCE, "Sure, " + SPANISH), containsString("translation starts with"));
  }
}
