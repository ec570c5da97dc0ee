package com.digesttranslator.digest;

import static com.digesttranslator.digest.TestDigests.corpusWeek;
import static com.digesttranslator.digest.TestDigests.corpusWeeks;
import static com.digesttranslator.digest.TestDigests.seed;
import static com.digesttranslator.digest.TestDigests.utf8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random and mutated digests (from the seed and corpus weeks): the parser never crashes (it returns
 * a digest or a {@link DigestFormatException} with a line), never hangs, and conserves entries:
 * every entry line of the input is an entry, each either translatable or reported as a problem, and
 * rendering the untouched digest gives back the input bytes.
 */
class DigestParserFuzzTest {

  /** What the parser took for a section label before it was read by hand; quadratic on spaces. */
  private static final Pattern FORMER_SECTION =
      Pattern.compile("^## (.*?)(?: \\(([^()]*)\\))?\\s*$");

  private static final Pattern ENTRY_LINE = Pattern.compile("--- \\d{1,4}\\. .* ---");

  /** Lines a mutation inserts: the format's own structure, near misses, and hostile text. */
  private static final List<String> FRAGMENTS =
      List.of(
          "## Abstract (Original)",
          "## 초록 (Korean)",
          "## Resumen (Spanish)",
          "## ",
          "##",
          "## (x)",
          "##  (Korean)",
          "## Abstract (Original) ",
          "## Notes (a (b) c)",
          "## x (y)\u2028",
          "--- 3. Title ---",
          "--- 12345. Too long a rank ---",
          "--- 7. ---",
          "---  ---",
          "--- 1. a --- b ---",
          "Link: https://huggingface.co/papers/2601.06943",
          "Link:",
          "",
          " ",
          "\t",
          "\r",
          "\u2028",
          "번역 중 오류 발생: 3번의 시도 후에도 네트워크 연결에 실패했습니다.",
          "[Translation failed (transient): x -- run Digest Translator again to retry; details in"
              + " failures.jsonl]",
          "Hugging Face 주간 인기 논문 Top 10 (2026-W03) - 번역본",
          "2024-W99 9999-W01 12024-W011",
          "## " + " ".repeat(5000) + "x",
          "## " + "(".repeat(3000) + ")".repeat(3000),
          "--- 1. " + "-".repeat(5000),
          " ".repeat(10_000),
          "\uFEFF",
          "😀 emoji \uD83D",
          "a\u0000b");

