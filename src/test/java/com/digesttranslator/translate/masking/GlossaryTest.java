package com.digesttranslator.translate.masking;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.TranslationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {

  private static Glossary parse(String tsv) throws GlossaryFormatException {
    return Glossary.parse("terms.tsv", tsv);
  }

  /**
   * What a text becomes once its glossary terms are masked and put back untranslated around them.
   */
  private static String applied(Glossary glossary, String text) throws TranslationException {
    Masked masked = Masker.defaults().withoutNameHeuristic().withGlossary(glossary).mask(text);
    return masked.restore(masked.text());
  }

  @Test
  void readsEntriesSkippingCommentsAndBlankLines() throws Exception {
    Glossary glossary =
        parse(
            "\uFEFF# ML terms\r\n\r\nreinforcement learning\t강화학습\r\n"
                + "  # indented comment\n large language model \t 대규모 언어 모델 \n");

    assertThat(
        glossary.entries(),
        contains(
            new Glossary.Entry("reinforcement learning", "강화학습"),
            new Glossary.Entry("large language model", "대규모 언어 모델")));
  }

  @Test
  void aRowWithoutATabNamesFileAndLine() {
    GlossaryFormatException e =
        assertThrows(
            GlossaryFormatException.class, () -> parse("# header\nreinforcement learning  강화학습\n"));

    assertThat(e.getMessage(), startsWith("terms.tsv:2: expected 'term<TAB>translation'"));
  }

  @Test
  void aRowWithTwoTabsIsMalformed() {
    GlossaryFormatException e =
        assertThrows(GlossaryFormatException.class, () -> parse("a\tb\tc\n"));

    assertThat(
        e.getMessage(),
        containsString(
            "terms.tsv:1: expected 'term<TAB>translation' (exactly one tab), found 2 tabs"));
  }

  @Test
  void anEmptyTermOrTranslationIsMalformed() {
    assertThat(
        assertThrows(GlossaryFormatException.class, () -> parse("\tx\n")).getMessage(),
        containsString("terms.tsv:1: empty term"));
    assertThat(
        assertThrows(GlossaryFormatException.class, () -> parse("ok\tfine\nx\t \n")).getMessage(),
        containsString("terms.tsv:2: empty translation"));
  }

  @Test
  void aTermDefinedTwiceIsMalformedWhateverItsCase() {
    GlossaryFormatException e =
        assertThrows(
            GlossaryFormatException.class, () -> parse("dataset\t데이터셋\n\nDataset\t데이터 세트\n"));

    assertThat(e.getMessage(), equalTo("terms.tsv:3: term 'Dataset' is already defined on line 1"));
  }

  @Test
  void loadNamesTheFileInItsErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("en-xx.tsv");
    Files.writeString(file, "ok\tbien\nbroken\n", StandardCharsets.UTF_8);

    GlossaryFormatException e =
        assertThrows(GlossaryFormatException.class, () -> Glossary.load(file));

    assertThat(e.getMessage(), startsWith(file + ":2: "));
  }

  @Test
  void theShippedGlossariesLoad() throws Exception {
    assertThat(
        Glossary.load(Path.of("data/glossary/en-ko.tsv")).entries(),
        hasSize(greaterThanOrEqualTo(60)));
    assertThat(
        Glossary.load(Path.of("data/glossary/en-es.tsv")).entries(),
        hasSize(greaterThanOrEqualTo(20)));
  }

  @Test
  void termsMatchWholeWordsInAnyCaseAndSpacing() throws Exception {
    Glossary glossary = parse("reinforcement learning\t강화학습\nagent\t에이전트\n");

    assertThat(
        applied(glossary, "Deep Reinforcement\n  Learning for agents, not reagents."),
        equalTo("Deep 강화학습 for 에이전트, not reagents."));
  }

  @Test
  void theLongestTermWins() throws Exception {
    Glossary glossary = parse("language model\t언어 모델\nlarge language model\t대규모 언어 모델\n");

    assertThat(
        applied(glossary, "a large language model and a language model"),
        equalTo("a 대규모 언어 모델 and a 언어 모델"));
  }

  @Test
  void anEnglishPluralTakesTheSingularsTranslationUnlessListed() throws Exception {
    Glossary glossary =
        parse(
            "benchmark\tbanco de pruebas\ndataset\tconjunto de datos\n"
                + "datasets\tconjuntos de datos\nablation study\testudio de ablación\n"
                + "process\tproceso\n");

    assertThat(
        applied(glossary, "benchmarks, datasets, ablation studies, processes"),
        equalTo("banco de pruebas, conjuntos de datos, estudio de ablación, proceso"));
  }

  @Test
  void aCapitalisedOccurrenceGetsACapitalisedTranslation() throws Exception {
    Glossary glossary = parse("large language model\tmodelo de lenguaje grande\nGPU\tGPU\n");

    assertThat(
        applied(glossary, "Large language models run on GPUs; a large language model."),
        equalTo("Modelo de lenguaje grande run on GPU; a modelo de lenguaje grande."));
  }

  @Test
  void termsInsideHyphenatedNamesAreLeftAlone() throws Exception {
    Glossary glossary = parse("transformer\t트랜스포머\n");

    assertThat(
        applied(glossary, "Block-Transformer, Transformer-XL and a transformer-based model"),
        equalTo("Block-Transformer, Transformer-XL and a 트랜스포머-based model"));
  }

  @Test
  void urlsAndCodeWinOverTerms() throws Exception {
    Glossary glossary = parse("transformer\t트랜스포머\n");

    assertThat(
        applied(glossary, "see https://x.org/transformer and `transformer`"),
        equalTo("see https://x.org/transformer and `transformer`"));
  }

  @Test
  void anEmptyGlossaryFindsNothing() {
    assertThat(Glossary.empty().find("reinforcement learning"), empty());
    assertThat(Glossary.empty().isEmpty(), equalTo(true));
  }

  @Test
  void entriesAreForProvidersWithNativeGlossaries() throws Exception {
    List<Glossary.Entry> entries = Glossary.load(Path.of("data/glossary/en-ko.tsv")).entries();

    assertThat(entries, hasItem(new Glossary.Entry("reinforcement learning", "강화학습")));
  }
}
