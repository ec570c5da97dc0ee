package com.digesttranslator.translate.masking;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TextReply;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sends texts through a {@link Masker} so the engine never sees what it must not change, and puts
 * the protected spans back into its replies. A reply that lost, duplicated or garbled a placeholder
 * is a {@link ErrorClass#QUALITY} defect of that text alone ({@link #translateEach}): {@code
 * ResilientTranslator} keeps the other texts of the request and asks only for it again.
 */
public final class MaskingTranslator implements Translator {

  public static final int HEADROOM_PERCENT = 10;

  private final Translator engine;
  private final Masker masker;

  public MaskingTranslator(Translator engine, Masker masker) {
    this.engine = engine;
    this.masker = masker;
  }

  /** Fails with the first text's defect, if any: use {@link #translateEach} to keep the others. */
  @Override
  public List<String> translate(List<String> texts) throws TranslationException {
    List<TextReply> replies = translateEach(texts, Collections.nCopies(texts.size(), null));
    if (replies == null) {
      return null;
    }
    List<String> restored = new ArrayList<>();
    for (TextReply reply : replies) {
      if (reply.isDefective()) {
        throw reply.defect();
      }
      restored.add(reply.translation());
    }
    return restored;
  }

  @Override
  public List<TextReply> translateEach(List<String> texts, List<String> defects)
      throws TranslationException {
    List<Masked> masked = texts.stream().map(masker::mask).toList();
    List<TextReply> replies =
        engine.translateEach(masked.stream().map(Masked::text).toList(), defects);
    if (replies == null || replies.size() != texts.size()) {
      return replies; // a miscount is the caller's to classify: nothing here to restore into
    }
    List<TextReply> restored = new ArrayList<>();
    for (int i = 0; i < replies.size(); i++) {
      restored.add(restore(masked.get(i), replies.get(i)));
    }
    return restored;
  }

  /** An empty translation passes through for the quality gate to name. */
  private static TextReply restore(Masked masked, TextReply reply) {
    if (reply.isDefective() || reply.translation() == null) {
      return reply;
    }
    try {
      return TextReply.translated(masked.restore(reply.translation()));
    } catch (TranslationException damaged) {
      return TextReply.defective(reply.reply(), damaged);
    }
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
