package com.digesttranslator.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DeepL API v2: JSON POST to {@code /v2/translate}, up to 50 texts per request, key in the
 * {@code Authorization: DeepL-Auth-Key} header. Free keys (ending {@code :fx}) only work on the
 * Free host, Pro keys only on the Pro host; a mismatch is a 403 "Wrong endpoint".
 */
public final class DeepLTranslator implements Translator {

  public static final String FREE_ENDPOINT = "https://api-free.deepl.com";
  public static final String PRO_ENDPOINT = "https://api.deepl.com";

  /** 30,000 characters stay under the 128 KiB body limit even at 4 bytes per character. */
  private static final RequestLimits LIMITS = new RequestLimits(50, 5000, 30_000);

  private final String endpoint;
  private final LanguagePair pair;
  private final ApiKey key;
  private final HttpCaller http;

  public DeepLTranslator(String endpoint, LanguagePair pair, ApiKey key, HttpCaller http) {
    this.endpoint = endpoint;
    this.pair = pair;
    this.key = key;
    this.http = http;
  }

  /** The host a key belongs to, when no endpoint is given. */
  public static String defaultEndpoint(ApiKey key) {
    return key.value().endsWith(":fx") ? FREE_ENDPOINT : PRO_ENDPOINT;
  }

  /** Source languages have no variants in DeepL: {@code en-US} is {@code EN}. */
  static String sourceCode(String bcp47) {
    return Locale.forLanguageTag(bcp47).getLanguage().toUpperCase(Locale.ROOT);
  }

  /**
   * Target languages: plain {@code EN} and {@code PT} are deprecated, so they get a variant;
   * Chinese goes by script.
   */
  static String targetCode(String bcp47) {
    Locale locale = Locale.forLanguageTag(bcp47);
    String region = locale.getCountry();
    return switch (locale.getLanguage()) {
      case "en" -> "GB".equals(region) ? "EN-GB" : "EN-US";
      case "pt" -> "PT".equals(region) ? "PT-PT" : "PT-BR";
      case "zh" -> "Hant".equals(locale.getScript()) || List.of("TW", "HK", "MO").contains(region)
          ? "ZH-HANT" : "ZH-HANS";
      default -> locale.getLanguage().toUpperCase(Locale.ROOT);
    };
  }

  @Override
  public List<String> translate(List<String> texts) throws TranslationException {
    try {
      HttpReply reply = http.post(endpoint + "/v2/translate", Json.content(body(texts)), auth());
      if (!reply.isSuccess()) {
        throw error(reply);
      }
      return Json.texts(reply, Json.read(reply).path("translations"), "text", texts.size());
    } catch (TranslationException e) {
      throw key.redact(e);
    }
  }

  private ObjectNode body(List<String> texts) {
    ObjectNode body = Json.object();
    texts.forEach(body.putArray("text")::add);
    body.put("source_lang", sourceCode(pair.source()));
    body.put("target_lang", targetCode(pair.target()));
    // Abstracts are formal; "prefer_" is ignored where unsupported (KO) whereas "more" fails there.
    body.put("formality", "prefer_more");
    // The default also splits sentences at single newlines, breaking hard-wrapped text apart.
    body.put("split_sentences", "nonewlines");
    return body;
  }

  private Map<String, String> auth() {
    return Map.of("Authorization", "DeepL-Auth-Key " + key.value());
  }

  private static TranslationException error(HttpReply reply) {
    String message = ErrorBody.of(reply).message();
    return switch (reply.status()) {
      case 456 -> HttpErrors.of(reply, ErrorClass.QUOTA, "quota exceeded: " + message);
      case 403 -> HttpErrors.of(reply, ErrorClass.AUTH, "key rejected or wrong host: " + message);
      default -> HttpErrors.of(reply, HttpErrors.classify(reply.status()), message);
    };
  }

  @Override
  public RequestLimits limits() {
    return LIMITS;
  }

  @Override
  public void checkReady() throws ProviderSetupException {
    requireLanguage("source", sourceCode(pair.source()));
    requireLanguage("target", targetCode(pair.target()));
  }

  private void requireLanguage(String type, String code) throws ProviderSetupException {
    List<String> codes = new ArrayList<>();
    for (JsonNode language : languages(type)) {
      codes.add(language.path("language").asText().toUpperCase(Locale.ROOT));
    }
    if (!codes.contains(code)) {
      throw new ProviderSetupException("DeepL cannot use " + code + " as a " + type + " language."
          + " Supported " + type + " languages: " + String.join(", ", codes)
          + ". Choose another --" + type + "Language.");
    }
  }

  private JsonNode languages(String type) throws ProviderSetupException {
    try {
      HttpReply reply = http.get(endpoint + "/v2/languages?type=" + type, auth());
      if (!reply.isSuccess()) {
        throw setupError(reply);
      }
      return Json.read(reply);
    } catch (TranslationException e) {
      throw new ProviderSetupException("no usable answer from DeepL at " + endpoint + " ("
          + key.redact(e.getMessage()) + "). Check --endpoint and the network.");
    }
  }

  private ProviderSetupException setupError(HttpReply reply) {
    String message = key.redact(ErrorBody.of(reply).message());
    if (reply.status() == 403 || reply.status() == 401) {
      return new ProviderSetupException("DeepL at " + endpoint + " rejected the key from "
          + key.origin() + " (HTTP " + reply.status() + ": " + message + "). Check the key;"
          + " Free keys end in :fx and work only on " + FREE_ENDPOINT + ", Pro keys only on "
          + PRO_ENDPOINT + " (leave --endpoint unset to pick the host from the key).");
    }
    if (reply.status() == 456) {
      return new ProviderSetupException("DeepL quota is used up for the key from " + key.origin()
          + " (HTTP 456: " + message + "). Wait for the next billing period or raise the limit.");
    }
    return new ProviderSetupException(
        "DeepL at " + endpoint + " answered HTTP " + reply.status() + ": " + message);
  }
}
