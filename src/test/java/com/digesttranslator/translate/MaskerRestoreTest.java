package com.digesttranslator.translate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.masking.Glossary;
import com.digesttranslator.translate.masking.GlossaryFormatException;
import com.digesttranslator.translate.masking.Masked;
import com.digesttranslator.translate.masking.Masker;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskerRestoreTest {

  private final Masked masked =
      Masker.defaults().mask("STEP3-VL-10B beats Qwen3-8B, see https://github.com/x/y.");

  private TranslationException failure(String translation) {
    return assertThrows(TranslationException.class, () -> masked.restore(translation));
  }

  @Test
  void putsEverySpanBackWhereverTheEngineMovedIt() throws TranslationException {
    assertThat(masked.text(), equalTo("ZX1Z beats ZX2Z, see ZX3Z."));

    assertThat(
        masked.restore("Ver ZX3Z: ZX1Z supera a ZX2Z."),
        equalTo("Ver https://github.com/x/y: STEP3-VL-10B supera a Qwen3-8B."));
  }

  @Test
  void placeholdersGluedToWordsOrEachOther() throws TranslationException {
    Masked glued = Masker.defaults().mask("\\url{https://a.org} and 8.0\\%.");

    assertThat(glued.text(), equalTo("ZX1Z{ZX2Z} and ZX3Z."));
    assertThat(glued.restore("ZX1Z{ZX2Z} y ZX3Z."), equalTo("\\url{https://a.org} y 8.0\\%."));
  }

  @Test
  void aLostPlaceholderIsAQualityFailureNamingWhatWasLost() {
    TranslationException e = failure("ZX1Z supera a ZX2Z.");

    assertThat(e.errorClass(), equalTo(ErrorClass.QUALITY));
    assertThat(e.getMessage(), containsString("lost ZX3Z ('https://github.com/x/y')"));
  }

  @Test
  void aDuplicatedPlaceholderFails() {
    assertThat(
        failure("ZX1Z supera a ZX2Z y ZX2Z, ver ZX3Z.").getMessage(),
        containsString("ZX2Z ('Qwen3-8B') appears 2 times"));
  }

  @Test
  void aGarbledPlaceholderFails() {
    TranslationException e = failure("ZX1Z supera a Z-X2Z, ver ZX 3Z.");

    assertThat(e.getMessage(), containsString("garbled placeholder 'Z-X2Z'"));
    assertThat(e.getMessage(), containsString("garbled placeholder 'ZX 3Z'"));
  }

  @Test
  void aPlaceholderInAnotherCaseIsStillItself() throws TranslationException {
    assertThat(
        masked.restore("zx1z supera a Zx2z, ver ZX3Z."),
        equalTo("STEP3-VL-10B supera a Qwen3-8B, ver https://github.com/x/y."));
  }

  @Test
  void aPlaceholderThatLostItsLastLetterFails() {
    assertThat(
        failure("ZX1Z supera a ZX2, ver ZX3Z.").getMessage(),
        containsString("garbled placeholder 'ZX2'"));
  }

  @Test
  void aPlaceholderNumberThatWasNeverIssuedFails() {
    assertThat(
        failure("ZX1Z supera a ZX2Z, ver ZX3Z y ZX4Z.").getMessage(),
        containsString("garbled placeholder 'ZX4Z'"));
  }

  @Test
  void longOriginalsAreShortenedInTheMessage() {
    Masked url =
        Masker.defaults().mask("At https://example.org/a/very/long/path/to/some/page/here");

    TranslationException e = assertThrows(TranslationException.class, () -> url.restore("En"));

    assertThat(
        e.getMessage(), containsString("lost ZX1Z ('https://example.org/a/very/long/path/...')"));
  }

  @Test
  void aKoreanParticleAgreesWithTheGlossaryTranslationPutBack() throws TranslationException {
    Glossary glossary = glossary("reinforcement learning\t강화학습\nagent\t에이전트\n");
    Masked withTerms =
        Masker.defaults().withGlossary(glossary).mask("Reinforcement learning trains an agent.");

    assertThat(withTerms.text(), equalTo("ZX1Z trains an ZX2Z."));
    assertThat(withTerms.restore("ZX1Z는 ZX2Z을 훈련한다."), equalTo("강화학습은 에이전트를 훈련한다."));
  }

  @Test
  void particlesAfterRieulAndVowelsAndWordsThatOnlyStartLikeParticles()
      throws TranslationException {
    Masked withTerms =
        Masker.defaults()
            .withGlossary(glossary("model\t모델\nagent\t에이전트\n"))
            .mask("model agent agent");

    assertThat(withTerms.restore("ZX1Z으로 ZX2Z이다 ZX3Z과"), equalTo("모델로 에이전트이다 에이전트와"));
  }

  @Test
  void particlesAfterLatinNamesAreLeftAsTheEngineChose() throws TranslationException {
    Masked name = Masker.defaults().mask("STEP3-VL-10B wins.");

    assertThat(name.restore("ZX1Z는 이긴다."), equalTo("STEP3-VL-10B는 이긴다."));
  }

  @Test
  void spansListTheOriginalAndItsRestoration() {
    Masked withTerm =
        Masker.defaults()
            .withGlossary(glossary("dataset\tconjunto de datos\n"))
            .mask("A dataset for MMBench.");

    assertThat(
        withTerm.spans(),
        equalTo(
            List.of(
                new Masked.Span("dataset", "conjunto de datos"),
                new Masked.Span("MMBench", "MMBench"))));
  }

  private static Glossary glossary(String tsv) {
    try {
      return Glossary.parse("test.tsv", tsv);
    } catch (GlossaryFormatException e) {
      throw new AssertionError(e);
    }
  }
}
