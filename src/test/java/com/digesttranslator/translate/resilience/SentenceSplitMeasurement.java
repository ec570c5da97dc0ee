package com.digesttranslator.translate.resilience;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.Entry;
import com.digesttranslator.digest.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A measurement, not a test: over every abstract of a corpus of digests, counts the sentence
 * boundaries the old pattern ({@code (?<=[.!?。！？])\s+}) and {@link Segmenter} find, and how many of
 * them fall right after an abbreviation ("vs.", "e.g." …), which cuts a sentence in two when a
 * provider's size limit forces a cut there. The figures go to docs/segmenting.md.
 *
 * <pre>pipelines/measure-segmenting.sh [/work/shared/corpus/weeks]</pre>
 */
public final class SentenceSplitMeasurement {

  private static final Pattern OLD_SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s+");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t]*\n\\s*");

  /** An abbreviation right before a boundary, for counting only. */
  private static final Pattern AFTER_ABBREVIATION =
      Pattern.compile(
          "(?i)(?<![\\p{L}.])(vs|e\\.g|i\\.e|et"
              + " al|cf|etc|approx|resp|fig|figs|eq|eqs|sec|w\\.r\\.t)\\.\\s*$");

  private static final int SAMPLES = 15;

  private SentenceSplitMeasurement() {}

  private static final class Tally {
    int boundaries;
    int afterAbbreviation;
    final Map<String, Integer> byAbbreviation = new TreeMap<>();

    void count(String paragraph, int boundary) {
      boundaries++;
      String before = paragraph.substring(Math.max(0, boundary - 12), boundary);
      Matcher m = AFTER_ABBREVIATION.matcher(before);
      if (m.find()) {
        afterAbbreviation++;
        byAbbreviation.merge(m.group(1).toLowerCase(Locale.ROOT) + ".", 1, Integer::sum);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/weeks");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(corpus)) {
      list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    Tally old = new Tally();
    Tally now = new Tally();
    List<String> oldOnly = new ArrayList<>();
    List<String> newOnly = new ArrayList<>();
    int abstracts = 0;
    int paragraphs = 0;
    for (Path file : files) {
      Digest digest = DigestParser.parse(file.toString(), Files.readAllBytes(file));
      for (Entry entry : digest.entries()) {
        String text = entry.sourceSection().map(Section::text).orElse("");
        if (text.isBlank()) {
          continue;
        }
        abstracts++;
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
          String p = paragraph.strip();
          paragraphs++;
          Set<Integer> oldEnds = new TreeSet<>();
          Matcher m = OLD_SENTENCE_END.matcher(p);
          while (m.find()) {
            old.count(p, m.start());
            oldEnds.add(m.end());
          }
          Set<Integer> newEnds = new TreeSet<>();
          for (int end : Segmenter.sentenceEnds(p)) {
            if (end < p.length()) {
              now.count(p, end);
              newEnds.add(end);
            }
          }
          for (int end : oldEnds) {
            if (!newEnds.contains(end) && oldOnly.size() < SAMPLES) {
              oldOnly.add(context(p, end));
            }
          }
          for (int end : newEnds) {
            if (!oldEnds.contains(end) && newOnly.size() < SAMPLES) {
              newOnly.add(context(p, end));
            }
          }
        }
      }
    }
    System.out.printf(
        "%d files, %d abstracts, %d paragraphs%n", files.size(), abstracts, paragraphs);
    System.out.printf("%-24s %10s %20s  %s%n", "", "boundaries", "after abbreviation", "which");
    System.out.printf(
        "%-24s %10d %20d  %s%n",
        "pattern (before)", old.boundaries, old.afterAbbreviation, old.byAbbreviation);
    System.out.printf(
        "%-24s %10d %20d  %s%n",
        "Segmenter (after)", now.boundaries, now.afterAbbreviation, now.byAbbreviation);
    System.out.println("Only the pattern cuts (sample):");
    oldOnly.forEach(c -> System.out.println("  " + c));
    System.out.println("Only Segmenter cuts (sample):");
    newOnly.forEach(c -> System.out.println("  " + c));
  }

  private static String context(String paragraph, int boundary) {
    return "…"
        + paragraph.substring(Math.max(0, boundary - 30), boundary)
        + "| "
        + paragraph.substring(boundary, Math.min(paragraph.length(), boundary + 20))
        + "…";
  }
}
