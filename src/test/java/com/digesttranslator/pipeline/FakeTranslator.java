package com.digesttranslator.pipeline;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.provider.TranslatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process translator for pipeline tests: "translates" by wrapping the text, fails permanently
 * on texts containing {@code FAIL}, and counts calls per text in a static registry (DoFns are
 * serialized, so a test reads counts back by its own id).
 */
public final class FakeTranslator implements Translator {
  static final ConcurrentMap<String, ConcurrentMap<String, AtomicInteger>> CALLS =
      new ConcurrentHashMap<>();

  private final String id;

  private FakeTranslator(String id) {
    this.id = id;
  }

  public static TranslatorFactory factory(String id) {
    CALLS.put(id, new ConcurrentHashMap<>());
    return () -> new FakeTranslator(id);
  }

  public static String translationOf(String text) {
    return "[es] " + text;
  }

  public static int callsFor(String id, String text) {
    AtomicInteger n = CALLS.get(id).get(text);
    return n == null ? 0 : n.get();
  }

  @Override
  public List<String> translate(List<String> texts) throws TranslationException {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      CALLS.get(id).computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
      if (text.contains("FAIL")) {
        throw new TranslationException(
            ErrorClass.PERMANENT, 422, "HTTP 422: cannot translate this");
      }
      out.add(translationOf(text));
    }
    return out;
  }

  @Override
  public RequestLimits limits() {
    return new RequestLimits(1, 2000, 2000);
  }

  @Override
  public void checkReady() {}
}
