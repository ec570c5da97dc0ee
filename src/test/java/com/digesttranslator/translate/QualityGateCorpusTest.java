package com.digesttranslator.translate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.digesttranslator.testing.CorpusAbstracts;
import com.digesttranslator.translate.quality.QualityGate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gate against the real Apertium translations of every corpus abstract. */
class QualityGateCorpusTest {

  private static List<CorpusAbstracts.Row> sources;
  private static List<CorpusAbstracts.Row> spanish;

  @BeforeAll
  static void load() {
    sources = CorpusAbstracts.abstracts();
    spanish = CorpusAbstracts.spanishByApertium();
  }

  /** Abstracts for which {@code wrong} holds of (source, translation). */
  private static List<String> where(BiPredicate<String, String> wrong) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      if (wrong.test(sources.get(i).text(), spanish.get(i).text())) {
        found.add(sources.get(i).where());
      }
    }
    return found;
  }

  @Test
  void translationsAndSourcesLineUp() {
    assertThat(
        spanish.stream().map(CorpusAbstracts.Row::where).toList(),
        equalTo(sources.stream().map(CorpusAbstracts.Row::where).toList()));
  }

  @Test
  void acceptsEveryRealSpanishTranslation() {
    QualityGate es = QualityGate.forTarget("es");

    assertThat(
        where((source, translation) -> es.problem(source, translation).isPresent()), empty());
  }

  @Test
  void aKoreanGateRejectsEverySpanishTranslation() {
    QualityGate ko = QualityGate.forTarget("ko");

    assertThat(where((source, translation) -> ko.problem(source, translation).isEmpty()), empty());
  }

  @Test
  void rejectsEveryTranslationCutToTwoFifths() {
    QualityGate es = QualityGate.forTarget("es");

    assertThat(
        where(
            (source, translation) ->
                es.problem(source, translation.substring(0, translation.length() * 2 / 5))
                    .isEmpty()),
        empty());
  }

  @Test
  void rejectsEverySourceSentBackAsItsOwnTranslation() {
    QualityGate es = QualityGate.forTarget("es");

    assertThat(where((source, translation) -> es.problem(source, source).isEmpty()), empty());
  }
}
