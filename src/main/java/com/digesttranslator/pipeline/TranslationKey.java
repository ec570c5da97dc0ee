package com.digesttranslator.pipeline;

import com.digesttranslator.translate.TranslatorConfig;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies one translation: SHA-256 of the text together with provider, model, languages and
 * glossary, so the cache never serves a translation made by another engine, into another language
 * or with other fixed terms, and the same abstract appearing in many weeks is requested once.
 */
public final class TranslationKey implements Serializable {
  private final String scope;

  /** @param variant what else shapes the translation (glossary and keep-list), as a fingerprint */
  public TranslationKey(TranslatorConfig config, String variant) {
    this.scope = String.join("\u0000", config.provider(), nullToEmpty(config.model()),
        config.pair().source(), config.pair().target(), variant, "");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  public String of(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest((scope + text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
