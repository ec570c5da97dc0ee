package com.digesttranslator.translate;

/**
 * What one request made of one text: a translation, or the engine's reply and why it cannot be
 * used. A defect fails that text only, not its neighbours in the same request.
 *
 * @param translation the usable translation; null when defective
 * @param reply what the engine answered for the text, as it answered it (compared across attempts)
 * @param defect why the reply cannot be used; null when it can
 */
public record TextReply(String translation, String reply, TranslationException defect) {

  public static TextReply translated(String translation) {
    return new TextReply(translation, translation, null);
  }

  public static TextReply defective(String reply, TranslationException defect) {
    return new TextReply(null, reply, defect);
  }

  public boolean isDefective() {
    return defect != null;
  }
}
