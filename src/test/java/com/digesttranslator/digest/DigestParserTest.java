package com.digesttranslator.digest;

import static com.digesttranslator.digest.TestDigests.LEGACY_FAILURE;
import static com.digesttranslator.digest.TestDigests.crlf;
import static com.digesttranslator.digest.TestDigests.parse;
import static com.digesttranslator.digest.TestDigests.utf8;
import static com.digesttranslator.digest.TestDigests.withBom;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigestParserTest {

  private static final Language KOREAN = Language.forCode("ko");

  /** A small digest in the real format: header, three entries, Korean failure lines. */
  static final String SMALL =
      "Hugging Face 주간 인기 논문 Top 10 (2026-W05) - 번역본\n" // 1
          + "출처: https://huggingface.co/papers/week/2026-W05\n" // 2
          + "\n" // 3
          + "--- 1. First Paper ---\n" // 4
          + "Link: https://huggingface.co/papers/2601.00001\n" // 5
          + "\n" // 6
          + "## Abstract (Original)\n" // 7
          + "First abstract. It has two sentences.\n" // 8
          + "\n" // 9
          + "## 초록 (Korean)\n" // 10
          + LEGACY_FAILURE
          + "\n" // 11
          + "\n" // 12
          + "--- 2. Second Paper ---\n" // 13
          + "Link: https://huggingface.co/papers/2601.00002\n" // 14
          + "\n" // 15
          + "## Abstract (Original)\n" // 16
          + "Second abstract.\n" // 17
          + "\n" // 18
          + "## 초록 (Korean)\n" // 19
          + LEGACY_FAILURE
          + "\n" // 20
          + "\n" // 21
          + "--- 3. Third Paper ---\n" // 22
          + "Link: https://huggingface.co/papers/2601.00003\n" // 23
          + "\n" // 24
          + "## Abstract (Original)\n" // 25
          + "Third abstract.\n" // 26
          + "\n" // 27
          + "## 초록 (Korean)\n" // 28
          + LEGACY_FAILURE
          + "\n" // 29
          + "\n"; // 30

  // ---------------------------------------------------------------- real digests

  @Test
  void seedParsesIntoTenEntriesWithWeekTitlesLinksAndSections() {
    Digest digest = parse("2026-W03.txt", TestDigests.seed());

    assertThat(digest.fileName(), is("2026-W03.txt"));
    assertThat(digest.week(), is(Optional.of(new WeekId(2026, 3))));
    assertThat(digest.bom(), is(false));
    assertThat(digest.newline(), is("\n"));
    assertThat(digest.problems(), is(empty()));
    assertThat(
        digest.headerLines(),
        contains(
            "Hugging Face 주간 인기 논문 Top 10 (2026-W03) - 번역본\n",
            "출처: https://huggingface.co/papers/week/2026-W03\n",
            "\n"));
    assertThat(
        digest.entries().stream().map(Entry::rank).collect(Collectors.toList()),
        is(IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList())));

    Entry first = digest.entries().get(0);
    assertThat(
        first.title(),
        is(
            "Watching, Reasoning, and Searching: A Video Deep Research Benchmark on Open Web for"
                + " Agentic Video Reasoning"));
    assertThat(first.link(), is("https://huggingface.co/papers/2601.06943"));
    assertThat(first.lineNumber(), is(4));
    assertThat(first.sourceSection().orElseThrow().lineNumber(), is(7));
    assertThat(
        first.sourceSection().orElseThrow().text(),
        allOf(
            startsWith("In real-world video question answering scenarios"),
            containsString("next-generation video deep research agents.")));
    assertThat(first.sectionIn(KOREAN).orElseThrow().heading(), is("## 초록 (Korean)"));
    assertThat(first.sectionIn(KOREAN).orElseThrow().text(), is(LEGACY_FAILURE));
    assertThat(first.hasTranslationIn(KOREAN), is(false));

    Entry last = digest.entries().get(9);
    assertThat(last.title(), is("MAXS: Meta-Adaptive Exploration with LLM Agents"));
    assertThat(last.link(), is("https://huggingface.co/papers/2601.09259"));
  }

  @Test
  void corpusHolds117ConsecutiveWeeks() {
    List<String> weeks = TestDigests.corpusWeeks();
    assertThat(weeks, hasSize(117));
    assertThat(weeks.get(0), is("2024-W22"));
    assertThat(weeks.get(116), is("2026-W34"));
  }

  static Stream<String> corpusWeeks() {
    return TestDigests.corpusWeeks().stream();
  }

  @ParameterizedTest
  @MethodSource("corpusWeeks")
  void everyCorpusWeekParsesCleanly(String week) {
    Digest digest = parse(week + ".txt", TestDigests.corpusWeek(week));

    assertThat(digest.week().map(WeekId::toString), is(Optional.of(week)));
    assertThat(digest.problems(), is(empty()));
    assertThat(digest.entries(), hasSize(10));
    for (int i = 0; i < 10; i++) {
      Entry entry = digest.entries().get(i);
      assertThat(entry.rank(), is(i + 1));
      assertThat(entry.title(), not(equalTo("")));
      assertThat(entry.link(), startsWith("https://huggingface.co/papers/"));
      assertThat(entry.sourceSection().orElseThrow().isBlank(), is(false));
      assertThat(FailureMarker.isMarker(entry.sectionIn(KOREAN).orElseThrow().text()), is(true));
      assertThat(entry.hasTranslationIn(KOREAN), is(false));
    }
  }

  // ---------------------------------------------------------------- BOM and CRLF

  @Test
  void bomIsRecordedAndEntriesAreTheSameAsWithout() {
    Digest plain = parse("a.txt", TestDigests.seed());
    Digest bom = parse("a.txt", withBom(TestDigests.seed()));

    assertThat(bom.bom(), is(true));
    assertThat(bom.week(), is(plain.week()));
    assertThat(bom.headerLines(), is(plain.headerLines()));
    assertThat(bom.entries(), is(plain.entries()));
    assertThat(bom.problems(), is(empty()));
  }

  @Test
  void crlfInputParsesToTheSameEntriesAsLf() {
    Digest lf = parse("a.txt", TestDigests.seed());
    Digest crlf = parse("a.txt", utf8(crlf(TestDigests.seedText())));

    assertThat(crlf.newline(), is("\r\n"));
    assertThat(crlf.week(), is(lf.week()));
    assertThat(crlf.problems(), is(empty()));
    assertThat(summaries(crlf), is(summaries(lf)));
    for (Entry entry : crlf.entries()) {
      assertThat(entry.sourceSection().orElseThrow().text(), not(containsString("\r")));
      assertThat(entry.sectionIn(KOREAN).orElseThrow().text(), is(LEGACY_FAILURE));
    }
  }

  @Test
  void bomAndCrlfTogetherParseToTheSameEntries() {
    Digest lf = parse("a.txt", TestDigests.seed());
    Digest both = parse("a.txt", withBom(utf8(crlf(TestDigests.seedText()))));

    assertThat(both.bom(), is(true));
    assertThat(both.newline(), is("\r\n"));
    assertThat(summaries(both), is(summaries(lf)));
  }

  /** What an entry means, independent of line terminators: rank, title, link, line, sections. */
  private static List<String> summaries(Digest digest) {
    return digest.entries().stream()
        .map(
            e ->
                e.rank()
                    + "|"
                    + e.title()
                    + "|"
                    + e.link()
                    + "|"
                    + e.lineNumber()
                    + "|"
                    + e.sections().stream()
                        .map(
                            s ->
                                s.lineNumber()
                                    + ":"
                                    + s.heading()
                                    + ":"
                                    + s.label()
                                    + ":"
                                    + s.text())
                        .collect(Collectors.joining("||")))
        .collect(Collectors.toList());
  }

  @Test
  void crlfDigestIsNotMistakenForLfWhenOnlyTheLastLineLacksATerminator() {
    String text = crlf(SMALL).stripTrailing();
    Digest digest = parse(text);
    assertThat(digest.newline(), is("\r\n"));
    assertThat(digest.entries(), hasSize(3));
    assertThat(digest.entries().get(2).sectionIn(KOREAN).orElseThrow().text(), is(LEGACY_FAILURE));
  }

  // ---------------------------------------------------------------- structure

  @Test
  void smallDigestHasLineNumbersForEntriesAndSections() {
    Digest digest = parse(SMALL);

    assertThat(digest.week(), is(Optional.of(new WeekId(2026, 5))));
    assertThat(
        digest.entries().stream().map(Entry::lineNumber).collect(Collectors.toList()),
        contains(4, 13, 22));
    Entry second = digest.entries().get(1);
    assertThat(second.title(), is("Second Paper"));
    assertThat(
        second.headLines(),
        contains(
            "--- 2. Second Paper ---\n", "Link: https://huggingface.co/papers/2601.00002\n", "\n"));
    assertThat(second.sections(), hasSize(2));
    assertThat(second.sections().get(0).lineNumber(), is(16));
    assertThat(second.sections().get(0).label(), is("Original"));
    assertThat(
        second.sections().get(0).rawLines(),
        contains("## Abstract (Original)\n", "Second abstract.\n", "\n"));
    assertThat(second.sections().get(1).lineNumber(), is(19));
    assertThat(second.sections().get(1).label(), is("Korean"));
  }

  @Test
  void multiParagraphAbstractRunsUntilTheNextHeading() {
    String text =
        SMALL.replace(
            "Second abstract.\n",
            "Paragraph one, first line.\n"
                + "Paragraph one, second line.\n\n"
                + "Paragraph two.\n\n\n"
                + "Paragraph three.\n");
    Digest digest = parse(text);

    assertThat(digest.problems(), is(empty()));
    Entry second = digest.entries().get(1);
    assertThat(
        second.sourceSection().orElseThrow().text(),
        is(
            "Paragraph one, first line.\n"
                + "Paragraph one, second line.\n\n"
                + "Paragraph two.\n\n\n"
                + "Paragraph three."));
    assertThat(second.sectionIn(KOREAN).orElseThrow().lineNumber(), is(25));
    assertThat(second.sectionIn(KOREAN).orElseThrow().text(), is(LEGACY_FAILURE));
    assertThat(digest.entries().get(2).lineNumber(), is(28));
  }

  @Test
  void multiParagraphAbstractRunsUntilTheNextEntryLine() {
    String text =
        "Header (2026-W05)\n\n"
            + "--- 1. Only Original ---\n"
            + "Link: https://example.org/1\n\n"
            + "## Abstract (Original)\n"
            + "Para one.\n\nPara two.\n\n"
            + "--- 2. Next ---\n"
            + "Link: https://example.org/2\n\n"
            + "## Abstract (Original)\n"
            + "Next abstract.\n";
    Digest digest = parse(text);

    assertThat(digest.problems(), is(empty()));
    assertThat(digest.entries(), hasSize(2));
    Entry first = digest.entries().get(0);
    assertThat(first.sections(), hasSize(1));
    assertThat(first.sourceSection().orElseThrow().text(), is("Para one.\n\nPara two."));
    assertThat(first.sectionIn(KOREAN), is(Optional.empty()));
    assertThat(digest.entries().get(1).sourceSection().orElseThrow().text(), is("Next abstract."));
  }

  @Test
  void linesThatOnlyLookLikeHeadingsOrEntriesStayInTheAbstract() {
    String body =
        "##NoSpace is not a heading.\n"
            + " ## indented is not a heading.\n"
            + "--- not an entry ---\n"
            + "--- 3 no dot ---\n"
            + "--- 4. no closing dashes\n"
            + "# single hash\n";
    Digest digest = parse(SMALL.replace("Second abstract.\n", body));

    assertThat(digest.entries(), hasSize(3));
    assertThat(digest.entries().get(1).sections(), hasSize(2));
    assertThat(
        digest.entries().get(1).sourceSection().orElseThrow().text(), is(body.stripTrailing()));
  }

  @Test
  void sectionLabelIsTheLastParenthesisedWord() {
    String text = SMALL.replace("## 초록 (Korean)\n" + LEGACY_FAILURE, "## Resumen (Spanish)\nHola");
    Digest digest = parse(text);
    Entry entry = digest.entries().get(0);
    assertThat(entry.sections().get(1).label(), is("Spanish"));
    assertThat(entry.sectionIn(Language.forCode("es")).orElseThrow().text(), is("Hola"));
    assertThat(entry.sectionIn(KOREAN).isPresent(), is(false));
  }

  // ---------------------------------------------------------------- bad entries

  @Test
  void entryWithoutOriginalAbstractIsAProblemAndTheOthersStillParse() {
    String text = SMALL.replace("## Abstract (Original)\nSecond abstract.\n\n", "");
    Digest digest = parse("week.txt", utf8(text));

    assertThat(digest.entries(), hasSize(3));
    assertThat(digest.problems(), hasSize(1));
    EntryProblem problem = digest.problems().get(0);
    assertThat(problem.entryIndex(), is(1));
    assertThat(problem.rank(), is(2));
    assertThat(problem.title(), is("Second Paper"));
    assertThat(problem.lineNumber(), is(13));
    assertThat(problem.message(), containsString("no '## Abstract (Original)'"));
    assertThat(
        digest.entries().get(0).sourceSection().orElseThrow().text(),
        is("First abstract. It has two sentences."));
    assertThat(digest.entries().get(2).sourceSection().orElseThrow().text(), is("Third abstract."));
  }

  @Test
  void emptyOriginalAbstractIsAProblemAtItsHeadingLine() {
    String text = SMALL.replace("Third abstract.\n", "   \n\t\n");
    Digest digest = parse(text);

    assertThat(digest.entries(), hasSize(3));
    assertThat(digest.problems(), hasSize(1));
    EntryProblem problem = digest.problems().get(0);
    assertThat(problem.entryIndex(), is(2));
    assertThat(problem.rank(), is(3));
    assertThat(problem.lineNumber(), is(25));
    assertThat(problem.message(), containsString("empty '## Abstract (Original)'"));
  }

  @Test
  void severalBadEntriesAreEachReportedWithTheirOwnLine() {
    String text =
        SMALL
            .replace(
                "## Abstract (Original)\nFirst abstract. It has two sentences.\n",
                "## Abstract (Original)\n")
            .replace(
                "--- 3. Third Paper ---\nLink: https://huggingface.co/papers/2601.00003\n\n"
                    + "## Abstract (Original)\nThird abstract.\n\n## 초록 (Korean)\n"
                    + LEGACY_FAILURE
                    + "\n\n",
                "--- 3. Third Paper ---\nLink: https://huggingface.co/papers/2601.00003\n");
    Digest digest = parse(text);

    assertThat(digest.entries(), hasSize(3));
    assertThat(
        digest.problems().stream()
            .map(p -> p.rank() + "@" + p.lineNumber())
            .collect(Collectors.toList()),
        contains("1@7", "3@21"));
    assertThat(
        digest.entries().get(1).sourceSection().orElseThrow().text(), is("Second abstract."));
  }

  @Test
  void entryProblemsInACrlfFileWithBomHaveTheSameLineNumbers() {
    String text = SMALL.replace("## Abstract (Original)\nSecond abstract.\n\n", "");
    Digest digest = parse("week.txt", withBom(utf8(crlf(text))));
    assertThat(
        digest.problems().stream().map(EntryProblem::lineNumber).collect(Collectors.toList()),
        contains(13));
  }

  // ---------------------------------------------------------------- unusable files

  @Test
  void emptyFileIsAFormatErrorAtLineOne() {
    DigestFormatException e = formatError("empty.txt", new byte[0]);
    assertThat(e.fileName(), is("empty.txt"));
    assertThat(e.lineNumber(), is(1));
    assertThat(e.getMessage(), startsWith("empty.txt:1: "));
    assertThat(e.reason(), containsString("empty"));
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\n", "\n\n\n", " \t \r\n \r\n", "\uFEFF", "\u00A0\u2003\n"})
  void whitespaceOnlyFileIsAFormatError(String content) {
    DigestFormatException e = formatError("blank.txt", utf8(content));
    assertThat(e.fileName(), is("blank.txt"));
    assertThat(e.lineNumber(), is(1));
    assertThat(e.getMessage(), startsWith("blank.txt:1: "));
  }

  @Test
  void bomOnlyFileIsAFormatError() {
    DigestFormatException e = formatError("bom.txt", withBom(new byte[0]));
    assertThat(e.lineNumber(), is(1));
  }

  @Test
  void nulByteIsAFormatErrorAtItsLine() {
    byte[] content = utf8(SMALL.replace("Second abstract.", "Second \0abstract."));
    DigestFormatException e = formatError("nul.txt", content);
    assertThat(e.fileName(), is("nul.txt"));
    assertThat(e.lineNumber(), is(17));
    assertThat(e.getMessage(), startsWith("nul.txt:17: "));
    assertThat(e.reason(), containsString("NUL"));
  }

  @Test
  void binaryFileIsAFormatError() {
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1A,
      '\n',
      0,
      0,
      0,
      0x0D,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      0,
      8,
      6,
      0,
      0,
      0,
      (byte) 0xFF,
      (byte) 0xFE
    };
    DigestFormatException e = formatError("image.png", png);
    assertThat(e.fileName(), is("image.png"));
    assertThat(e.lineNumber(), is(1));
    assertThat(e.getMessage(), startsWith("image.png:1: "));
  }

  @Test
  void binaryFileThatIsValidUtf8ButHasNulsIsAFormatError() {
    byte[] content = new byte[64]; // all NUL
    DigestFormatException e = formatError("zeros.bin", content);
    assertThat(e.lineNumber(), is(1));
    assertThat(e.reason(), containsString("NUL"));
  }

  @Test
  void invalidUtf8IsAFormatErrorAtTheLineOfTheBadByte() {
    byte[] good = utf8(SMALL);
    String prefix = SMALL.substring(0, SMALL.indexOf("Second abstract."));
    int at = prefix.getBytes(StandardCharsets.UTF_8).length;
    byte[] bad = good.clone();
    bad[at] = (byte) 0xC3; // lead byte followed by 'e' (not a continuation byte)
    DigestFormatException e = formatError("latin1.txt", bad);
    assertThat(e.fileName(), is("latin1.txt"));
    assertThat(e.lineNumber(), is(17));
    assertThat(e.getMessage(), startsWith("latin1.txt:17: "));
    assertThat(e.reason(), containsString("UTF-8"));
  }

  @Test
  void invalidUtf8OnTheLastLineWithoutTerminatorIsReportedThere() {
    byte[] good = utf8("h\n--- 1. T ---\nabc");
    byte[] bad = Arrays.copyOf(good, good.length + 1);
    bad[good.length] = (byte) 0xE2; // truncated three-byte sequence at end of file
    DigestFormatException e = formatError("cut.txt", bad);
    assertThat(e.lineNumber(), is(3));
  }

  @Test
  void invalidUtf8AfterABomIsCountedFromTheFirstLine() {
    byte[] bad = withBom(new byte[] {'a', '\n', 'b', '\n', (byte) 0xFF, '\n'});
    DigestFormatException e = formatError("bom-bad.txt", bad);
    assertThat(e.lineNumber(), is(3));
  }

  @Test
  void latin1EncodedDigestIsAFormatError() {
    byte[] latin1 =
        SMALL
            .replace("Second abstract.", "Résumé second.")
            .replace("초록", "Korean")
            .replace(LEGACY_FAILURE, "x")
            .replace("주간 인기 논문", "weekly")
            .replace("번역본", "translated")
            .replace("출처", "Source")
            .getBytes(StandardCharsets.ISO_8859_1);
    DigestFormatException e = formatError("latin1.txt", latin1);
    assertThat(e.lineNumber(), is(17));
  }

  @Test
  void textThatIsNotADigestIsAFormatErrorNamingTheFile() {
    String readme =
        "# Digest Translator\n\nTranslates weekly digests.\n\n## Usage\n\nmvn package\n";
    DigestFormatException e = formatError("README.md", utf8(readme));
    assertThat(e.fileName(), is("README.md"));
    assertThat(e.lineNumber(), is(1));
    assertThat(e.getMessage(), allOf(startsWith("README.md:1: "), containsString("not a digest")));
  }

  @Test
  void jsonIsNotADigest() {
    DigestFormatException e =
        formatError("x.json", utf8("{\"responseData\": {\"translatedText\": \"Hola\"}}"));
    assertThat(e.reason(), containsString("not a digest"));
  }

  private static DigestFormatException formatError(String fileName, byte[] content) {
    return assertThrows(DigestFormatException.class, () -> DigestParser.parse(fileName, content));
  }

  // ---------------------------------------------------------------- week in the header

  @Test
  void weekComesFromTheSourceLinkWhenTheTitleHasNone() {
    String text = SMALL.replace("Top 10 (2026-W05)", "Top 10");
    assertThat(parse(text).week(), is(Optional.of(new WeekId(2026, 5))));
  }

  @Test
  void weekIsOnlyTakenFromTheHeaderNotFromEntries() {
    String text =
        SMALL
            .replace("(2026-W05)", "")
            .replace("week/2026-W05", "week/latest")
            .replace("First Paper", "First Paper 2025-W10");
    Digest digest = parse(text);
    assertThat(digest.week(), is(Optional.empty()));
    assertThat(digest.weekLabel(), is("unknown"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc",
        "../../etc/passwd",
        "2026-W99",
        "2026-W00",
        "2026-W3",
        "12026-W031",
        "2026-W033",
        "２０２６-W03",
        "2026-w03",
        "2026W03",
        "%2e%2e/2026-W54",
        "2025-W53",
        "0000-W01",
        "2026-W-1",
        "\u0000"
      })
  void hostileWeekInTheHeaderGivesNoWeek(String hostile) {
    String text =
        SMALL
            .replace("(2026-W05)", "(" + hostile.replace("\u0000", "") + ")")
            .replace("week/2026-W05", "week/" + hostile.replace("\u0000", ""));
    Digest digest = parse(text);
    assertThat(digest.week(), is(Optional.empty()));
    assertThat(digest.weekLabel(), is("unknown"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"../../2026-W07/../etc", "2026-W99 2026-W07", "x2026-W07x", "2026-W07;rm -rf /"})
  void hostileHeaderAroundAValidWeekGivesThatValidWeekOnly(String hostile) {
    String text =
        SMALL.replace("(2026-W05)", "(" + hostile + ")").replace("week/2026-W05", "week/");
    Digest digest = parse(text);
    assertThat(digest.week(), is(Optional.of(new WeekId(2026, 7))));
    assertThat(digest.weekLabel(), is("2026-W07"));
  }

  @Test
  void week53IsAcceptedOnlyInYearsThatHaveIt() {
    assertThat(
        parse(SMALL.replace("2026-W05", "2026-W53")).week(), is(Optional.of(new WeekId(2026, 53))));
    assertThat(
        parse(SMALL.replace("2026-W05", "2020-W53")).week(), is(Optional.of(new WeekId(2020, 53))));
    assertThat(parse(SMALL.replace("2026-W05", "2025-W53")).week(), is(Optional.empty()));
  }
}
