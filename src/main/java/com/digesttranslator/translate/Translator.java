package com.digesttranslator.translate;

import java.util.List;

/**
 * One translation API. Implementations make exactly one HTTP request per {@link #translate} call
 * (no retries: {@code ResilientTranslator} owns those) and classify every failure.
 */
public interface Translator extends AutoCloseable {

  /** Translates {@code texts} in order; returns exactly one translation per text. */
  List<String> translate(List<String> texts) throws TranslationException;

  /**
   * Like {@link #translate}, but a text whose translation is unusable fails alone, as a {@link
   * TextReply#defective} reply, instead of failing the request. {@code defects.get(i)} is why text
   * i's previous translation was rejected, or null: an engine that can answer differently when
   * asked again (a sampling language model) uses it; the others ask the same way.
   */
  default List<TextReply> translateEach(List<String> texts, List<String> defects)
      throws TranslationException {
    List<String> out = translate(texts);
    return out == null ? null : out.stream().map(TextReply::translated).toList();
  }

  /** What one request may carry. */
  RequestLimits limits();

  /** Start-up check: reachable, credentials accepted, language pair supported. */
  void checkReady() throws ProviderSetupException;

  /**
   * What, besides its configuration (provider, endpoint, model, languages), shapes this engine's
   * translations, such as an LLM's prompt or instructions: part of every cache key, so changing it
   * makes the job request again rather than serve translations made the old way. Empty when nothing
   * else does.
   */
  default String translationFingerprint() {
    return "";
  }

  @Override
  default void close() {}
}
