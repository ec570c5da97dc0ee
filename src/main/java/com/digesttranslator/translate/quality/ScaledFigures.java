package com.digesttranslator.translate.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure with a scale word written at the wrong scale: "460 million" as 460억 (46 billion), "3
 * billion" as 3억 (300 million), "2 billion" as "2 billones" (two trillion in Spanish). Korean,
 * Japanese and Chinese count in ten-thousands (만, 億, 亿), and several European languages use the
 * long scale, so the English number cannot be kept as it is: a model that keeps the digits and
 * picks the nearest-sounding unit changes the figure by a factor of 10 to 1,000. Real Korean LLM
 * output did so in two of the three abstracts with such figures (docs/quality.md).
 *
 * <p>A figure is wrong only when the translation writes its digits with a unit of another value and
 * nowhere states the figure's value (in any unit, or in plain digits). A figure the translation
 * leaves out or spells in words is not judged here.
 */
final class ScaledFigures {

  /** The English scale words of the source, short scale. */
  private static final Map<String, BigDecimal> ENGLISH =
      Map.of(
          "thousand", BigDecimal.TEN.pow(3),
          "million", BigDecimal.TEN.pow(6),
          "billion", BigDecimal.TEN.pow(9),
          "trillion", BigDecimal.TEN.pow(12));

  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:[.,](\\d+))?";

  /** The leading look-ahead spares the look-behind's Unicode classes where no digit starts. */
  private static final Pattern SOURCE_FIGURE =
      Pattern.compile(
          "(?=\\d)(?<![\\p{L}\\p{N}_.,])" + NUMBER + "\\s+(thousand|million|billion|trillion)s?\\b",
          Pattern.CASE_INSENSITIVE);

  /** The unit characters of languages counting in ten-thousands, with their powers of ten. */
  private static final Map<String, BigDecimal> KOREAN = words("십 1, 백 2, 천 3, 만 4, 억 8, 조 12");

  private static final Map<String, BigDecimal> CHINESE_JAPANESE =
      words("十 1, 百 2, 千 3, 万 4, 萬 4, 亿 8, 億 8, 兆 12");

  /** Scale words of the long-scale languages: a billion is a thousand million there. */
  private static final Map<String, Map<String, BigDecimal>> WORDS =
      Map.of(
          "es",
          words(
              "mil 3, millón 6, millones 6, mil millones 9, millardo 9, millardos 9, billón 12,"
                  + " billones 12"),
          "fr",
          words("mille 3, million 6, millions 6, milliard 9, milliards 9, billion 12, billions 12"),
          "de",
          words(
              "tausend 3, million 6, millionen 6, mio. 6, milliarde 9, milliarden 9, mrd. 9,"
                  + " billion 12, billionen 12"),
          "it",
          words("mila 3, milione 6, milioni 6, miliardo 9, miliardi 9, bilione 12, bilioni 12"));

  /** Compiled once: the gate runs on every reply. */
  private static final Map<String, Pattern> UNITS = compileUnits();

  private ScaledFigures() {}

  /** A figure of {@code source} that {@code translation} states at another scale, as a reason. */
  static Optional<String> find(String source, String translation, String language) {
    Pattern units = UNITS.get(language);
    if (units == null || !hasScaleWord(source)) {
      return Optional.empty();
    }
    Matcher m = SOURCE_FIGURE.matcher(source);
    List<Written> written = null;
    while (m.find()) {
      if (written == null) {
        written = written(translation, units, language);
      }
      BigDecimal number = number(m.group(1), m.group(2));
      BigDecimal value = number.multiply(ENGLISH.get(m.group(3).toLowerCase(Locale.ROOT)));
      if (written.stream().anyMatch(w -> w.value.compareTo(value) == 0)) {
        continue;
      }
      for (Written w : written) {
        if (w.unit && w.leading.compareTo(number) == 0) {
          return Optional.of(
              "a figure at the wrong scale: '"
                  + m.group()
                  + "' ("
                  + plain(value)
                  + ") written as '"
                  + w.text
                  + "' ("
                  + plain(w.value)
                  + ")");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code source} names a scale at all, a cheap test that the figure pattern can match:
   * few sentences do, and that pattern, tried at every position, was most of the gate's time.
   */
  private static boolean hasScaleWord(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    return lower.contains("illion") || lower.contains("thousand");
  }

  /** A number in the translation: its text, value, first number, and whether a unit follows. */
  private record Written(String text, BigDecimal value, BigDecimal leading, boolean unit) {}

  /**
   * Every number of the translation with its value: a run of terms such as 4억 6천만 or 4億6000万 adds
   * up while each term's unit is smaller than the last; a plain number is its own value.
   */
  private static List<Written> written(String text, Pattern units, String language) {
    List<Written> all = new ArrayList<>();
    Matcher m = units.matcher(text);
    int runStart = -1;
    int runEnd = -1;
    BigDecimal runValue = BigDecimal.ZERO;
    BigDecimal leading = null;
    BigDecimal lastUnit = null;
    while (m.find()) {
      BigDecimal number = number(m.group(1), m.group(2));
      BigDecimal unit = unitValue(m.group(3), language);
      boolean continues =
          runStart >= 0
              && unit != null
              && lastUnit != null
              && unit.compareTo(lastUnit) < 0
              && text.substring(runEnd, m.start()).isBlank();
      if (!continues) {
        if (runStart >= 0) {
          all.add(
              new Written(text.substring(runStart, runEnd), runValue, leading, lastUnit != null));
        }
        runStart = m.start();
        runValue = BigDecimal.ZERO;
        leading = number;
      }
      runValue = runValue.add(unit == null ? number : number.multiply(unit));
      runEnd = m.end();
      lastUnit = unit;
    }
    if (runStart >= 0) {
      all.add(new Written(text.substring(runStart, runEnd), runValue, leading, lastUnit != null));
    }
    return all;
  }

  private static Map<String, Pattern> compileUnits() {
    Map<String, Pattern> units = new HashMap<>();
    for (String language : List.of("ko", "ja", "zh", "es", "fr", "de", "it")) {
      units.put(language, unitsOf(language));
    }
    return Map.copyOf(units);
  }

  /** A number and the units after it (group 3, absent for a plain number). */
  private static Pattern unitsOf(String language) {
    String unit =
        switch (language) {
          case "ko" -> "\\s?([십백천만억조]+(?!큼))";
          case "ja", "zh" -> "\\s?([十百千万萬亿億兆]+)";
          default -> {
            List<String> longestFirst = new ArrayList<>(WORDS.get(language).keySet());
            longestFirst.sort((a, b) -> b.length() - a.length());
            yield "\\s+("
                + String.join("|", longestFirst.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}])";
          }
        };
    return Pattern.compile(
        "(?<![\\p{N}.,])" + NUMBER + "(?:" + unit + ")?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static BigDecimal unitValue(String unit, String language) {
    if (unit == null) {
      return null;
    }
    Map<String, BigDecimal> chars =
        switch (language) {
          case "ko" -> KOREAN;
          case "ja", "zh" -> CHINESE_JAPANESE;
          default -> null;
        };
    if (chars == null) {
      return WORDS.get(language).get(unit.toLowerCase(Locale.ROOT));
    }
    BigDecimal value = BigDecimal.ONE;
    for (char c : unit.toCharArray()) {
      value = value.multiply(chars.get(String.valueOf(c)));
    }
    return value;
  }

  /** A decimal comma (4,6 millones) reads as a point; a comma before three digits groups them. */
  private static BigDecimal number(String whole, String fraction) {
    String digits = whole.replace(",", "");
    return new BigDecimal(fraction == null ? digits : digits + "." + fraction);
  }

  private static String plain(BigDecimal value) {
    return String.format(Locale.ROOT, "%,d", value.toBigInteger());
  }

  /** "word power, word power …": each word and the power of ten it stands for. */
  private static Map<String, BigDecimal> words(String spec) {
    Map<String, BigDecimal> words = new HashMap<>();
    for (String entry : spec.split(",\\s*")) {
      int space = entry.lastIndexOf(' ');
      words.put(
          entry.substring(0, space),
          BigDecimal.TEN.pow(Integer.parseInt(entry.substring(space + 1))));
    }
    return Map.copyOf(words);
  }
}
