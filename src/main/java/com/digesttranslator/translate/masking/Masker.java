package com.digesttranslator.translate.masking;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hides what a translation engine must not touch behind placeholders ({@link Masked}): URLs, inline
 * math, code spans, LaTeX commands, arXiv ids, glossary terms, kept names and name-like tokens
 * (model and benchmark names such as {@code STEP3-VL-10B}, {@code MMBench}, {@code Acc@500m}).
 * Unmasked, Apertium lower-cases URLs, turns {@code Q&A} into {@code Q&Un} and {@code \ours} into
 * {@code \el nuestro}. Earlier rules win where spans overlap, so a URL is never cut up by the name
 * rule.
 */
public final class Masker implements Serializable {

  /**
   * The version of what is protected and how. Part of every cache key: bump it whenever a rule
   * here, in {@link NameTokens} or in {@link Masked} changes what the engine sees, so translations
   * made under the old rules are requested again instead of served.
   */
  public static final int RULES_VERSION = 1;

  /** A span to protect, found by one rule. */
  private record Hit(int start, int end, String restoration) {}

  /** One kind of span; a URL match may end in sentence punctuation that is not part of it. */
  private record Rule(Pattern pattern, boolean url) {
    static Rule of(String regex) {
      return new Rule(Pattern.compile(regex), false);
    }
  }

  private static final String URL_CHARS = "[^\\s<>\"'`{}|^]";

  /** In priority order. */
  private static final List<Rule> FIXED_RULES =
      List.of(
          new Rule(Masked.LOOKALIKE, false),
          new Rule(Pattern.compile("(?:https?://|ftp://|www\\.)" + URL_CHARS + "+"), true),
          new Rule(
              Pattern.compile(
                  "(?<![\\w@./-])[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*"
                      + "\\.(?:com|org|net|io|ai|edu|gov|dev|co|cn|me|app)"
                      + "(?:/"
                      + URL_CHARS
                      + "*)?(?![\\w.]\\w)"),
              true),
          // Markdown code spans; LaTeX quotes (``like this'') are told apart by their closing
          // quote.
          Rule.of("(?<!`)(`+)(?:(?!''|'\\s|'$|\")[^`\\n]){1,200}?\\1(?!`)"),
          // Display and inline math. A closing $ followed by a digit is a price ("$15 … $0.005").
          Rule.of("\\$\\$[^$]{1,500}?\\$\\$"),
          Rule.of("(?<![\\\\$])\\$(?=[^\\s$])[^$\\n]{0,300}?[^\\s\\\\$]\\$(?![\\d$])"),
          Rule.of("\\\\\\((?s:.{1,300}?)\\\\\\)"),
          Rule.of("\\\\\\[(?s:.{1,500}?)\\\\\\]"),
          // LaTeX commands (\ours, \textit); their {arguments} stay translatable.
          Rule.of("\\\\[A-Za-z]+\\*?"),
          // An escape takes the word it is glued to: 8.0\%, \$400K, T\"ULU, GPT-4o\'s, "vs.\ 9".
          Rule.of(
              "(?:\\w+(?:[.-]\\w+)*)?(?:\\\\(?:[^\\sA-Za-z]|(?=\\s|$))(?:\\w+(?:[.-]\\w+)*)?)+"),
          Rule.of("(?i:arXiv:)?(?<![\\w.])\\d{4}\\.\\d{4,5}(?:v\\d+)?(?![\\w.]\\w)"));

  private final Glossary glossary;
  private final List<Pattern> extraNames;
  private final boolean nameHeuristic;

  private Masker(Glossary glossary, List<Pattern> extraNames, boolean nameHeuristic) {
    this.glossary = glossary;
    this.extraNames = List.copyOf(extraNames);
    this.nameHeuristic = nameHeuristic;
  }

  /** URLs, math, code, LaTeX, arXiv ids and name-like tokens ({@link NameTokens}). */
  public static Masker defaults() {
    return new Masker(Glossary.empty(), List.of(), true);
  }

  /** Also replaces each glossary term with its fixed translation. */
  public Masker withGlossary(Glossary terms) {
    return new Masker(terms, extraNames, nameHeuristic);
  }

  /** Also protects these names wherever they occur as whole words (case-sensitive). */
  public Masker keeping(Collection<String> names) {
    if (names.isEmpty()) {
      return this;
    }
    String alternation =
        names.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    return protecting(
        Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])"));
  }

  /** Also protects every match of {@code names}. */
  public Masker protecting(Pattern names) {
    List<Pattern> more = new ArrayList<>(extraNames);
    more.add(names);
    return new Masker(glossary, more, nameHeuristic);
  }

  /**
   * Protects only what the patterns, keep-lists and glossary name, for engines that handle names
   * well and translate better without placeholders in the way.
   */
  public Masker withoutNameHeuristic() {
    return new Masker(glossary, extraNames, false);
  }

  public Masked mask(String text) {
    List<Hit> accepted = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    for (Rule rule : FIXED_RULES) {
      accept(matches(rule, text), taken, accepted);
    }
    accept(
        glossary.find(text).stream()
            .map(h -> new Hit(h.start(), h.end(), h.translation()))
            .toList(),
        taken,
        accepted);
    for (Pattern names : extraNames) {
      accept(matches(new Rule(names, false), text), taken, accepted);
    }
    if (nameHeuristic) {
      accept(
          NameTokens.find(text).stream()
              .map(r -> new Hit(r.start(), r.end(), text.substring(r.start(), r.end())))
              .toList(),
          taken,
          accepted);
    }
    return build(text, accepted);
  }

  private static List<Hit> matches(Rule rule, String text) {
    List<Hit> hits = new ArrayList<>();
    Matcher m = rule.pattern().matcher(text);
    while (m.find()) {
      int end = rule.url() ? m.start() + urlLength(m.group()) : m.end();
      if (end > m.start()) { // a caller's pattern may match nothing, which needs no placeholder
        hits.add(new Hit(m.start(), end, text.substring(m.start(), end)));
      }
    }
    return hits;
  }

  /** Drops trailing punctuation and closing brackets that the URL did not open. */
  private static int urlLength(String url) {
    int end = url.length();
    while (end > 1) {
      char last = url.charAt(end - 1);
      boolean unopened =
          (last == ')' && count(url, end, '(') < count(url, end, ')'))
              || (last == ']' && count(url, end, '[') < count(url, end, ']'));
      if (".,;:!?".indexOf(last) < 0 && !unopened) {
        break;
      }
      end--;
    }
    return end;
  }

  private static long count(String s, int end, char c) {
    return s.substring(0, end).chars().filter(ch -> ch == c).count();
  }

  private static void accept(List<Hit> hits, boolean[] taken, List<Hit> accepted) {
    for (Hit hit : hits) {
      if (!anyTaken(taken, hit.start(), hit.end())) {
        Arrays.fill(taken, hit.start(), hit.end(), true);
        accepted.add(hit);
      }
    }
  }

  private static boolean anyTaken(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static Masked build(String text, List<Hit> hits) {
    List<Hit> inOrder = hits.stream().sorted(Comparator.comparingInt(Hit::start)).toList();
    StringBuilder masked = new StringBuilder();
    List<Masked.Span> spans = new ArrayList<>();
    int last = 0;
    for (Hit hit : inOrder) {
      masked.append(text, last, hit.start());
      spans.add(new Masked.Span(text.substring(hit.start(), hit.end()), hit.restoration()));
      masked.append(Masked.placeholder(spans.size()));
      last = hit.end();
    }
    masked.append(text.substring(last));
    return new Masked(masked.toString(), spans);
  }
}
