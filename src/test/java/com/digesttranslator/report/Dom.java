package com.digesttranslator.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads start tags out of serialized HTML. Enough for asserting on the report's stable classes and
 * data attributes: attribute values never contain a raw {@code >} or {@code "}, since both the
 * report and a browser's serializer escape them.
 */
final class Dom {
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)(?:=\"([^\"]*)\")?");

  private Dom() {}

  /**
   * Attributes of every {@code <tag>} whose class list contains {@code cssClass}, in document
   * order.
   */
  static List<Map<String, String>> elements(String html, String tag, String cssClass) {
    List<Map<String, String>> found = new ArrayList<>();
    Matcher m = Pattern.compile("<" + tag + "(\\s[^>]*)?>").matcher(html);
    while (m.find()) {
      Map<String, String> attributes = attributes(m.group(1) == null ? "" : m.group(1));
      if (List.of(attributes.getOrDefault("class", "").split("\\s+")).contains(cssClass)) {
        found.add(attributes);
      }
    }
    return found;
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      attributes.put(m.group(1), m.group(2) == null ? "" : unescape(m.group(2)));
    }
    return attributes;
  }

  static String unescape(String text) {
    return text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** Every id in the document, to check that in-page links lead somewhere. */
  static List<String> ids(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("\\sid=\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      ids.add(unescape(m.group(1)));
    }
    return ids;
  }
}
