package com.digesttranslator.translate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.translate.quality.QualityGate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The gate built without a target language: only the checks that hold for every language. */
class QualityGateDefaultsTest {

  private final QualityGate gate = new QualityGate();
  private static final String LONG =
      "In real-world video question answering scenarios, videos often provide only localized visual"
          + " cues.";

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\n\t "})
  void emptyTranslationIsRejected(String translation) {
    assertThat(gate.problem("Hello.", translation), is(Optional.of("empty translation")));
    assertThat(gate.problem(LONG, translation), is(Optional.of("empty translation")));
  }

  @Test
  void normalTranslationPasses() {
    assertThat(
        gate.problem(
            LONG,
            "En escenarios reales de respuesta a preguntas sobre vídeos, los vídeos "
                + "a menudo solo ofrecen pistas visuales localizadas."),
        is(Optional.empty()));
  }

  @Test
  void shortSourcesMayHaveShortOrIdenticalTranslations() {
    assertThat(gate.problem("Yes.", "Sí."), is(Optional.empty()));
    assertThat(gate.problem("BabyVision", "BabyVision"), is(Optional.empty()));
    String fiftyNine = "x".repeat(59);
    assertThat(gate.problem(fiftyNine, "y"), is(Optional.empty()));
    assertThat(gate.problem(fiftyNine, fiftyNine), is(Optional.empty()));
  }

  @Test
  void suspiciouslyShortTranslationOfALongSourceIsRejected() {
    String source = "a".repeat(100);
    Optional<String> problem = gate.problem(source, "b".repeat(29));
    assertThat(
        problem.orElseThrow(),
        allOf(containsString("suspiciously short"), containsString("29 characters for 100")));
    assertThat(gate.problem(source, "b".repeat(30)), is(Optional.empty()));
    assertThat(gate.problem("a".repeat(60), "b".repeat(17)).isPresent(), is(true));
    assertThat(gate.problem("a".repeat(60), "b".repeat(18)), is(Optional.empty()));
  }

  @Test
  void lengthsIgnoreSurroundingWhitespace() {
    String source = "  " + "a".repeat(100) + "\n\n";
    assertThat(gate.problem(source, "   " + "b".repeat(29) + "   ").isPresent(), is(true));
    assertThat(gate.problem("a".repeat(59) + "          ", "b").isPresent(), is(false));
  }

  @Test
  void translationIdenticalToALongSourceIsRejected() {
    assertThat(gate.problem(LONG, LONG), is(Optional.of("translation is identical to the source")));
    assertThat(
        gate.problem(LONG, " " + LONG + "\n"),
        is(Optional.of("translation is identical to the source")));
  }

  @Test
  void truncatedApertiumReplyIsRejected() {
    String source = (LONG + " ").repeat(10).strip();
    String truncated = source.substring(0, source.length() / 4);
    assertThat(gate.problem(source, truncated).orElseThrow(), containsString("truncated"));
  }
}
