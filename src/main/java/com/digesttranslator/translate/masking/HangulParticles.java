package com.digesttranslator.translate.masking;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles change with the sound they follow (강화학습<b>은</b> but 모델 학습기<b>는</b>). An engine
 * chose the particle after a placeholder for the placeholder's Latin letters, so once a glossary
 * translation in Hangul is put back, the particle attached to it is chosen again.
 */
final class HangulParticles {

  /** Each form of a particle → its forms after a final consonant and after a vowel. */
  private static final Map<String, String[]> FORMS =
      forms(
          "은", "는", "이", "가", "을", "를", "과", "와", "이나", "나", "이라는", "라는", "이라고", "라고", "이며", "며",
          "으로", "로");

  /** A particle attached to the word, and nothing more attached after it. */
  private static final Pattern PARTICLE =
      Pattern.compile("^(이라는|라는|이라고|라고|으로|이나|이며|은|는|이|가|을|를|과|와|나|며|로)(?!\\p{IsHangul})");

  private static final int FIRST_SYLLABLE = 0xAC00;
  private static final int LAST_SYLLABLE = 0xD7A3;
  private static final int FINALS = 28;
  private static final int FINAL_RIEUL = 8;

  private HangulParticles() {}

  private static Map<String, String[]> forms(String... pairs) {
    Map<String, String[]> forms = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String[] pair = {pairs[i], pairs[i + 1]};
      forms.put(pairs[i], pair);
      forms.put(pairs[i + 1], pair);
    }
    return forms;
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
    String[] forms = FORMS.get(m.group(1));
    int finalConsonant = (last - FIRST_SYLLABLE) % FINALS;
    boolean consonantForm =
        finalConsonant != 0 && !(forms[0].equals("으로") && finalConsonant == FINAL_RIEUL);
    return (consonantForm ? forms[0] : forms[1]) + following.substring(m.end());
  }
}
