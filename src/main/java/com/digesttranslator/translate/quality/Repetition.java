package com.digesttranslator.translate.quality;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A phrase repeated back to back: a language model caught in a loop writes "기본 모델과 비교하여, " hundreds
 * of times. Natural text, in any language, does not repeat a phrase of a dozen characters three
 * times in a row, so three exact repetitions of a unit with at least two letters, filling at least
 * {@link #MIN_STRETCH} characters, are a loop, unless the source repeats as much itself.
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
   * A loop's stretch matches itself one unit (p characters) later for at least max((MIN_TIMES - 1)
   * * p, MIN_STRETCH - p) >= 27 characters in a row: somewhere in it, {@code SEED} characters recur
   * p characters later.
   */
  private static final int SEED = 16;

  private static final long HASH_BASE = 1_000_003;

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
    String t = scanned(text);
    return longest(t, candidatePeriods(t)).filter(loop -> loop.times() >= MIN_TIMES);
  }

  /**
   * The periods at which some {@link #SEED} characters recur, the only ones a loop can have.
   * Natural text has few (a term said twice), so the scan skips the other periods: over every
   * period it took a third of the job's own time when the provider answered at once.
   */
  static int[] candidatePeriods(String text) {
    int windows = text.length() - SEED + 1;
    BitSet periods = new BitSet(MAX_UNIT + 1);
    if (windows < 2) {
      return new int[0];
    }
    // Each window's rolling hash; previous[i] is the last earlier window with the same hash, so
    // walking that chain back MAX_UNIT characters finds every recurrence, checked characterwise.
    int slots = Integer.highestOneBit(windows) * 4;
    long[] hashAt = new long[slots];
    int[] lastAt = new int[slots];
    Arrays.fill(lastAt, -1);
    int[] previous = new int[windows];
    long dropFactor = 1;
    for (int k = 1; k < SEED; k++) {
      dropFactor *= HASH_BASE;
    }
    long hash = 0;
    for (int k = 0; k < SEED - 1; k++) {
      hash = hash * HASH_BASE + text.charAt(k);
    }
    for (int i = 0; i < windows; i++) {
      hash = hash * HASH_BASE + text.charAt(i + SEED - 1);
      int slot = (int) (Long.rotateLeft(hash * 0x9E3779B97F4A7C15L, 32) & (slots - 1));
      while (lastAt[slot] >= 0 && hashAt[slot] != hash) {
        slot = (slot + 1) & (slots - 1);
      }
      previous[i] = lastAt[slot];
      hashAt[slot] = hash;
      lastAt[slot] = i;
      for (int j = previous[i]; j >= 0 && i - j <= MAX_UNIT; j = previous[j]) {
        if (text.regionMatches(i, text, j, SEED)) {
          periods.set(i - j);
        }
      }
      hash -= dropFactor * text.charAt(i);
    }
    return periods.stream().toArray();
  }

  /** "'phrase' repeated N times", for messages. */
  static String describe(Loop loop) {
    String unit = loop.unit();
    String quoted = unit.length() <= QUOTED_LENGTH ? unit : unit.substring(0, QUOTED_LENGTH) + "…";
    return "'" + quoted + "' repeated " + loop.times() + " times in a row";
  }

  /** The unit repeated back to back the most times in {@code text}, over every period. */
  static Optional<Loop> longest(String text) {
    String t = scanned(text);
    return longest(t, IntStream.rangeClosed(1, MAX_UNIT).toArray());
  }

  private static String scanned(String text) {
    return text.length() <= MAX_SCANNED ? text : text.substring(0, MAX_SCANNED);
  }

  /**
   * The unit repeated back to back the most times, among units of two or more letters whose
   * repetitions fill {@link #MIN_STRETCH} characters. For each period p, a stretch where every
   * character equals the one p places later is p-periodic: its first p characters repeat.
   */
  private static Optional<Loop> longest(String t, int[] periods) {
    int n = t.length();
    Loop best = null;
    for (int p : periods) {
      if (p > n / 2) {
        break;
      }
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
