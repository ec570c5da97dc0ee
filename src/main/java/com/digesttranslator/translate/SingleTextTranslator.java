package com.digesttranslator.translate;

import java.util.ArrayList;
import java.util.List;

/** A provider whose API takes one text per request (its limits say {@code maxTexts = 1}). */
public interface SingleTextTranslator extends Translator {

  String translateOne(String text) throws TranslationException;

  @Override
  default List<String> translate(List<String> texts) throws TranslationException {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      out.add(translateOne(text));
    }
    return out;
  }
}
