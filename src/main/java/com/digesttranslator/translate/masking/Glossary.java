package com.digesttranslator.translate.masking;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fixed translations of terms, read from a TSV file ({@code term<TAB>translation}; {@code #}
 * comments and blank lines allowed). Terms match whole words, in any case, with any whitespace
 * between their words, and in their English plural too unless the file lists the plural itself (as
 * it must where the translation inflects: "datasets" → "conjuntos de datos").
 *
 * <p>Providers with a native glossary ({@code Providers.appliesGlossaryNatively}: DeepL, and Google
 * v3 for a {@code gs://} file) take {@link #entries()}; for the others {@link Masker#withGlossary}
 * hides each term behind a placeholder that is restored as its translation, so the engine cannot
 * paraphrase it.
 */
public final class Glossary implements Serializable {

  /** One term and the translation it must always get. */
  public record Entry(String term, String translation) implements Serializable {}

  /** One place a term occurs in a text, and what to put there after translation. */
  public record Hit(int start, int end, String translation) {}

  private static final Glossary EMPTY = new Glossary("", List.of(), 0);

  private final String fileName;
  private final List<Entry> entries;

  /**
   * The first comment or blank line, 0 if none: files read by a provider itself may not have them.
   */
  private final int firstNonRowLine;

  private final Map<String, Entry> byKey = new HashMap<>();

  /** Longest term first, so "large language model" wins over "language model". */
  private final Pattern terms;

  private Glossary(String fileName, List<Entry> entries, int firstNonRowLine) {
    this.fileName = fileName;
    this.entries = List.copyOf(entries);
    this.firstNonRowLine = firstNonRowLine;
    entries.forEach(e -> byKey.put(key(e.term()), e));
    this.terms = entries.isEmpty() ? null : compile(entries);
  }

  public static Glossary empty() {
    return EMPTY;
  }

  public static Glossary load(Path tsv) throws IOException {
    return parse(tsv.toString(), Files.readString(tsv, StandardCharsets.UTF_8));
  }

  public static Glossary parse(String fileName, String content) throws GlossaryFormatException {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> lineOfTerm = new HashMap<>();
    int firstNonRowLine = 0;
    String[] lines = content.replace("\uFEFF", "").split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        boolean finalNewline = i == lines.length - 1 && line.isEmpty();
        if (firstNonRowLine == 0 && !finalNewline) {
          firstNonRowLine = i + 1;
        }
        continue;
      }
      Entry entry = parseRow(fileName, i + 1, line);
      Integer earlier = lineOfTerm.putIfAbsent(key(entry.term()), i + 1);
      if (earlier != null) {
        throw new GlossaryFormatException(
            fileName, i + 1, "term '" + entry.term() + "' is already defined on line " + earlier);
      }
      entries.add(entry);
    }
    return new Glossary(fileName, entries, firstNonRowLine);
  }

  private static Entry parseRow(String fileName, int lineNumber, String line)
      throws GlossaryFormatException {
    String[] cells = line.split("\t", -1);
    if (cells.length != 2) {
      throw new GlossaryFormatException(
          fileName,
          lineNumber,
          "expected 'term<TAB>translation' (exactly one tab), found "
              + (cells.length - 1)
              + " tabs in: "
              + line.strip());
    }
    String term = cells[0].strip();
    String translation = cells[1].strip();
    if (term.isEmpty() || translation.isEmpty()) {
      throw new GlossaryFormatException(
          fileName,
          lineNumber,
          (term.isEmpty() ? "empty term" : "empty translation") + " in: " + line.strip());
    }
    return new Entry(term, translation);
  }

  /** Terms match case-insensitively and with any run of whitespace between their words. */
  private static String key(String term) {
    return term.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static Pattern compile(List<Entry> entries) {
    String alternation =
        entries.stream()
            .map(Entry::term)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Glossary::termPattern)
            .collect(Collectors.joining("|"));
    // Not inside a hyphenated name: "Block-Transformer" and "Transformer-XL" are names.
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}-])(?:" + alternation + ")(?![\\p{L}\\p{N}]|-(?-i:[\\p{Lu}\\p{N}]))",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The term with any whitespace between its words, and its English plural. */
  private static String termPattern(String term) {
    String[] words = term.split("\\s+");
    String last = words[words.length - 1];
    boolean endsInConsonantY = last.matches(".*[^aeiouAEIOU][yY]");
    words[words.length - 1] =
        endsInConsonantY
            ? Pattern.quote(last.substring(0, last.length() - 1)) + "(?:y|ies)"
            : Pattern.quote(last) + "(?:s|es)?";
    for (int i = 0; i < words.length - 1; i++) {
      words[i] = Pattern.quote(words[i]);
    }
    return String.join("\\s+", words);
  }

  /** The entry for an occurrence, which may be the plural of a listed singular. */
  private Entry entryFor(String occurrence) {
    for (String singular :
        List.of(
            occurrence,
            occurrence.replaceFirst("ies$", "y"),
            occurrence.replaceFirst("s$", ""),
            occurrence.replaceFirst("es$", ""))) {
      Entry entry = byKey.get(singular);
      if (entry != null) {
        return entry;
      }
    }
    throw new IllegalStateException("no glossary entry matches '" + occurrence + "'");
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Where the entries were read from, as given to {@link #parse}. */
  public String fileName() {
    return fileName;
  }

  public int firstNonRowLine() {
    return firstNonRowLine;
  }

  /** The entries as TSV rows, without comments or blank lines. */
  public String tsv() {
    return entries.stream()
        .map(e -> e.term() + "\t" + e.translation())
        .collect(Collectors.joining("\n"));
  }

  /**
   * A provider-side glossary name that the same entries for the same pair always get, wherever and
   * whenever it is built, so every worker and re-run finds the one glossary instead of adding more.
   */
  public String providerName(String source, String target) {
    String content = source + "\t" + target + "\n" + tsv();
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "digest-translator-" + HexFormat.of().formatHex(hash).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Every occurrence of a term in {@code text}, left to right, without overlaps. */
  public List<Hit> find(String text) {
    List<Hit> hits = new ArrayList<>();
    if (terms == null) {
      return hits;
    }
    Matcher m = terms.matcher(text);
    while (m.find()) {
      hits.add(new Hit(m.start(), m.end(), translationFor(m.group())));
    }
    return hits;
  }

  /**
   * A term listed in lower case but written with a capital (sentence start, title case) gets a
   * capital in its translation too: "Large language models …" → "Modelos …".
   */
  private String translationFor(String occurrence) {
    Entry entry = entryFor(key(occurrence));
    String translation = entry.translation();
    boolean capitalised =
        Character.isUpperCase(occurrence.codePointAt(0))
            && !Character.isUpperCase(entry.term().codePointAt(0));
    if (capitalised && Character.isLowerCase(translation.codePointAt(0))) {
      int first = translation.offsetByCodePoints(0, 1);
      return translation.substring(0, first).toUpperCase(Locale.ROOT)
          + translation.substring(first);
    }
    return translation;
  }
}
