package com.digesttranslator.digest;

import java.util.List;

/**
 * The text written into a target section that could not be translated. A later run recognises it
 * (and the legacy Korean failure line of the old tool) as "still to translate".
 */
public final class FailureMarker {

  static final String PREFIX = "[Translation failed";

  /** Legacy markers written by the tool this project replaces. */
  private static final List<String> LEGACY_PREFIXES = List.of("번역 중 오류 발생");

  private FailureMarker() {}

  public static String of(String errorClass, String reason) {
    String oneLine = reason.replaceAll("\\s+", " ").trim();
    if (oneLine.length() > 160) {
      int cut = Character.isHighSurrogate(oneLine.charAt(156)) ? 156 : 157; // keep pairs whole
      oneLine = oneLine.substring(0, cut) + "...";
    }
    return PREFIX
        + " ("
        + errorClass
        + "): "
        + oneLine
        + " -- run Digest Translator again to retry; details in failures.jsonl]";
  }

  public static boolean isMarker(String sectionText) {
    String text = sectionText.strip();
    return text.startsWith(PREFIX) || LEGACY_PREFIXES.stream().anyMatch(text::startsWith);
  }
}
