package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.Translator;
import java.io.Serializable;
import java.time.Duration;

/**
 * Everything needed to build a {@link Translator} on a worker. Holds where to find a secret ({@code
 * apiKeyEnv}, {@code apiKeyFile}, or the Secret Manager resource name {@code apiKeySecret}), never
 * the secret itself, so it is safe to serialize with the pipeline and to show in display data.
 * {@code instructions} are the text of {@code --promptFile}, read at launch (null: the provider's
 * default), so workers never read the file.
 */
public record TranslatorConfig(
    String provider,
    String endpoint,
    LanguagePair pair,
    String model,
    String apiKeyEnv,
    String apiKeyFile,
    String apiKeySecret,
    Duration requestTimeout,
    String instructions)
    implements Serializable {

  /** A configuration with the provider's default instructions. */
  public TranslatorConfig(
      String provider,
      String endpoint,
      LanguagePair pair,
      String model,
      String apiKeyEnv,
      String apiKeyFile,
      String apiKeySecret,
      Duration requestTimeout) {
    this(
        provider, endpoint, pair, model, apiKeyEnv, apiKeyFile, apiKeySecret, requestTimeout, null);
  }

  public TranslatorConfig withInstructions(String text) {
    return new TranslatorConfig(
        provider, endpoint, pair, model, apiKeyEnv, apiKeyFile, apiKeySecret, requestTimeout, text);
  }

  /** Whether the provider is a language model that takes written instructions. */
  public boolean takesInstructions() {
    return "openai".equals(provider);
  }

  /**
   * The system prompt sent with every text, {@code --promptFile} or the default for the pair plus
   * the placeholder rule; empty for providers that take no instructions. Translations depend on it,
   * so whatever identifies a cached translation should too.
   */
  public String systemPrompt() {
    if (!takesInstructions()) {
      return "";
    }
    return OpenAiTranslator.systemPrompt(
        instructions == null ? OpenAiTranslator.defaultInstructions(pair) : instructions);
  }
}
