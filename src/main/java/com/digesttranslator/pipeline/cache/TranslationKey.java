package com.digesttranslator.pipeline.cache;

import com.digesttranslator.translate.masking.Masker;
import com.digesttranslator.translate.provider.Endpoint;
import com.digesttranslator.translate.provider.TranslatorConfig;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Identifies one translation: SHA-256 of the text together with everything else that changes what
 * comes back, so the cache never serves a translation made by another engine, server or prompt,
 * into another language, with other fixed terms or under other masking rules, and the same abstract
 * appearing in many weeks is requested once. The parts: provider, endpoint (normalized, unset
 * meaning the provider's default), model, languages, the variant (glossary content and keep-list),
 * the engine's own fingerprint (an LLM prompt, say) and the masking rules' version. The quality
 * gate is not part of it: cached entries are re-checked against the current gate when they are
 * looked up ({@link LookUpCacheFn}).
 */
public final class TranslationKey implements Serializable {
  /** Names this layout of the key; change it only with the README's "Backfills" note. */
  static final String LAYOUT = "key-v2";

  /** The masking rules in force when entries were keyed without endpoint or masking version. */
  private static final int EARLIER_LAYOUT_MASKING = 1;

  /**
   * Providers only their vendor serves: there an earlier key without endpoint still named one
   * engine. Not OpenAI, Apertium or LibreTranslate, whose entries may come from any server.
   */
  private static final Set<String> VENDOR_HOSTED = Set.of("deepl", "google", "google-v3", "papago");

  private final String scope;

  /** Null where the earlier layout could not tell this setup from another ({@link #earlierOf}). */
  private final String earlierScope;

  /** A key for an engine whose translations depend on nothing but its configuration. */
  public TranslationKey(TranslatorConfig config, String variant) {
    this(config, variant, "");
  }

  /**
   * @param variant what else shapes the translation (glossary and keep-list), as a fingerprint
   * @param engineFingerprint what the engine itself adds ({@code
   *     Translator#translationFingerprint})
   */
  public TranslationKey(TranslatorConfig config, String variant, String engineFingerprint) {
    this.scope =
        String.join(
            "\u0000",
            LAYOUT,
            config.provider(),
            Endpoint.canonical(config.endpoint()),
            nullToEmpty(config.model()),
            config.pair().source(),
            config.pair().target(),
            variant,
            engineFingerprint,
            "masking-" + Masker.RULES_VERSION,
            "");
    boolean earlierWasUnambiguous =
        VENDOR_HOSTED.contains(config.provider())
            && Endpoint.canonical(config.endpoint()).isEmpty()
            && engineFingerprint.isEmpty()
            && Masker.RULES_VERSION == EARLIER_LAYOUT_MASKING;
    this.earlierScope =
        earlierWasUnambiguous
            ? String.join(
                "\u0000",
                config.provider(),
                nullToEmpty(config.model()),
                config.pair().source(),
                config.pair().target(),
                variant,
                "")
            : null;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  public String of(String text) {
    return sha256(scope + text);
  }

  /**
   * The key the earlier layout (endpoint, fingerprint and masking version not in it) gave this
   * text, where that key meant the same thing: a provider only its vendor serves, on its default
   * server, no fingerprint, today's masking rules. Caches of the paid providers (DeepL, Google,
   * Papago) thus stay usable; an entry found this way still has to pass today's quality gate.
   * Otherwise empty: entries under the earlier layout miss, and their texts are paid for once more.
   */
  public Optional<String> earlierOf(String text) {
    return earlierScope == null ? Optional.empty() : Optional.of(sha256(earlierScope + text));
  }

  private static String sha256(String s) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
