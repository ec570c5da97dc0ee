package com.digesttranslator.translate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import com.digesttranslator.testing.CorpusAbstracts;
import com.digesttranslator.translate.masking.Glossary;
import com.digesttranslator.translate.masking.Masked;
import com.digesttranslator.translate.masking.Masker;
import com.digesttranslator.translate.masking.MaskingTranslator;
import com.digesttranslator.translate.masking.NameTokens;
import com.digesttranslator.translate.resilience.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mask → translate → restore on every abstract of the corpus, with stand-in engines. */
class MaskerCorpusTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("ZX(\\d+)Z");

  private static List<CorpusAbstracts.Row> corpus;
  private final Masker masker = Masker.defaults();

  @BeforeAll
  static void load() {
    corpus = CorpusAbstracts.abstracts();
  }

  @Test
  void theCorpusIsComplete() {
    assertThat(corpus, hasSize(1180));
  }

  @Test
  void everyAbstractComesBackByteIdenticalFromAnEngineThatChangesNothing() throws Exception {
    List<String> failures = new ArrayList<>();
    for (CorpusAbstracts.Row row : corpus) {
      if (!masker.mask(row.text()).restore(masker.mask(row.text()).text()).equals(row.text())) {
        failures.add(row.where());
      }
    }
    assertThat(failures, empty());
  }

  /**
   * An engine that upper-cases all it is sent: everything outside the protected spans changes, the
   * spans must come back exactly as they were, in their places.
   */
  @Test
  void protectedSpansSurviveAnEngineThatRewritesEverythingElse() throws Exception {
    List<String> failures = new ArrayList<>();
    for (CorpusAbstracts.Row row : corpus) {
      Masked masked = masker.mask(row.text());
      String restored = masked.restore(masked.text().toUpperCase(Locale.ROOT));
      if (!restored.equals(expectedAfterUpperCasing(masked))) {
        failures.add(row.where() + ": " + restored);
      }
    }
    assertThat(failures, empty());
  }

  private static String expectedAfterUpperCasing(Masked masked) {
    StringBuilder expected = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(masked.text());
    int last = 0;
    while (m.find()) {
      expected.append(masked.text().substring(last, m.start()).toUpperCase(Locale.ROOT));
      expected.append(masked.spans().get(Integer.parseInt(m.group(1)) - 1).original());
      last = m.end();
    }
    return expected.append(masked.text().substring(last).toUpperCase(Locale.ROOT)).toString();
  }

  @Test
  void theEngineSeesNoUrlLatexOrNameLikeWord() {
    List<String> leaks = new ArrayList<>();
    for (CorpusAbstracts.Row row : corpus) {
      String unprotected = PLACEHOLDER.matcher(masker.mask(row.text()).text()).replaceAll(" ");
      if (unprotected.contains("://") || unprotected.contains("\\")) {
        leaks.add(row.where() + ": " + unprotected);
      }
      for (NameTokens.Range r : NameTokens.find(unprotected)) {
        leaks.add(row.where() + ": " + unprotected.substring(r.start(), r.end()));
      }
    }
    assertThat(leaks, empty());
  }

  @Test
  void noMaskedPieceOutgrowsTheHeadroomMaskingTranslatorLeaves() {
    List<String> tooLong = new ArrayList<>();
    for (CorpusAbstracts.Row row : corpus) {
      for (String piece : Segmenter.split(row.text(), 1000).pieces()) {
        int masked = masker.mask(piece).text().length();
        if (masked > piece.length() * (100 + MaskingTranslator.HEADROOM_PERCENT) / 100) {
          tooLong.add(row.where() + ": " + piece.length() + " -> " + masked);
        }
      }
    }
    assertThat(tooLong, empty());
  }

  @Test
  void theEngineSeesNoTermOfTheKoreanGlossary() throws Exception {
    Glossary korean = Glossary.load(Path.of("data/glossary/en-ko.tsv"));
    Masker withTerms = masker.withGlossary(korean);
    List<String> leftOver = new ArrayList<>();
    int replaced = 0;
    for (CorpusAbstracts.Row row : corpus) {
      Masked masked = withTerms.mask(row.text());
      korean
          .find(masked.text())
          .forEach(
              hit ->
                  leftOver.add(
                      row.where() + ": " + masked.text().substring(hit.start(), hit.end())));
      replaced +=
          (int)
              masked.spans().stream()
                  .filter(span -> !span.restoration().equals(span.original()))
                  .count();
    }
    assertThat(leftOver, empty());
    assertThat(replaced, greaterThan(corpus.size()));
  }
}
