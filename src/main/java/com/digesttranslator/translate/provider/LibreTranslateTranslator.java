package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.UnsupportedLanguageException;
import com.digesttranslator.translate.provider.http.ErrorBody;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.provider.http.HttpErrors;
import com.digesttranslator.translate.provider.http.HttpReply;
import com.digesttranslator.translate.provider.http.Json;
import com.digesttranslator.translate.quality.QualityGate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * LibreTranslate: JSON POST to {@code /translate} with {@code q} as an array, the optional key in
 * the {@code api_key} body field. When the engine produces nothing it echoes the source with a 200;
 * {@link QualityGate} rejects such replies for texts long enough to tell.
 */
public final class LibreTranslateTranslator implements Translator {

  public static final String DEFAULT_ENDPOINT = "http://localhost:5000";

  /**
   * The operator sets the real limits ({@code --char-limit}, {@code --batch-limit}; none by
   * default); these fit the usual settings of public instances.
   */
  private static final RequestLimits LIMITS = new RequestLimits(25, 2000, 5000);

  private final String endpoint;
  private final LanguagePair pair;
  private final Optional<ApiKey> key;
  private final HttpCaller http;

  public LibreTranslateTranslator(
      String endpoint, LanguagePair pair, Optional<ApiKey> key, HttpCaller http) {
    this.endpoint = endpoint;
    this.pair = pair;
    this.key = key;
    this.http = http;
  }

  /**
   * Argos codes are the lower-case language ({@code ko}); Chinese by region is {@code zh}/{@code
   * zt}. Other tags pass through unchanged, so a server's own codes ({@code zh-Hans}, {@code pb})
   * can be given as they are listed by {@code /languages}.
   */
  static String libreCode(String bcp47) {
    Locale locale = Locale.forLanguageTag(bcp47);
    if (bcp47.equalsIgnoreCase("zh-CN")) {
      return "zh";
    }
    if (bcp47.equalsIgnoreCase("zh-TW")) {
      return "zt";
    }
    return bcp47.equalsIgnoreCase(locale.getLanguage()) ? locale.getLanguage() : bcp47;
  }

  @Override
  public List<String> translate(List<String> texts) throws TranslationException {
    try {
      HttpReply reply = http.post(endpoint + "/translate", Json.content(body(texts)), Map.of());
      if (!reply.isSuccess()) {
        throw error(reply);
      }
      JsonNode translated = Json.read(reply).path("translatedText");
      // Some versions answer a one-element q with a plain string.
      if (translated.isTextual()) {
        translated = JsonNodeFactory.instance.arrayNode().add(translated);
      }
      return Json.texts(reply, translated, null, texts.size());
    } catch (TranslationException e) {
      throw key.isPresent() ? key.get().redact(e) : e;
    }
  }

  private ObjectNode body(List<String> texts) {
    ObjectNode body = Json.object();
    texts.forEach(body.putArray("q")::add);
    body.put("source", libreCode(pair.source()));
    body.put("target", libreCode(pair.target()));
    body.put("format", "text");
    key.ifPresent(k -> body.put("api_key", k.value()));
    return body;
  }

  private static TranslationException error(HttpReply reply) {
    String message = ErrorBody.of(reply).message();
    // A server that requires keys answers a missing one with 400; no request can succeed without
    // it.
    boolean keyMissing = reply.status() == 400 && message.contains("get an API key");
    ErrorClass errorClass = keyMissing ? ErrorClass.AUTH : HttpErrors.classify(reply.status());
    return HttpErrors.of(reply, errorClass, message);
  }

  @Override
  public RequestLimits limits() {
    return LIMITS;
  }

  /**
   * Checks the language pair against {@code GET /languages}. That endpoint needs no key, so a bad
   * key only shows at the first request (as an auth failure that stops the run).
   */
  @Override
  public void checkReady() throws ProviderSetupException {
    String source = libreCode(pair.source());
    String target = libreCode(pair.target());
    Map<String, JsonNode> byCode = new LinkedHashMap<>();
    languages().forEach(language -> byCode.put(language.path("code").asText(), language));
    for (String code : List.of(source, target)) {
      if (!byCode.containsKey(code)) {
        throw new UnsupportedLanguageException(
            "LibreTranslate at "
                + endpoint
                + " does not know '"
                + code
                + "'. Its languages: "
                + String.join(", ", byCode.keySet())
                + ". Pass one of these codes as --sourceLanguage/--targetLanguage, or load that"
                + " language on the server.");
      }
    }
    List<String> targets = new ArrayList<>();
    byCode.get(source).path("targets").forEach(t -> targets.add(t.asText()));
    // Older servers list no targets: they translate between any two of their languages.
    if (!targets.isEmpty() && !targets.contains(target)) {
      throw new UnsupportedLanguageException(
          "LibreTranslate at "
              + endpoint
              + " cannot translate "
              + source
              + " -> "
              + target
              + "; from "
              + source
              + " it offers: "
              + String.join(", ", targets));
    }
  }

  private JsonNode languages() throws ProviderSetupException {
    HttpReply reply;
    try {
      reply = http.get(endpoint + "/languages", Map.of());
    } catch (TranslationException e) {
      throw new ProviderSetupException(
          "LibreTranslate is not answering at "
              + endpoint
              + " ("
              + e.getMessage()
              + "). Start it (e.g. `libretranslate --load-only en,ko`) or pass"
              + " --endpoint=its URL.");
    }
    JsonNode languages = Json.parse(reply.body());
    if (!reply.isSuccess() || !languages.isArray()) {
      throw new ProviderSetupException(
          endpoint
              + " does not look like LibreTranslate: GET /languages"
              + " answered HTTP "
              + reply.status()
              + ": "
              + redact(reply.bodySnippet()));
    }
    return languages;
  }

  private String redact(String text) {
    return key.isPresent() ? key.get().redact(text) : text;
  }
}
