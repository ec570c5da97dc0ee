package com.digesttranslator.translate;

import java.io.Serializable;

/** Builds a {@link Translator} where it is used (on a worker), since translators hold connections. */
@FunctionalInterface
public interface TranslatorFactory extends Serializable {
  Translator create();

  static TranslatorFactory of(TranslatorConfig config) {
    return () -> Providers.create(config);
  }
}
