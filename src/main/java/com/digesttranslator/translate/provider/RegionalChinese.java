package com.digesttranslator.translate.provider;

import java.util.List;
import java.util.Locale;

/**
 * Language codes for APIs that take lower-case ISO 639-1 but know Chinese only by region ({@code
 * zh-CN} simplified, {@code zh-TW} traditional): Google v2 and Papago. The rule for which Chinese
 * is traditional is here for every provider.
 */
final class RegionalChinese {
  private RegionalChinese() {}

  static String code(String bcp47) {
    Locale locale = Locale.forLanguageTag(bcp47);
    if (!locale.getLanguage().equals("zh")) {
      return locale.getLanguage();
    }
    return isTraditional(locale) ? "zh-TW" : "zh-CN";
  }

  /** Chinese in traditional script: said so ({@code zh-Hant}), or where it is written so. */
  static boolean isTraditional(Locale chinese) {
    return "Hant".equals(chinese.getScript())
        || List.of("TW", "HK", "MO").contains(chinese.getCountry());
  }
}
