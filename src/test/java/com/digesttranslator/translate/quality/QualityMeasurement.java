package com.digesttranslator.translate.quality;

import com.digesttranslator.testing.LocalApertium;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.masking.Glossary;
import com.digesttranslator.translate.masking.Masked;
import com.digesttranslator.translate.masking.Masker;
import com.digesttranslator.translate.provider.ApertiumTranslator;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.resilience.Segmenter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A measurement, not a test: translates every corpus abstract English → Spanish with a real
 * Apertium APY and reports (1) how many protected spans come back byte-identical after mask →
 * translate → restore, for the shipped placeholder and two alternatives, against sending the text
 * unmasked; (2) how often the quality gate rejects these real translations. Run it with {@code
 * pipelines/measure-quality.sh}; the numbers go to docs/quality.md.
 *
 * <p>Options: {@code --endpoint=URL} of a running APY (otherwise one is started on a free port and
 * stopped afterwards); {@code --abstracts=TSV} (default: the test corpus); {@code
 * --write-translations=TSV} to refresh the real translations the gate's tests replay ({@code
 * src/test/resources/quality/apertium-es.tsv}: week, rank, restored translation).
 */
public final class QualityMeasurement {

  private static final Path DEFAULT_ABSTRACTS = Path.of("src/test/resources/quality/abstracts.tsv");
  private static final Path SPANISH_GLOSSARY = Path.of("data/glossary/en-es.tsv");
  private static final int MAX_PIECE = 1000;

  /** How placeholders are spelled on the wire; only TOKENS is shipped (see {@link Masked}). */
  private enum Style {
    TOKENS,
    BRACKETS,
    TAGS;

    String render(int id) {
      switch (this) {
        case BRACKETS:
          return "⟦" + id + "⟧";
        case TAGS:
          return "<x id=\"" + id + "\"/>";
        default:
          return Masked.placeholder(id);
      }
    }
  }

  /** Spans sent and spans that came back intact. */
  private static final class Tally {
    long spans;
    long intact;

    void add(long sent, long back) {
      spans += sent;
      intact += back;
    }

    String percent() {
      return String.format(
          Locale.ROOT,
          "%d / %d (%.2f%%)",
          intact,
          spans,
          spans == 0 ? 100.0 : 100.0 * intact / spans);
    }
  }

  /** What became of the pieces sent one way: restore failures and the gate's rejections. */
  private static final class Outcomes {
    final String name;
    int sent;
    int restoreFailures;
    final Map<String, Integer> rejections = new TreeMap<>();

    Outcomes(String name) {
      this.name = name;
    }

