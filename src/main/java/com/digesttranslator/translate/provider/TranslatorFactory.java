package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.masking.Glossary;
import com.digesttranslator.translate.masking.Masker;
import com.digesttranslator.translate.masking.MaskingTranslator;
import java.io.Serializable;

/**
 * Builds a {@link Translator} where it is used (on a worker), since translators hold connections.
 */
@FunctionalInterface
public interface TranslatorFactory extends Serializable {
  Translator create();

  /** The provider behind a {@link Masker}: protected spans and glossary terms never reach it. */
  static TranslatorFactory masked(TranslatorConfig config, Masker masker) {
    return () -> new MaskingTranslator(Providers.create(config), masker);
  }

  /**
   * Like {@link #masked(TranslatorConfig, Masker)}, for a provider that applies {@code glossary}
   * itself ({@link Providers#appliesGlossaryNatively}): {@code masker} must not hold it too, or the
   * provider would never see the terms.
   */
  static TranslatorFactory masked(TranslatorConfig config, Masker masker, Glossary glossary) {
    return () -> new MaskingTranslator(Providers.create(config, glossary), masker);
  }
}
