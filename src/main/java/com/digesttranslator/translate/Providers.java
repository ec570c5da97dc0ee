package com.digesttranslator.translate;

import java.util.List;

/** Builds the {@link Translator} a {@link TranslatorConfig} names. */
public final class Providers {

  public static final List<String> NAMES = List.of("apertium");

  private Providers() {}

  public static Translator create(TranslatorConfig config) {
    HttpCaller http = new HttpCaller(config.requestTimeout());
    switch (config.provider()) {
      case "apertium":
        return new ApertiumTranslator(endpointOr(config, ApertiumTranslator.DEFAULT_ENDPOINT), config.pair(), http);
      default:
        throw new IllegalArgumentException(
            "unknown provider '" + config.provider() + "'; choose one of " + String.join(", ", NAMES));
    }
  }

  private static String endpointOr(TranslatorConfig config, String defaultEndpoint) {
    return config.endpoint() == null || config.endpoint().isBlank() ? defaultEndpoint : config.endpoint();
  }
}
