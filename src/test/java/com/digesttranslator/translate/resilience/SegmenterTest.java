package com.digesttranslator.translate.resilience;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmenterTest {

  private static final String[] WORDS = {
    "model",
    "video",
    "reasoning",
    "benchmark",
    "agents",
    "retrieval",
    "language",
    "visual",
    "we",
    "the",
    "show",
    "that",
    "training",
    "evaluation",
    "multimodal",
    "data",
    "performance",
    "large",
    "open-source"
  };

  /** Sentences of 5-25 random words ending in '.', '!' or '?', reproducible from the seed. */
  private static String paragraph(Random random, int minChars) {
    StringBuilder p = new StringBuilder();
    while (p.length() < minChars) {
      if (p.length() > 0) {
        p.append(' ');
      }
      int words = 5 + random.nextInt(21);
      StringBuilder sentence = new StringBuilder();
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          sentence.append(' ');
        }
        sentence.append(WORDS[random.nextInt(WORDS.length)]);
      }
      sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
      sentence.append(".!?".charAt(random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(2)));
      p.append(sentence);
    }
    return p.toString();
  }

  private static Matcher<String> lengthAtMost(int max) {
    return new FeatureMatcher<String, Integer>(lessThanOrEqualTo(max), "length", "length") {
      @Override
      protected Integer featureValueOf(String actual) {
        return actual.length();
      }
    };
  }

  private static Matcher<String> notBlank() {
    return new FeatureMatcher<String, Boolean>(is(false), "blank", "blank") {
      @Override
      protected Boolean featureValueOf(String actual) {
        return actual.isBlank();
      }
    };
  }

  private static String words(String text) {
    return Arrays.stream(text.split("\\s+"))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.joining(" "));
  }

  @Test
  void shortTextIsOnePieceUnchanged() {
    Segmenter.Segments s = Segmenter.split("One sentence. Two sentences!", 1000);
    assertThat(s.pieces(), contains("One sentence. Two sentences!"));
    assertThat(s.paragraphOf(), contains(0));
    assertThat(s.join(List.of("Una frase. ¡Dos frases!")), is("Una frase. ¡Dos frases!"));
  }

  @Test
  void textIsSplitAtSentenceBoundariesWithinTheLimit() {
    String text = "First sentence here. Second one is here! Third one? Fourth sentence ends.";
    Segmenter.Segments s = Segmenter.split(text, 45);
    assertThat(
        s.pieces(),
        contains("First sentence here. Second one is here!", "Third one? Fourth sentence ends."));
    assertThat(s.pieces(), everyItem(lengthAtMost(45)));
    assertThat(s.paragraphOf(), contains(0, 0));
    assertThat(s.join(s.pieces()), is(text));
  }

  @Test
  void piecesNeverExceedTheLimitWhenSentencesAreSeparatedBySeveralSpaces() {
    String text = "Aaaa.   Bbbb.\n\t Cccc.  Dddd.";
    for (int max = 5; max <= 30; max++) {
      Segmenter.Segments s = Segmenter.split(text, max);
      assertThat("max " + max + ": " + s.pieces(), s.pieces(), everyItem(lengthAtMost(max)));
      assertThat(words(String.join(" ", s.pieces())), is(words(text)));
    }
  }

  @Test
  void paragraphBreaksArePreservedOnJoin() {
    String text = "Para one. Still one.\n\nPara two.\n \t\nPara three.\n\n\n\nPara four.";
    Segmenter.Segments s = Segmenter.split(text, 1000);
    assertThat(
        s.pieces(), contains("Para one. Still one.", "Para two.", "Para three.", "Para four."));
    assertThat(s.paragraphOf(), contains(0, 1, 2, 3));
    assertThat(
        s.join(List.of("Uno. Aún uno.", "Dos.", "Tres.", "Cuatro.")),
        is("Uno. Aún uno.\n\nDos.\n\nTres.\n\nCuatro."));
  }

  @Test
  void aSingleLineBreakIsNotAParagraphBreak() {
    Segmenter.Segments s = Segmenter.split("Line one.\nLine two.", 1000);
    assertThat(s.pieces(), contains("Line one.\nLine two."));
  }

  @Test
  void piecesOfOneParagraphAreJoinedWithASpaceAndTranslationsAreStripped() {
    Segmenter.Segments s = Segmenter.split("Aaa aaa. Bbb bbb.\n\nCcc ccc. Ddd ddd.", 9);
    assertThat(s.pieces(), contains("Aaa aaa.", "Bbb bbb.", "Ccc ccc.", "Ddd ddd."));
    assertThat(s.paragraphOf(), contains(0, 0, 1, 1));
    assertThat(s.join(List.of(" A.", "B. ", "\nC.", "D.\n")), is("A. B.\n\nC. D."));
  }

  @Test
  void longEightParagraphTextSplitsAndJoinsBackToEightParagraphs() {
    Random random = new Random(60_000);
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 8; p++) {
      paragraphs.add(paragraph(random, 7_400));
    }
    String text = String.join("\n\n", paragraphs);
    assertThat(text.length(), is(greaterThan(59_000)));

    Segmenter.Segments s = Segmenter.split(text, 1000);

    assertThat(s.pieces(), everyItem(lengthAtMost(1000)));
    assertThat(s.pieces(), everyItem(notBlank()));
    assertThat(s.pieces().size(), is(greaterThan(59)));
    assertThat(s.paragraphOf(), hasSize(s.pieces().size()));
    // Cut only at sentence ends: every piece ends a sentence and starts with a capital.
    for (String piece : s.pieces()) {
      assertThat(piece, is(piece.strip()));
      assertThat(".!?".indexOf(piece.charAt(piece.length() - 1)) >= 0, is(true));
      assertThat(Character.isUpperCase(piece.charAt(0)), is(true));
    }
    String joined = s.join(s.pieces());
    String[] back = joined.split("\n\n");
    assertThat(back.length, is(8));
    for (int p = 0; p < 8; p++) {
      assertThat(back[p], is(paragraphs.get(p)));
    }
    assertThat(joined, is(text));
  }

  @Test
  void overLongSentenceWithoutSpacesIsHardSplit() {
    String url = "https://example.org/" + "abcdefghij".repeat(250); // 2,520 characters, no space
    Segmenter.Segments s = Segmenter.split(url, 1000);
    assertThat(s.pieces(), hasSize(3));
    assertThat(s.pieces(), everyItem(lengthAtMost(1000)));
    assertThat(s.pieces(), everyItem(notBlank()));
    assertThat(String.join("", s.pieces()), is(url));
  }

  @Test
  void overLongSentenceWithSpacesIsCutAtSpaces() {
    // 2,999 characters, one sentence (capitalised: a lower-case word after "one." would continue
    // it)
    String sentence = "Word " + ("word" + " ").repeat(599).strip() + ".";
    Segmenter.Segments s = Segmenter.split("Short one. " + sentence + " Tail.", 1000);
    assertThat(s.pieces(), everyItem(lengthAtMost(1000)));
    assertThat(s.pieces(), everyItem(notBlank()));
    assertThat(s.pieces().get(0), is("Short one."));
    for (String piece : s.pieces()) {
      assertThat(piece, not(startsWith(" ")));
      assertThat(piece, is(piece.strip()));
    }
    assertThat(words(String.join(" ", s.pieces())), is(words("Short one. " + sentence + " Tail.")));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 100})
  void hardSplitNeverSeparatesASurrogatePair(int max) {
    String emoji = "😀🎉🚀".repeat(70);
    Segmenter.Segments s = Segmenter.split(emoji, max);
    assertThat(s.pieces(), everyItem(notBlank()));
    for (String piece : s.pieces()) {
      assertThat(
          piece
              .codePoints()
              .noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE),
          is(true));
    }
    assertThat(String.join("", s.pieces()), is(emoji));
  }

  @Test
  void noPieceIsEmptyWhateverTheWhitespace() {
    String text = "  \n\n  A.  \n\n\n \t \n  B.   C.  \n\n  ";
    for (int max = 1; max <= 12; max++) {
      Segmenter.Segments s = Segmenter.split(text, max);
      assertThat(s.pieces(), everyItem(notBlank()));
      assertThat(s.pieces(), everyItem(lengthAtMost(max)));
    }
  }

  @Test
  void emptyOrBlankTextHasNoPieces() {
    assertThat(Segmenter.split("", 1000).pieces(), is(empty()));
    assertThat(Segmenter.split(" \n\n\t", 1000).pieces(), is(empty()));
    assertThat(Segmenter.split("", 1000).join(List.of()), is(""));
  }

  @Test
  void realAbstractWithinTheLimitIsOnePiece() {
    String abstractText =
        "While humans develop core visual skills long before acquiring language, contemporary"
            + " Multimodal LLMs (MLLMs) still rely heavily on linguistic priors."
            + " Gemini3-Pro-Preview scores 49.7, lagging behind 6-year-old humans (e.g. 94.1 for"
            + " adults).";
    assertThat(Segmenter.split(abstractText, 1000).pieces(), contains(abstractText));
  }

  // ---------------------------------------------------------------- abbreviations

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ours vs. GPT-4 shows gains.", "Large models (e.g. GPT-4) reason well.",
        "Small models, e.g. Llama, reason too.", "Prior work (Smith et al. 2024) found this.",
        "Open models, i.e. Qwen and Llama, catch up.", "Results improve (cf. Table 2) clearly.",
        "Accuracy rises from 3.5 to 4.1 points.", "Training uses approx. 5 GPUs per node.",
        "Rewards w.r.t. Human preferences are learned."
      })
  void noCutAfterAnAbbreviationOrInsideANumber(String sentence) {
    String text = sentence + " Second sentence here.";
    Segmenter.Segments s = Segmenter.split(text, sentence.length() + 2);
    assertThat(s.pieces(), contains(sentence, "Second sentence here."));
  }

  @Test
  void sentencesEndAtPunctuationFollowedByClosingQuotesOrBrackets() {
    String text = "He said \"it works.\" Then (it ran.) Finally it stopped.";
    assertThat(
        Segmenter.split(text, 20).pieces(),
        contains("He said \"it works.\"", "Then (it ran.)", "Finally it stopped."));
  }

  @Test
  void aSentenceGoesOnInLowerCaseAndAnEnumerationStartsOne() {
    String text = "We test it, e.g. the model v.s. baselines. 2) We also test more. (3) And more.";
    assertThat(
        Segmenter.split(text, 45).pieces(),
        contains(
            "We test it, e.g. the model v.s. baselines.", "2) We also test more. (3) And more."));
  }

  @Test
  void noCutWithoutWhitespaceBetweenSentences() {
    // Pieces are rejoined with a space: a cut where there was none would add one.
    Segmenter.Segments s = Segmenter.split("It works!Really. Yes it does.", 17);
    assertThat(s.join(s.pieces()), is("It works!Really. Yes it does."));
    assertThat(s.pieces().get(0), is("It works!Really."));
  }

  // ---------------------------------------------------------------- linear work on huge input

  /** Bytes this thread allocated while {@code work} ran (HotSpot's per-thread counter). */
  private static long allocatedBy(Runnable work) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    work.run();
    return threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
  }

  /**
   * A 2-million-character text without a space, cut into 20,000 pieces: copying the remainder at
   * every cut allocated about 20 GB; copying each character a few times allocates a few MB.
   */
  @Test
  void hardCuttingAHugeTextCopiesEachCharacterAFewTimesOnly() {
    String text = "x".repeat(2_000_000);
    long[] pieces = new long[1];
    long bytes = allocatedBy(() -> pieces[0] = Segmenter.split(text, 100).pieces().size());
    assertThat(pieces[0], is(20_000L));
    assertThat(bytes, is(lessThanOrEqualTo(20L * text.length())));
  }

  /**
   * 200,000 short sentences packed into 5,000-character pieces: re-building the piece for every
   * sentence allocated gigabytes; packing by position allocates a few bytes per character.
   */
  @Test
  void packingManyShortSentencesCopiesEachCharacterAFewTimesOnly() {
    String text = "A b. ".repeat(200_000).strip();
    long[] pieces = new long[1];
    long bytes = allocatedBy(() -> pieces[0] = Segmenter.split(text, 5000).pieces().size());
    assertThat(pieces[0], is(greaterThan(190L)));
    assertThat(bytes, is(lessThanOrEqualTo(20L * text.length())));
  }
}
