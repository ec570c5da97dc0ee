package com.digesttranslator.pipeline.shard;

import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.Translator;
import java.util.List;

/** A translator with a bug outside any one request: its limits throw. */
final class BrokenLimits implements Translator {
  @Override
  public List<String> translate(List<String> texts) {
    return texts;
  }

  @Override
  public RequestLimits limits() {
    throw new IllegalStateException("limits not loaded");
  }

  @Override
  public void checkReady() {}
}
