package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.UnsupportedLanguageException;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.provider.http.HttpReply;
import com.digesttranslator.translate.provider.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Google Cloud Translation v2 (Basic): JSON POST to {@code /language/translate/v2} with the API key
 * in the {@code X-Goog-Api-Key} header, never in the URL, where it would end up in proxy and access
 * logs. {@code format=text} because the default, HTML, entity-escapes the output.
 */
public final class GoogleTranslator implements Translator {

  public static final String DEFAULT_ENDPOINT = "https://translation.googleapis.com";

  /**
   * 128 segments; 30,000 characters keep the body well under 100 KB even at 3 UTF-8 bytes per
   * character; 5,000 per text is Google's recommendation.
   */
  private static final RequestLimits LIMITS = new RequestLimits(128, 5000, 30_000);

  private final String endpoint;
  private final LanguagePair pair;
  private final ApiKey key;
  private final HttpCaller http;

  public GoogleTranslator(String endpoint, LanguagePair pair, ApiKey key, HttpCaller http) {
    this.endpoint = endpoint;
    this.pair = pair;
    this.key = key;
    this.http = http;
  }

  static String googleCode(String bcp47) {
    return RegionalChinese.code(bcp47);
  }

  @Override
  public List<String> translate(List<String> texts) throws TranslationException {
    try {
      HttpReply reply =
          http.post(endpoint + "/language/translate/v2", Json.content(body(texts)), auth());
      if (!reply.isSuccess()) {
        throw GoogleErrors.of(reply);
      }
      JsonNode translations = Json.read(reply).path("data").path("translations");
      return Json.texts(reply, translations, "translatedText", texts.size());
    } catch (TranslationException e) {
      throw key.redact(e);
    }
  }

  private ObjectNode body(List<String> texts) {
    ObjectNode body = Json.object();
    texts.forEach(body.putArray("q")::add);
    body.put("source", googleCode(pair.source()));
    body.put("target", googleCode(pair.target()));
    body.put("format", "text");
    return body;
  }

  private Map<String, String> auth() {
    return Map.of("X-Goog-Api-Key", key.value());
  }

  @Override
  public RequestLimits limits() {
    return LIMITS;
  }

  /** Lists the supported languages: free of charge, and it exercises the key. */
  @Override
  public void checkReady() throws ProviderSetupException {
    List<String> codes = new ArrayList<>();
    for (JsonNode language : languages().path("data").path("languages")) {
      codes.add(language.path("language").asText());
    }
    for (String code : List.of(googleCode(pair.source()), googleCode(pair.target()))) {
      if (!codes.contains(code)) {
        throw new UnsupportedLanguageException(
            "Google Translate v2 does not support language '"
                + code
                + "'. Supported: "
                + String.join(", ", codes)
                + ". Choose another --sourceLanguage/--targetLanguage.");
      }
    }
  }

  private JsonNode languages() throws ProviderSetupException {
    HttpReply reply;
    try {
      reply = http.get(endpoint + "/language/translate/v2/languages", auth());
      if (reply.isSuccess()) {
        return Json.read(reply);
      }
    } catch (TranslationException e) {
      throw new ProviderSetupException(
          "no usable answer from Google Translate at "
              + endpoint
              + " ("
              + key.redact(e.getMessage())
              + "). Check --endpoint and the network.");
    }
    TranslationException error = key.redact(GoogleErrors.of(reply));
    String fix =
        error.errorClass() == ErrorClass.AUTH
            ? " Check the key from "
                + key.origin()
                + ", that the Cloud Translation API is enabled for"
                + " its project, and that the key's API restrictions allow it."
            : "";
    throw new ProviderSetupException(
        "Google Translate v2 check failed: " + error.getMessage() + fix);
  }
}
