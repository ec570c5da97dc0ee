package com.digesttranslator.translate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A phrase repeated back to back: a language model caught in a loop writes "기본 모델과 비교하여, "
 * hundreds of times. Natural text, in any language, does not repeat a phrase of a dozen characters
 * three times in a row, so three exact repetitions of a unit with at least two letters, filling at
 * least {@link #MIN_STRETCH} characters, are a loop, unless the source repeats as much itself.
 */
final class Repetition {

  /** A repeated phrase found in a text. */
  record Loop(String unit, int times) {}

  private static final int MIN_TIMES = 3;
  private static final int MIN_STRETCH = 40;
  /** Longest unit looked for: a repeated sentence or two. */
  private static final int MAX_UNIT = 300;
  /** A loop shows in its first stretch; scanning more would only cost time. */
  private static final int MAX_SCANNED = 20_000;
  private static final int QUOTED_LENGTH = 30;
  /**
   * A loop's stretch matches itself one unit (p characters) later for at least
   * max((MIN_TIMES - 1) * p, MIN_STRETCH - p) >= 27 characters in a row, so a text in which no
   * {@code SEED} characters recur within {@link #MAX_UNIT} of each other has no loop.
   */
  private static final int SEED = 16;

  private Repetition() {}

  /** The loop in {@code translation} that the source does not have, as a reason. */
  static Optional<String> find(String source, String translation) {
    Optional<Loop> loop = loopIn(translation);
    // One more repetition than the source has is the source's own loop, cut differently.
    if (loop.isEmpty() || longest(source).map(Loop::times).orElse(0) + 1 >= loop.get().times()) {
      return Optional.empty();
    }
    return Optional.of("runaway repetition: " + describe(loop.get()));
  }

  /** The phrase {@code text} loops on, if it repeats one often enough to be a loop. */
  static Optional<Loop> loopIn(String text) {
    if (!mayLoop(text.length() <= MAX_SCANNED ? text : text.substring(0, MAX_SCANNED))) {
      return Optional.empty();
    }
    return longest(text).filter(loop -> loop.times() >= MIN_TIMES);
  }

  /**
   * Whether some {@link #SEED} characters recur within {@link #MAX_UNIT} characters: a loop
   * cannot be without, and almost every translation is, so the scan over every period (which
   * took a third of the job's own time when the provider answered at once) is skipped for it.
   */
  static boolean mayLoop(String text) {
    Map<String, Integer> lastAt = new HashMap<>();
    for (int i = 0; i + SEED <= text.length(); i++) {
      Integer previous = lastAt.put(text.substring(i, i + SEED), i);
      if (previous != null && i - previous <= MAX_UNIT) {
        return true;
      }
    }
    return false;
  }

  /** "'phrase' repeated N times", for messages. */
  static String describe(Loop loop) {
    String unit = loop.unit();
    String quoted = unit.length() <= QUOTED_LENGTH ? unit : unit.substring(0, QUOTED_LENGTH) + "…";
    return "'" + quoted + "' repeated " + loop.times() + " times in a row";
  }

  /**
   * The unit repeated back to back the most times, among units of two or more letters whose
   * repetitions fill {@link #MIN_STRETCH} characters. For each period p, a stretch where every
   * character equals the one p places later is p-periodic: its first p characters repeat.
   */
  static Optional<Loop> longest(String text) {
    String t = text.length() <= MAX_SCANNED ? text : text.substring(0, MAX_SCANNED);
    int n = t.length();
    Loop best = null;
    for (int p = 1; p <= Math.min(MAX_UNIT, n / 2); p++) {
      int run = 0;
      for (int i = 0; i + p < n; i++) {
        if (t.charAt(i) != t.charAt(i + p)) {
          run = 0;
          continue;
        }
        run++;
        int times = (run + p) / p;
        if (run + p >= MIN_STRETCH && (best == null || times > best.times())) {
          int start = wordStart(t, i + 1 - run, Math.min(p, run));
          String unit = t.substring(start, start + p);
          if (unit.codePoints().filter(Character::isLetter).count() >= 2) {
            best = new Loop(unit, times);
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Where the first word of a periodic stretch starts, so the unit is quoted from a word. */
  private static int wordStart(String text, int from, int within) {
    for (int k = 0; k < within; k++) {
      if (Character.isWhitespace(text.charAt(from + k))) {
        return from + k + 1;
      }
    }
    return from;
  }
}