  @Test
  void mutatedDigestsNeverCrashHangOrLoseAnEntry() {
    Random random = new Random(20260312);
    List<byte[]> bases = new ArrayList<>(List.of(seed()));
    List<String> weeks = corpusWeeks();
    for (int i = 0; i < 12; i++) {
      bases.add(corpusWeek(weeks.get(random.nextInt(weeks.size()))));
    }
    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () -> {
          for (int i = 0; i < 800; i++) {
            byte[] input = bases.get(random.nextInt(bases.size()));
            int mutations = 1 + random.nextInt(6);
            for (int m = 0; m < mutations; m++) {
              input = mutate(input, random);
            }
            checkConserved("mutated-" + i + ".txt", input);
          }
        });
  }

  @Test
  void randomDigestsNeverCrashHangOrLoseAnEntry() {
    Random random = new Random(77);
    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () -> {
          for (int i = 0; i < 1000; i++) {
            StringBuilder text = new StringBuilder();
            int lines = random.nextInt(60);
            for (int l = 0; l < lines; l++) {
              text.append(
                      random.nextInt(3) == 0
                          ? randomLine(random)
                          : FRAGMENTS.get(random.nextInt(FRAGMENTS.size())))
                  .append(random.nextInt(5) == 0 ? "\r\n" : "\n");
            }
            checkConserved("random-" + i + ".txt", utf8(text.toString()));
          }
        });
  }

  /** Was quadratic: a million steps per thousand spaces, minutes for a line of 200,000. */
  @ParameterizedTest
  @ValueSource(strings = {" ", "\t", "( ", " (", "x "})
  void aHugeHeadingLineParsesAtOnce(String unit) {
    String text = "--- 1. T ---\n## Abstract (Original)\nText.\n## " + unit.repeat(200_000) + "y\n";
    Digest digest =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> TestDigests.parse(text));
    assertThat(digest.entries().get(0).sections().size(), is(2));
  }

  @Test
  void sectionLabelsAreWhatTheFormerPatternCaptured() {
    Random random = new Random(5);
    String alphabet = "## ()x\t\r\n\u2028\u0085\u000B\f한";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder heading = new StringBuilder("## ");
      int length = random.nextInt(12);
      for (int c = 0; c < length; c++) {
        heading.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(
          heading.toString(),
          DigestParser.label(heading.toString()),
          is(formerLabel(heading.toString())));
    }
    for (String fragment : FRAGMENTS) {
      if (fragment.startsWith("## ") && fragment.length() < 100) {
        assertThat(fragment, DigestParser.label(fragment), is(formerLabel(fragment)));
      }
    }
  }

  private static String formerLabel(String heading) {
    Matcher m = FORMER_SECTION.matcher(heading);
    return m.matches() && m.group(2) != null ? m.group(2).trim() : "";
  }

  private static void checkConserved(String name, byte[] input) {
    Digest digest;
    try {
      digest = DigestParser.parse(name, input);
    } catch (DigestFormatException e) {
      assertThat(name, e.lineNumber(), greaterThanOrEqualTo(1));
      return;
    }
    assertThat(
        name + " renders back to its bytes", DigestRenderer.render(digest), is(equalTo(input)));
    assertThat(
        name + " has one entry per entry line", digest.entries().size(), is(entryLines(input)));
    Set<Integer> unusable = new TreeSet<>();
    IntStream.range(0, digest.entries().size())
        .filter(i -> digest.entries().get(i).sourceSection().map(Section::isBlank).orElse(true))
        .forEach(unusable::add);
    Set<Integer> reported = new TreeSet<>();
    digest.problems().forEach(p -> reported.add(p.entryIndex()));
    assertThat(name + ": each entry without an abstract is reported once", reported, is(unusable));
    assertThat(name, digest.problems().size(), is(unusable.size()));
  }

  private static int entryLines(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    int count = 0;
    for (String line : text.split("\n", -1)) {
      String stripped = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (ENTRY_LINE.matcher(stripped).matches()) {
        count++;
      }
    }
    return count;
  }

  private static byte[] mutate(byte[] input, Random random) {
    List<String> lines =
        new ArrayList<>(List.of(new String(input, StandardCharsets.UTF_8).split("(?<=\n)", -1)));
    int at = random.nextInt(lines.size() + 1);
    switch (random.nextInt(8)) {
      case 0 -> lines.add(at, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())) + "\n");
      case 1 -> {
        if (at < lines.size()) {
          lines.remove(at);
        }
      }
      case 2 -> {
        if (at < lines.size()) {
          lines.add(at, lines.get(at));
        }
      }
      case 3 -> lines.add(at, randomLine(random) + (random.nextBoolean() ? "\r\n" : "\n"));
      case 4 -> {
        byte[] bytes = input.clone();
        if (bytes.length > 0) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
      }
      case 5 -> {
        return Arrays.copyOf(input, random.nextInt(input.length + 1));
      }
      case 6 -> {
        if (at < lines.size()) {
          lines.set(at, lines.get(at).replace("\n", "\r\n"));
        }
      }
      default -> {
        if (lines.size() > 1) {
          int other = random.nextInt(lines.size());
          int here = Math.min(at, lines.size() - 1);
          String swap = lines.get(here);
          lines.set(here, lines.get(other));
          lines.set(other, swap);
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lines.forEach(line -> out.writeBytes(line.getBytes(StandardCharsets.UTF_8)));
    return out.toByteArray();
  }

  private static String randomLine(Random random) {
    StringBuilder line = new StringBuilder();
    int length = random.nextInt(80);
    String alphabet = "-#() .0123456789:abcLinkW\t\r한😀\u2028";
    for (int i = 0; i < length; i++) {
      line.appendCodePoint(
          alphabet.codePointAt(
              alphabet.offsetByCodePoints(
                  0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
    }
    return line.toString();
  }
}
