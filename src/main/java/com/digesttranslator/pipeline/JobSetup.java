package com.digesttranslator.pipeline;

import com.digesttranslator.pipeline.cache.TranslationKey;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.masking.Glossary;
import com.digesttranslator.translate.masking.GlossaryFormatException;
import com.digesttranslator.translate.masking.Masker;
import com.digesttranslator.translate.provider.Providers;
import com.digesttranslator.translate.provider.TranslatorConfig;
import com.digesttranslator.translate.provider.TranslatorFactory;
import com.digesttranslator.translate.quality.QualityGate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the job translates, decided once at launch: the provider (behind a {@link Masker} with the
 * keep-list, and with the glossary unless the provider applies it natively), its request limits,
 * the quality gate for the target language, and the cache key that ties translations to all of
 * these and to what the provider reports as its own fingerprint (a prompt, say).
 */
public record JobSetup(
    TranslatorConfig config,
    TranslatorFactory translators,
    RequestLimits limits,
    QualityGate gate,
    TranslationKey keys) {

  private static final Logger LOG = LoggerFactory.getLogger(JobSetup.class);

  /** Reads the glossary and builds the translator once, so bad settings fail before any work. */
  public static JobSetup from(DigestTranslatorOptions options, boolean callProvider)
      throws ProviderSetupException, IOException {
    TranslatorConfig config = config(options).withInstructions(promptFile(options));
    String glossaryText = options.getGlossary() == null ? "" : read(options.getGlossary());
    Glossary glossary = glossary(options.getGlossary(), glossaryText);
    List<String> keepTerms = CommaSeparated.items(options.getKeepTerms());
    Masker masker = Masker.defaults().keeping(keepTerms);
    boolean nativeGlossary =
        Providers.appliesGlossaryNatively(config.provider(), options.getGlossary());
    TranslatorFactory translators =
        nativeGlossary
            ? TranslatorFactory.masked(config, masker, glossary)
            : TranslatorFactory.masked(config, masker.withGlossary(glossary));
    if (!nativeGlossary && "google-v3".equals(config.provider()) && !glossary.isEmpty()) {
      LOG.info(
          "--glossary={} is applied by masking: google-v3 native glossaries need a gs:// file",
          options.getGlossary());
    }
    String variant =
        glossaryText
            + "\u0000"
            + String.join(",", keepTerms)
            + nativeMark(config.provider(), nativeGlossary);
    // A missing key or model surfaces here; unless callProvider (false for a dry run), so does an
    // unusable provider.
    try (Translator translator = translators.create()) {
      if (callProvider) {
        translator.checkReady();
      }
      return new JobSetup(
          config,
          translators,
          translator.limits(),
          QualityGate.forTarget(options.getTargetLanguage()),
          new TranslationKey(config, variant, translator.translationFingerprint()));
    }
  }

  public static TranslatorConfig config(DigestTranslatorOptions options) {
    return new TranslatorConfig(
        options.getProvider(),
        options.getEndpoint(),
        new LanguagePair(options.getSourceLanguage(), options.getTargetLanguage()),
        options.getModel(),
        options.getApiKeyEnv(),
        options.getApiKeyFile(),
        options.getApiKeySecret(),
        Duration.ofSeconds(options.getRequestTimeoutSeconds()));
  }

  /**
   * The same file, masked or applied by Google, translates differently, so the cache must tell them
   * apart. DeepL always applies it natively: its keys need no mark and stay as they were.
   */
  private static String nativeMark(String provider, boolean nativeGlossary) {
    return nativeGlossary && "google-v3".equals(provider) ? "\u0000native" : "";
  }

  /** The publisher's instructions, read here so workers never need the file. */
  private static String promptFile(DigestTranslatorOptions options) throws IOException {
    String path = options.getPromptFile();
    if (path == null) {
      return null;
    }
    if (!config(options).takesInstructions()) {
      throw new IllegalArgumentException(
          "--promptFile is for --provider=openai only; "
              + options.getProvider()
              + " takes no instructions");
    }
    String text = read(path).replace("\uFEFF", "").strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(
          "--promptFile="
              + path
              + " is empty: write the"
              + " instructions for the model in it, or drop the option to use the default prompt");
    }
    return text;
  }

  private static Glossary glossary(String path, String text) throws GlossaryFormatException {
    return path == null ? Glossary.empty() : Glossary.parse(path, text);
  }

  private static String read(String path) throws IOException {
    try (InputStream in =
        Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
