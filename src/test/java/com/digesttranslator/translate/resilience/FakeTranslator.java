package com.digesttranslator.translate.resilience;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TextReply;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An in-memory {@link Translator}: records every request and answers from a script of steps, then
 * from a fallback that "translates" each text to {@code "ES:" + text}.
 */
final class FakeTranslator implements Translator {

  @FunctionalInterface
  interface Step {
    List<String> reply(List<String> texts) throws TranslationException;
  }

  static final Step ECHO_SPANISH =
      texts -> texts.stream().map(t -> "ES:" + t).collect(Collectors.toList());

  private final RequestLimits limits;
  private final Deque<Step> script = new ArrayDeque<>();
  private Step fallback = ECHO_SPANISH;
  final List<List<String>> calls = new ArrayList<>();

  /** Per call, the defect named for each text (null for none). */
  final List<List<String>> defects = new ArrayList<>();

  FakeTranslator(RequestLimits limits) {
    this.limits = limits;
  }

  FakeTranslator then(Step step) {
    script.add(step);
    return this;
  }

  FakeTranslator thenFail(ErrorClass errorClass, int status, String message) {
    return then(
        texts -> {
          throw new TranslationException(errorClass, status, message);
        });
  }

  FakeTranslator otherwise(Step step) {
    fallback = step;
    return this;
  }

  static Step failing(ErrorClass errorClass, int status, String message) {
    return texts -> {
      throw new TranslationException(errorClass, status, message);
    };
  }

  @Override
  public List<String> translate(List<String> texts) throws TranslationException {
    calls.add(List.copyOf(texts));
    Step step = script.isEmpty() ? fallback : script.poll();
    return step.reply(texts);
  }

  @Override
  public List<TextReply> translateEach(List<String> texts, List<String> defects)
      throws TranslationException {
    this.defects.add(new ArrayList<>(defects));
    return Translator.super.translateEach(texts, defects);
  }

  @Override
  public RequestLimits limits() {
    return limits;
  }

  @Override
  public void checkReady() {}
}
