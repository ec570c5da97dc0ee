package com.digesttranslator.digest;

import static com.digesttranslator.digest.DigestParserTest.SMALL;
import static com.digesttranslator.digest.TestDigests.LEGACY_FAILURE;
import static com.digesttranslator.digest.TestDigests.crlf;
import static com.digesttranslator.digest.TestDigests.parse;
import static com.digesttranslator.digest.TestDigests.string;
import static com.digesttranslator.digest.TestDigests.utf8;
import static com.digesttranslator.digest.TestDigests.withBom;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigestRendererTest {

  private static final Language KOREAN = Language.forCode("ko");
  private static final Language SPANISH = Language.forCode("es");
  private static final String HANGUL = "비디오 질문 응답에서 단서는 웹 전체에 흩어져 있습니다.";

  // ---------------------------------------------------------------- untouched round trips

  @Test
  void seedRoundTripsByteIdentically() {
    byte[] seed = TestDigests.seed();
    assertThat(DigestRenderer.render(parse("2026-W03.txt", seed)), is(equalTo(seed)));
  }

  static Stream<String> corpusWeeks() {
    return TestDigests.corpusWeeks().stream();
  }

  @ParameterizedTest
  @MethodSource("corpusWeeks")
  void everyCorpusWeekRoundTripsByteIdentically(String week) {
    byte[] content = TestDigests.corpusWeek(week);
    assertThat(DigestRenderer.render(parse(week + ".txt", content)), is(equalTo(content)));
  }

  @ParameterizedTest
  @MethodSource("corpusWeeks")
  void everyCorpusWeekRoundTripsWithBomAndCrlf(String week) {
    byte[] crlfBom = withBom(utf8(crlf(string(TestDigests.corpusWeek(week)))));
    assertThat(DigestRenderer.render(parse(week + ".txt", crlfBom)), is(equalTo(crlfBom)));
  }

  @Test
  void bomInputRoundTripsByteIdentically() {
    byte[] content = withBom(TestDigests.seed());
    assertThat(DigestRenderer.render(parse("a.txt", content)), is(equalTo(content)));
  }

  @Test
  void crlfInputRoundTripsByteIdentically() {
    byte[] content = utf8(crlf(TestDigests.seedText()));
    assertThat(DigestRenderer.render(parse("a.txt", content)), is(equalTo(content)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no final newline",
        "mixed endings",
        "trailing spaces",
        "blank lines",
        "bad entries",
        "multi paragraph"
      })
  void oddButValidDigestsRoundTripByteIdentically(String variant) {
    String text =
        switch (variant) {
          case "no final newline" -> SMALL.stripTrailing();
          case "mixed endings" ->
              SMALL
                  .replaceFirst("\n", "\r\n")
                  .replace("Second abstract.\n", "Second abstract.\r\n");
          case "trailing spaces" ->
              SMALL.replace("## 초록 (Korean)\n", "## 초록 (Korean)  \t\n").replace("\n\n", "\n  \n");
          case "blank lines" -> "\n\n" + SMALL.replace("\n\n", "\n\n\n\n") + "\n\n\n";
          case "bad entries" ->
              SMALL
                  .replace("## Abstract (Original)\nSecond abstract.\n\n", "")
                  .replace("Third abstract.", "");
          case "multi paragraph" -> SMALL.replace("Second abstract.\n", "P1.\n\nP2.\n \nP3.\n");
          default -> throw new IllegalArgumentException(variant);
        };
    byte[] content = utf8(text);
    assertThat(string(DigestRenderer.render(parse(content.length + ".txt", content))), is(text));
  }

  @Test
  void renderingWithNoTranslationsIsIdenticalToo() {
    byte[] seed = TestDigests.seed();
    assertThat(DigestRenderer.render(parse("a.txt", seed), KOREAN, Map.of()), is(equalTo(seed)));
  }

  // ---------------------------------------------------------------- replacing the target section

  @Test
  void replacingOneKoreanSectionChangesOnlyThatSection() {
    String seed = TestDigests.seedText();
    Digest digest = parse("a.txt", utf8(seed));

    String rendered = string(DigestRenderer.render(digest, KOREAN, Map.of(2, HANGUL)));

    assertThat(rendered, is(replaceNth(seed, LEGACY_FAILURE, 3, HANGUL)));
  }

  @Test
  void replacingEveryKoreanSectionKeepsEverythingOutsideThoseSections() {
    String seed = TestDigests.seedText();
    Digest digest = parse("a.txt", utf8(seed));
    Map<Integer, String> texts = new HashMap<>();
    for (int i = 0; i < 10; i++) {
      texts.put(i, "번역 " + i);
    }

    String rendered = string(DigestRenderer.render(digest, KOREAN, texts));

    String expected = seed;
    for (int i = 0; i < 10; i++) {
      expected = expected.replaceFirst(Pattern.quote(LEGACY_FAILURE), "번역 " + i);
    }
    assertThat(rendered, is(expected));
    List<String> before = seed.lines().collect(Collectors.toList());
    List<String> after = rendered.lines().collect(Collectors.toList());
    assertThat(after, hasSize(before.size()));
    List<Integer> changed =
        IntStream.range(0, before.size())
            .filter(i -> !before.get(i).equals(after.get(i)))
            .boxed()
            .collect(Collectors.toList());
    Digest reparsed = parse("a.txt", utf8(rendered));
    List<Integer> koreanBodyLines =
        reparsed.entries().stream()
            .map(
                e ->
                    e.sectionIn(KOREAN)
                        .orElseThrow()
                        .lineNumber()) // 1-based heading = 0-based body
            .collect(Collectors.toList());
    assertThat(changed, is(koreanBodyLines));
  }

  @Test
  void multiParagraphTranslationReplacesTheSectionBodyAndKeepsItsSpacing() {
    Digest digest = parse(SMALL);
    String rendered = string(DigestRenderer.render(digest, KOREAN, Map.of(1, "첫 문단.\n\n둘째 문단.")));

    assertThat(rendered, is(replaceNth(SMALL, LEGACY_FAILURE, 2, "첫 문단.\n\n둘째 문단.")));
    Entry second = parse(rendered).entries().get(1);
    assertThat(second.sectionIn(KOREAN).orElseThrow().text(), is("첫 문단.\n\n둘째 문단."));
    assertThat(parse(rendered).entries().get(2).lineNumber(), is(24));
  }

  @Test
  void replacingAMultiLineOldSectionDropsAllItsOldBodyLines() {
    String text =
        SMALL.replace(
            "## 초록 (Korean)\n" + LEGACY_FAILURE + "\n\n--- 2.",
            "## 초록 (Korean)\n\n옛 번역 1.\n\n옛 번역 2.\n\n\n--- 2.");
    String rendered = string(DigestRenderer.render(parse(text), KOREAN, Map.of(0, "새 번역.")));
    assertThat(rendered, is(text.replace("\n옛 번역 1.\n\n옛 번역 2.\n", "새 번역.\n")));
  }

  @Test
  void onlyTheFirstTargetSectionOfAnEntryIsReplaced() {
    String text =
        SMALL.replace(
            LEGACY_FAILURE + "\n\n--- 2.",
            LEGACY_FAILURE + "\n\n## 초록 (Korean)\nduplicate\n\n--- 2.");
    String rendered = string(DigestRenderer.render(parse(text), KOREAN, Map.of(0, "새")));
    assertThat(rendered, is(replaceNth(text, LEGACY_FAILURE, 1, "새")));
  }

  @Test
  void fileEndingWithoutNewlineKeepsEndingWithoutOne() {
    String text = SMALL.stripTrailing(); // ends with the legacy failure line, no terminator
    String rendered = string(DigestRenderer.render(parse(text), KOREAN, Map.of(2, HANGUL)));
    assertThat(rendered, is(replaceNth(text, LEGACY_FAILURE, 3, HANGUL)));
    assertThat(rendered, endsWith(HANGUL));
  }

  @Test
  void fileEndingWithAnEmptyTargetHeadingWithoutNewlineGetsTheBodyOnItsOwnLine() {
    String text =
        SMALL
            .substring(0, SMALL.lastIndexOf(LEGACY_FAILURE))
            .stripTrailing(); // "...## 초록 (Korean)"
    String rendered = string(DigestRenderer.render(parse(text), KOREAN, Map.of(2, HANGUL)));
    assertThat(rendered, is(text + "\n" + HANGUL));
    assertThat(parse(rendered).entries().get(2).hasTranslationIn(KOREAN), is(true));
  }

  @Test
  void crlfFileGetsCrlfInReplacedLines() {
    String text = crlf(SMALL);
    String rendered =
        string(DigestRenderer.render(parse(text), KOREAN, Map.of(0, "첫 문단.\n\n둘째 문단.")));
    assertThat(rendered, is(replaceNth(text, LEGACY_FAILURE, 1, "첫 문단.\r\n\r\n둘째 문단.")));
    assertNoBareLf(rendered);
  }

  @Test
  void bomIsKeptWhenSectionsAreReplaced() {
    byte[] content = withBom(utf8(SMALL));
    byte[] rendered = DigestRenderer.render(parse("a.txt", content), KOREAN, Map.of(0, HANGUL));
    assertThat(rendered, is(equalTo(withBom(utf8(replaceNth(SMALL, LEGACY_FAILURE, 1, HANGUL))))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void lineBreaksInsideATranslationFollowTheFile(String fileNewline) {
    String text = SMALL.replace("\n", fileNewline);
    String translation = "줄 하나.\r\n줄 둘.\r\n\r\n문단 둘.";
    String rendered = string(DigestRenderer.render(parse(text), KOREAN, Map.of(0, translation)));
    String expectedBody = String.join(fileNewline, "줄 하나.", "줄 둘.", "", "문단 둘.");
    assertThat(rendered, is(replaceNth(text, LEGACY_FAILURE, 1, expectedBody)));
  }

  @Test
  void trailingLineBreaksOfATranslationDoNotAddBlankLines() {
    String rendered =
        string(DigestRenderer.render(parse(SMALL), KOREAN, Map.of(0, HANGUL + "\n\n")));
    assertThat(rendered, is(replaceNth(SMALL, LEGACY_FAILURE, 1, HANGUL)));
  }

  // ---------------------------------------------------------------- adding a missing target
  // section

  @Test
  void missingSpanishSectionIsAddedAfterTheOriginalAbstractWithTheSameSpacing() {
    Digest digest = parse(SMALL);
    String rendered = string(DigestRenderer.render(digest, SPANISH, Map.of(1, "Segundo resumen.")));

    String expected =
        SMALL.replace(
            "Second abstract.\n\n",
            "Second abstract.\n\n## Resumen (Spanish)\nSegundo resumen.\n\n");
    assertThat(rendered, is(expected));

    Digest reparsed = parse(rendered);
    Entry second = reparsed.entries().get(1);
    assertThat(
        second.sections().stream().map(Section::label).collect(Collectors.toList()),
        contains("Original", "Spanish", "Korean"));
    assertThat(second.hasTranslationIn(SPANISH), is(true));
    assertThat(second.sectionIn(SPANISH).orElseThrow().text(), is("Segundo resumen."));
    assertThat(reparsed.entries().get(0).sectionIn(SPANISH).isPresent(), is(false));
  }

  @Test
  void addingSpanishToTheSeedInsertsOnlyTheNewLines() {
    String seed = TestDigests.seedText();
    Digest digest = parse("a.txt", utf8(seed));
    Map<Integer, String> texts = new HashMap<>();
    for (int i = 0; i < 10; i++) {
      texts.put(i, "Resumen " + i + ".");
    }
    String rendered = string(DigestRenderer.render(digest, SPANISH, texts));

    Digest reparsed = parse("a.txt", utf8(rendered));
    assertThat(reparsed.problems(), is(empty()));
    for (int i = 0; i < 10; i++) {
      Entry before = digest.entries().get(i);
      Entry after = reparsed.entries().get(i);
      assertThat(after.title(), is(before.title()));
      int shift = i * 3;
      assertThat(
          after.sourceSection(),
          is(before.sourceSection().map(s -> relocated(s, shift + s.lineNumber()))));
      assertThat(after.sectionIn(SPANISH).orElseThrow().text(), is("Resumen " + i + "."));
      assertThat(after.sectionIn(KOREAN).orElseThrow().text(), is(LEGACY_FAILURE));
    }
    // Removing the inserted lines gives back the input exactly.
    assertThat(rendered.replaceAll("## Resumen \\(Spanish\\)\nResumen \\d\\.\n\n", ""), is(seed));
  }

  private static Section relocated(Section s, int lineNumber) {
    return new Section(s.heading(), s.label(), lineNumber, s.rawLines());
  }

  @Test
  void spanishIsAddedBeforeTheNextEntryWhenThereIsNoOtherSection() {
    String text =
        "Header (2026-W05)\n\n"
            + "--- 1. A ---\nLink: https://example.org/1\n\n## Abstract (Original)\nAbstract A.\n\n"
            + "--- 2. B ---\nLink: https://example.org/2\n\n## Abstract (Original)\nAbstract B.\n";
    String rendered =
        string(
            DigestRenderer.render(parse(text), SPANISH, Map.of(0, "Resumen A.", 1, "Resumen B.")));
    assertThat(
        rendered,
        is(
            "Header (2026-W05)\n\n"
                + "--- 1. A ---\n"
                + "Link: https://example.org/1\n\n"
                + "## Abstract (Original)\n"
                + "Abstract A.\n\n"
                + "## Resumen (Spanish)\n"
                + "Resumen A.\n\n"
                + "--- 2. B ---\n"
                + "Link: https://example.org/2\n\n"
                + "## Abstract (Original)\n"
                + "Abstract B.\n"
                + "\n"
                + "## Resumen (Spanish)\n"
                + "Resumen B.\n"));
  }

  @Test
  void spanishAddedAtTheEndOfAFileWithoutFinalNewlineStartsOnItsOwnLine() {
    String text =
        "Header (2026-W05)\n\n"
            + "--- 1. A ---\n"
            + "Link: https://example.org/1\n\n"
            + "## Abstract (Original)\n"
            + "Abstract A.";
    String rendered = string(DigestRenderer.render(parse(text), SPANISH, Map.of(0, "Resumen A.")));
    assertThat(rendered, is(text + "\n\n## Resumen (Spanish)\nResumen A.\n"));
    Entry entry = parse(rendered).entries().get(0);
    assertThat(entry.sourceSection().orElseThrow().text(), is("Abstract A."));
    assertThat(entry.sectionIn(SPANISH).orElseThrow().text(), is("Resumen A."));
  }

  @Test
  void crlfFileGetsCrlfInAnAddedSection() {
    String text = crlf(SMALL);
    String rendered =
        string(DigestRenderer.render(parse(text), SPANISH, Map.of(1, "Uno.\n\nDos.")));
    assertThat(
        rendered,
        is(
            text.replace(
                "Second abstract.\r\n\r\n",
                "Second abstract.\r\n\r\n## Resumen (Spanish)\r\nUno.\r\n\r\nDos.\r\n\r\n")));
    assertNoBareLf(rendered);
  }

  @Test
  void multiParagraphOriginalGetsTheNewSectionAfterItsLastParagraph() {
    String text = SMALL.replace("Second abstract.\n", "P1.\n\nP2.\n");
    String rendered = string(DigestRenderer.render(parse(text), SPANISH, Map.of(1, "R.")));
    assertThat(rendered, is(text.replace("P2.\n\n", "P2.\n\n## Resumen (Spanish)\nR.\n\n")));
  }

  @Test
  void entriesWithProblemsAreCopiedUnchanged() {
    String text = SMALL.replace("## Abstract (Original)\nSecond abstract.\n\n", "");
    Digest digest = parse(text);
    assertThat(digest.problems(), hasSize(1));
    String rendered =
        string(DigestRenderer.render(digest, SPANISH, Map.of(0, "Uno.", 1, "Dos.", 2, "Tres.")));
    assertThat(
        rendered,
        is(
            text.replace(
                    "First abstract. It has two sentences.\n\n",
                    "First abstract. It has two sentences.\n\n## Resumen (Spanish)\nUno.\n\n")
                .replace(
                    "Third abstract.\n\n", "Third abstract.\n\n## Resumen (Spanish)\nTres.\n\n")));
  }

  // ---------------------------------------------------------------- re-parsing what was written

  @Test
  void reparsedDigestFindsTheTranslationsAndTheFailureMarkers() {
    Digest digest = parse("a.txt", TestDigests.seed());
    String marker = FailureMarker.of("transient", "HTTP 503: internal error\nafter 4 attempts");
    Map<Integer, String> texts = new HashMap<>();
    texts.put(0, HANGUL);
    texts.put(1, marker);
    byte[] rendered = DigestRenderer.render(digest, KOREAN, texts);

    Digest reparsed = parse("a.txt", rendered);
    assertThat(reparsed.entries(), hasSize(10));
    assertThat(reparsed.problems(), is(empty()));
    assertThat(reparsed.entries().get(0).hasTranslationIn(KOREAN), is(true));
    assertThat(reparsed.entries().get(0).sectionIn(KOREAN).orElseThrow().text(), is(HANGUL));
    assertThat(reparsed.entries().get(1).hasTranslationIn(KOREAN), is(false));
    assertThat(reparsed.entries().get(1).sectionIn(KOREAN).orElseThrow().text(), is(marker));
    assertThat(
        FailureMarker.isMarker(reparsed.entries().get(1).sectionIn(KOREAN).orElseThrow().text()),
        is(true));
    for (int i = 2; i < 10; i++) {
      assertThat(reparsed.entries().get(i).hasTranslationIn(KOREAN), is(false));
    }
    // A second run that changes nothing writes the same bytes again.
    assertThat(DigestRenderer.render(reparsed), is(equalTo(rendered)));
  }

  @Test
  void reparsedDigestFindsAnAddedSpanishFailureMarkerAsStillToTranslate() {
    String marker = FailureMarker.of("auth", "HTTP 403: forbidden");
    String rendered =
        string(DigestRenderer.render(parse(SMALL), SPANISH, Map.of(0, marker, 1, "Hola.")));
    Digest reparsed = parse(rendered);
    assertThat(reparsed.entries().get(0).sectionIn(SPANISH).isPresent(), is(true));
    assertThat(reparsed.entries().get(0).hasTranslationIn(SPANISH), is(false));
    assertThat(reparsed.entries().get(1).hasTranslationIn(SPANISH), is(true));

    // The next run replaces the marker in place instead of adding a second section.
    String second = string(DigestRenderer.render(reparsed, SPANISH, Map.of(0, "Uno.")));
    assertThat(second, is(rendered.replace(marker, "Uno.")));
    assertThat(parse(second).entries().get(0).sections(), hasSize(3));
  }

  @Test
  void translationIdenticalToTheOriginalIsNotATranslation() {
    String rendered =
        string(DigestRenderer.render(parse(SMALL), KOREAN, Map.of(1, "Second abstract.")));
    assertThat(parse(rendered).entries().get(1).hasTranslationIn(KOREAN), is(false));
  }

  @Test
  void renderedOutputIsValidUtf8WithoutReplacementCharacters() {
    String text = SMALL.replace("Second abstract.", "Emoji 😀 and 한국어 and Ünïcödé.");
    byte[] rendered = DigestRenderer.render(parse(text), SPANISH, Map.of(1, "Emoji 😀 y 한국어."));
    assertThat(string(rendered), not(containsString("\uFFFD")));
    assertThat(string(rendered), containsString("Emoji 😀 y 한국어."));
  }

  // ---------------------------------------------------------------- helpers

  private static String replaceNth(String text, String target, int n, String replacement) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = text.indexOf(target, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("fewer than " + n + " occurrences");
      }
    }
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  private static void assertNoBareLf(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        assertThat(
            "line feed at " + i + " without carriage return",
            i > 0 && text.charAt(i - 1) == '\r',
            is(true));
      }
    }
  }
}
