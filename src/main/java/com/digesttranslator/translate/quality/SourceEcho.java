package com.digesttranslator.translate.quality;

import com.digesttranslator.translate.masking.NameTokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source, or a large part of it, copied into the reply: an abstract left untranslated with a
 * few words changed, or a translation followed by the original. A translation shares names, URLs
 * and short terms with its source but not long runs of ordinary words: runs of {@link #RUN} source
 * words in a row count as copied, and a reply that copies a quarter of the source's words is an
 * echo. Names and URLs, which a translation keeps, break runs and are not counted. Measured: real
 * Korean LLM translations copy at most 5 % of their source this way, Apertium's Spanish (which
 * leaves unknown words in English) at most 16 %.
 */
final class SourceEcho {

  private static final int RUN = 6;
  private static final double MAX_SHARE = 0.25;
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)");

  /** Stands for a carried-over token: no run of words goes across it. */
  private static final String BREAK = "";

  private SourceEcho() {}

  /** Why {@code translation} is an echo of {@code source}, if it is one. */
  static Optional<String> find(String source, String translation) {
    List<String> sourceWords = words(source);
    long counted = sourceWords.stream().filter(w -> !w.equals(BREAK)).count();
    if (counted < 2 * RUN) {
      return Optional.empty();
    }
    Set<List<String>> runs = new HashSet<>();
    for (int i = 0; i + RUN <= sourceWords.size(); i++) {
      List<String> run = sourceWords.subList(i, i + RUN);
      if (!run.contains(BREAK)) {
        runs.add(run);
      }
    }
    List<String> words = words(translation);
    boolean[] copied = new boolean[words.size()];
    for (int i = 0; i + RUN <= words.size(); i++) {
      if (runs.contains(words.subList(i, i + RUN))) {
        for (int j = i; j < i + RUN; j++) {
          copied[j] = true;
        }
      }
    }
    int count = 0;
    for (boolean c : copied) {
      count += c ? 1 : 0;
    }
    count = (int) Math.min(count, counted);
    double share = (double) count / counted;
    if (share < MAX_SHARE) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "translation repeats %.0f%% of the source's words"
                + " verbatim (%d of %d): untranslated or echoed source",
            100 * share,
            count,
            counted));
  }

  /** Lower-case words, with {@link #BREAK} for each name or URL. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher token = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    Matcher original = TOKEN.matcher(text);
    while (token.find() && original.find()) {
      String core = original.group().replaceAll("^\\p{P}+|\\p{P}+$", "");
      if (URL.matcher(core).lookingAt() || NameTokens.isNameLike(core)) {
        words.add(BREAK);
        continue;
      }
      Matcher word = WORD.matcher(token.group());
      while (word.find()) {
        words.add(word.group());
      }
    }
    return words;
  }
}
