package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.masking.Glossary;
import com.digesttranslator.translate.provider.http.HttpCaller;
import java.util.List;

/** Builds the {@link Translator} a {@link TranslatorConfig} names. */
public final class Providers {

  public static final List<String> NAMES =
      List.of("apertium", "libretranslate", "openai", "deepl", "google", "google-v3", "papago");

  private Providers() {}

  /**
   * Whether {@code provider} takes the glossary at {@code glossaryPath} itself, so it must not also
   * be masked. Google v3 reads a glossary only from Cloud Storage, so a local file is masked.
   */
  public static boolean appliesGlossaryNatively(String provider, String glossaryPath) {
    return "deepl".equals(provider)
        || ("google-v3".equals(provider)
            && glossaryPath != null
            && glossaryPath.startsWith("gs://"));
  }

  public static Translator create(TranslatorConfig config) {
    return create(config, Glossary.empty());
  }

  /**
   * Secrets are read here, on the worker. A missing key, model or project is an {@link
   * IllegalArgumentException} that names the option to set. A non-empty {@code glossary} is only
   * for providers that {@link #appliesGlossaryNatively apply it natively}: any other would drop it
   * without a word.
   */
  public static Translator create(TranslatorConfig config, Glossary glossary) {
    if (!glossary.isEmpty() && !appliesGlossaryNatively(config.provider(), glossary.fileName())) {
      throw new IllegalArgumentException(
          "provider "
              + config.provider()
              + " has no native glossary for "
              + glossary.fileName()
              + ": mask the terms with Masker.withGlossary instead");
    }
    if (config.provider() == null || config.provider().isBlank()) {
      throw new IllegalArgumentException(
          "--provider is required; choose one of " + String.join(", ", NAMES));
    }
    HttpCaller http = new HttpCaller(config.requestTimeout());
    LanguagePair pair = config.pair();
    return switch (config.provider()) {
      case "apertium" ->
          new ApertiumTranslator(
              endpointOr(config, ApertiumTranslator.DEFAULT_ENDPOINT), pair, http);
      case "libretranslate" ->
          new LibreTranslateTranslator(
              endpointOr(config, LibreTranslateTranslator.DEFAULT_ENDPOINT),
              pair,
              ApiKey.optional(config),
              http);
      case "openai" ->
          new OpenAiTranslator(
              endpointOr(config, OpenAiTranslator.DEFAULT_ENDPOINT),
              pair,
              config.model(),
              ApiKey.optional(config),
              http,
              config.instructions());
      case "deepl" -> {
        ApiKey key = ApiKey.require(config);
        yield new DeepLTranslator(
            endpointOr(config, DeepLTranslator.defaultEndpoint(key)), pair, key, http, glossary);
      }
      case "google" ->
          new GoogleTranslator(
              endpointOr(config, GoogleTranslator.DEFAULT_ENDPOINT),
              pair,
              ApiKey.require(config),
              http);
      case "google-v3" -> googleV3(config, http, glossary);
      case "papago" ->
          new PapagoTranslator(
              endpointOr(config, PapagoTranslator.DEFAULT_ENDPOINT),
              pair,
              ApiKey.require(config),
              http);
      default ->
          throw new IllegalArgumentException(
              "unknown provider '"
                  + config.provider()
                  + "'; choose one of "
                  + String.join(", ", NAMES));
    };
  }

  private static Translator googleV3(TranslatorConfig config, HttpCaller http, Glossary glossary) {
    if (isSet(config.apiKeyEnv()) || isSet(config.apiKeyFile()) || isSet(config.apiKeySecret())) {
      throw new IllegalArgumentException(
          "google-v3 uses Application Default Credentials, not"
              + " --apiKeyEnv/--apiKeyFile/--apiKeySecret: set GOOGLE_APPLICATION_CREDENTIALS to a"
              + " service-account key file (on Dataflow: the worker service account), or use"
              + " --provider=google for an API key");
    }
    return GoogleV3Translator.withApplicationDefaultCredentials(
        endpointOr(config, GoogleV3Translator.DEFAULT_ENDPOINT),
        config.pair(),
        config.model(),
        http,
        glossary);
  }

  private static boolean isSet(String option) {
    return option != null && !option.isBlank();
  }

  private static String endpointOr(TranslatorConfig config, String defaultEndpoint) {
    String endpoint = isSet(config.endpoint()) ? config.endpoint() : defaultEndpoint;
    return Endpoint.base(endpoint);
  }
}