    int rejected() {
      return rejections.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final Translator engine;
  private final Masker masker = Masker.defaults();
  private final Masker withGlossary;
  private final QualityGate gate = QualityGate.forTarget("es");
  private final Map<Style, Tally> survival = new EnumMap<>(Style.class);
  private final Map<String, Tally> unmaskedByKind = new TreeMap<>();
  private final Map<String, Integer> damagedUnmasked = new TreeMap<>();
  private final Outcomes masked = new Outcomes("masked");
  private final Outcomes glossaryMasked = new Outcomes("masked, en-es glossary");
  private final Outcomes unmasked = new Outcomes("unmasked");
  private final List<String> examples = new ArrayList<>();
  private int abstracts;
  private int pieces;

  private QualityMeasurement(Translator engine, Glossary glossary) {
    this.engine = engine;
    this.withGlossary = masker.withGlossary(glossary);
    for (Style style : Style.values()) {
      survival.put(style, new Tally());
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path corpus = Path.of(options.getOrDefault("abstracts", DEFAULT_ABSTRACTS.toString()));
    String endpoint = options.get("endpoint");
    LocalApertium apy = endpoint == null ? LocalApertium.start() : null;
    try {
      String url = endpoint != null ? endpoint : apy.endpoint();
      Translator engine =
          new ApertiumTranslator(
              url, new LanguagePair("en", "es"), new HttpCaller(Duration.ofSeconds(60)));
      QualityMeasurement m = new QualityMeasurement(engine, Glossary.load(SPANISH_GLOSSARY));
      long started = System.nanoTime();
      m.run(Files.readAllLines(corpus, StandardCharsets.UTF_8), options.get("write-translations"));
      m.report(corpus, Duration.ofNanos(System.nanoTime() - started));
    } finally {
      if (apy != null) {
        apy.close();
      }
    }
  }

  private void run(List<String> rows, String translationsOut) throws Exception {
    try (Writer out =
        translationsOut == null
            ? Writer.nullWriter()
            : Files.newBufferedWriter(Path.of(translationsOut), StandardCharsets.UTF_8)) {
      for (String row : rows) {
        String[] cells = row.split("\t", 3);
        abstracts++;
        Segmenter.Segments segments = Segmenter.split(cells[2], MAX_PIECE);
        List<String> translations = new ArrayList<>();
        for (String piece : segments.pieces()) {
          translations.add(measure(cells[0] + " #" + cells[1], piece));
        }
        if (!translations.contains(null)) {
          out.write(
              cells[0]
                  + "\t"
                  + cells[1]
                  + "\t"
                  + segments.join(translations).replaceAll("[\t\n]", " ")
                  + "\n");
        }
      }
    }
  }

  /**
   * Measures one piece; returns its translation as the shipped configuration (masking with the
   * glossary) makes it, or null when restoring failed.
   */
  private String measure(String where, String piece) throws TranslationException {
    pieces++;
    Masked plain = masker.mask(piece);
    for (Style style : Style.values()) {
      String reply = translate(styled(plain, style));
      survival.get(style).add(plain.spans().size(), intact(plain, style, reply));
      if (style == Style.TOKENS) {
        judge(masked, where, piece, plain, reply);
      }
    }
    Masked terms = withGlossary.mask(piece);
    String translation = judge(glossaryMasked, where, piece, terms, translate(terms.text()));
    String raw = translate(piece);
    tallyUnmasked(piece, plain, raw);
    judge(unmasked, where, piece, new Masked(piece, List.of()), raw);
    return translation;
  }

  /** Restores {@code reply} and puts the result through the gate; null when restoring failed. */
  private String judge(Outcomes outcomes, String where, String piece, Masked sent, String reply) {
    outcomes.sent++;
    String restored;
    try {
      restored = sent.restore(reply);
    } catch (TranslationException e) {
      outcomes.restoreFailures++;
      example(where + " (" + outcomes.name + "): " + e.getMessage() + "\n    " + reply);
      return null;
    }
    Optional<String> problem = gate.problem(piece, restored);
    problem.ifPresent(
        reason -> {
          outcomes.rejections.merge(reason.replaceAll("\\d+", "N"), 1, Integer::sum);
          example(where + " (" + outcomes.name + "): gate: " + reason + "\n    " + restored);
        });
    return restored;
  }

  private String translate(String text) throws TranslationException {
    return engine.translate(List.of(text)).get(0);
  }

  private static String styled(Masked masked, Style style) {
    String text = masked.text();
    for (int id = masked.spans().size(); id >= 1; id--) {
      text = text.replace(Masked.placeholder(id), style.render(id));
    }
    return text;
  }

  /** Intact as {@link Masked#restore} sees it: exactly once, in any case. */
  private static long intact(Masked masked, Style style, String reply) {
    String lower = reply.toLowerCase(Locale.ROOT);
    long intact = 0;
    for (int id = 1; id <= masked.spans().size(); id++) {
      intact += occurrences(lower, style.render(id).toLowerCase(Locale.ROOT)) == 1 ? 1 : 0;
    }
    return intact;
  }

  /** Without masking a span is intact when the reply has it at least as often as the source. */
  private void tallyUnmasked(String source, Masked masked, String reply) {
    for (Masked.Span span : masked.spans()) {
      boolean intact = occurrences(reply, span.original()) >= occurrences(source, span.original());
      unmaskedByKind
          .computeIfAbsent(kind(span.original()), k -> new Tally())
          .add(1, intact ? 1 : 0);
      if (!intact) {
        damagedUnmasked.merge(span.original(), 1, Integer::sum);
      }
    }
  }

  private static String kind(String span) {
    if (span.matches("(?s)(https?://|ftp://|www\\.).*|[\\w.-]+\\.[a-z]{2,3}(/.*)?")) {
      return "URLs";
    }
    return span.matches("(?s).*[\\\\$`].*") ? "LaTeX, math, code" : "names";
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  private void example(String text) {
    if (examples.size() < 20) {
      examples.add(text);
    }
  }

  private void report(Path corpus, Duration took) {
    System.out.printf(
        Locale.ROOT,
        "corpus: %s — %d abstracts, %d pieces of at most %d characters" + " (%.0f s)%n%n",
        corpus,
        abstracts,
        pieces,
        MAX_PIECE,
        took.toMillis() / 1000.0);
    System.out.println("protected spans intact after translation (en→es, Apertium):");
    for (Style style : Style.values()) {
      System.out.printf(
          "  %-9s placeholders: %s%n",
          style.name().toLowerCase(Locale.ROOT), survival.get(style).percent());
    }
    Tally all = new Tally();
    unmaskedByKind.values().forEach(t -> all.add(t.spans, t.intact));
    System.out.println("  unmasked:              " + all.percent());
    unmaskedByKind.forEach(
        (kind, t) -> System.out.printf("    %-18s %s%n", kind + ":", t.percent()));
    System.out.println(
        "    most often damaged: "
            + damagedUnmasked.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(15)
                .map(e -> e.getKey() + " ×" + e.getValue())
                .toList());
    System.out.println();
    System.out.println("restore failures (QUALITY) and quality-gate (es) rejections, per piece:");
    for (Outcomes o : List.of(masked, glossaryMasked, unmasked)) {
      System.out.printf(
          "  %-24s %d restore failures, %d of %d rejected by the gate %s%n",
          o.name + ":", o.restoreFailures, o.rejected(), o.sent - o.restoreFailures, o.rejections);
    }
    examples.forEach(e -> System.out.println("  e.g. " + e));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new TreeMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("expected --name=value, got " + arg);
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    return options;
  }
}
