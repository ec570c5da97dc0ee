package com.digesttranslator.translate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles change with the sound they follow (강화학습<b>은</b> but 모델 학습기<b>는</b>). An
 * engine chose the particle after a placeholder for the placeholder's Latin letters, so once a
 * glossary translation in Hangul is put back, the particle attached to it is chosen again.
 */
final class HangulParticles {

  /** Each particle and its form after a final consonant / after a vowel. */
  private static final Map<String, String[]> FORMS = Map.ofEntries(
      pair("은", "는"), pair("이", "가"), pair("을", "를"), pair("과", "와"), pair("이나", "나"),
      pair("이라는", "라는"), pair("이라고", "라고"), pair("이며", "며"), pair("으로", "로"));

  /** A particle attached to the word, and nothing more attached after it. */
  private static final Pattern PARTICLE =
      Pattern.compile("^(이라는|라는|이라고|라고|으로|이나|이며|은|는|이|가|을|를|과|와|나|며|로)(?!\\p{IsHangul})");

  private static final int FIRST_SYLLABLE = 0xAC00;
  private static final int LAST_SYLLABLE = 0xD7A3;
  private static final int FINALS = 28;
  private static final int FINAL_RIEUL = 8;

  private HangulParticles() {}

  private static Map.Entry<String, String[]> pair(String afterConsonant, String afterVowel) {
    return Map.entry(afterConsonant, new String[] {afterConsonant, afterVowel});
  }

  /** {@code following} with the particle it starts with, if any, agreeing with {@code word}. */
  static String agree(String word, String following) {
    Matcher m = PARTICLE.matcher(following);
    if (word.isEmpty() || !m.find()) {
      return following;
    }
    int last = word.codePointBefore(word.length());
    if (last < FIRST_SYLLABLE || last > LAST_SYLLABLE) {
      return following;
    }
    String[] forms = formsOf(m.group(1));
    int finalConsonant = (last - FIRST_SYLLABLE) % FINALS;
    boolean consonantForm = finalConsonant != 0
        && !(forms[0].equals("으로") && finalConsonant == FINAL_RIEUL);
    return (consonantForm ? forms[0] : forms[1]) + following.substring(m.end());
  }

  private static String[] formsOf(String particle) {
    for (String[] forms : FORMS.values()) {
      if (forms[0].equals(particle) || forms[1].equals(particle)) {
        return forms;
      }
    }
    throw new IllegalArgumentException(particle);
  }
}
