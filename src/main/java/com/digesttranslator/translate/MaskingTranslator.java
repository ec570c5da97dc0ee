package com.digesttranslator.translate;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends texts through a {@link Masker} so the engine never sees what it must not change, and puts
 * the protected spans back into its replies. A reply that lost, duplicated or garbled a
 * placeholder fails with {@link ErrorClass#QUALITY}, which {@link ResilientTranslator} retries and
 * then reports like any other quality failure.
 */
public final class MaskingTranslator implements Translator {

  static final int HEADROOM_PERCENT = 10;

  private final Translator engine;
  private final Masker masker;

  public MaskingTranslator(Translator engine, Masker masker) {
    this.engine = engine;
    this.masker = masker;
  }

  @Override
  public List<String> translate(List<String> texts) throws TranslationException {
    List<Masked> masked = texts.stream().map(masker::mask).toList();
    List<String> replies = engine.translate(masked.stream().map(Masked::text).toList());
    if (replies == null || replies.size() != texts.size()) {
      return replies; // a miscount is the caller's to classify: nothing here to restore into
    }
    List<String> restored = new ArrayList<>();
    for (int i = 0; i < replies.size(); i++) {
      restored.add(masked.get(i).restore(replies.get(i)));
    }
    return restored;
  }

  /**
   * The engine's limits less {@value #HEADROOM_PERCENT}%: a placeholder can be longer than what it
   * hides ("RL" becomes "ZX12Z"). Over the corpus, masking grew a 1,000-character piece by at most
   * 3.2% (docs/quality.md).
   */
  @Override
  public RequestLimits limits() {
    RequestLimits limits = engine.limits();
    int perText = shrink(limits.maxCharsPerText());
    return new RequestLimits(
        limits.maxTexts(), perText, Math.max(perText, shrink(limits.maxCharsPerRequest())));
  }

  private static int shrink(int chars) {
    return (int) Math.max(1, chars - (long) chars * HEADROOM_PERCENT / 100);
  }

  @Override
  public String translationFingerprint() {
    return engine.translationFingerprint();
  }

  @Override
  public void checkReady() throws ProviderSetupException {
    engine.checkReady();
  }

  @Override
  public void close() {
    engine.close();
  }
}
