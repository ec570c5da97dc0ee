package com.digesttranslator.translate.provider;

import java.util.List;
import java.util.Locale;

/**
 * Language codes for APIs that take lower-case ISO 639-1 but know Chinese only by region
 * ({@code zh-CN} simplified, {@code zh-TW} traditional): Google v2 and Papago.
 */
final class RegionalChinese {
  private RegionalChinese() {}

  static String code(String bcp47) {
    Locale locale = Locale.forLanguageTag(bcp47);
    if (!locale.getLanguage().equals("zh")) {
      return locale.getLanguage();
    }
    return "Hant".equals(locale.getScript()) || List.of("TW", "HK", "MO").contains(locale.getCountry())
        ? "zh-TW" : "zh-CN";
  }
}
