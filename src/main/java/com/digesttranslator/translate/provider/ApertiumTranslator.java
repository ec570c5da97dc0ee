package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.SingleTextTranslator;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.UnsupportedLanguageException;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.provider.http.HttpErrors;
import com.digesttranslator.translate.provider.http.HttpReply;
import com.digesttranslator.translate.provider.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.api.client.http.UrlEncodedContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Apertium APY ({@code apertium-apy}): form-encoded POST to {@code /translate}, one text per
 * request. APY silently truncates long input and shrinks its chunks under concurrency, so requests
 * are kept to 1,000 characters and the quality gate rejects replies that come back too short.
 */
public final class ApertiumTranslator implements SingleTextTranslator {

  public static final String DEFAULT_ENDPOINT = "http://localhost:2737";
  private static final RequestLimits LIMITS = new RequestLimits(1, 1000, 1000);

  private final String endpoint;
  private final LanguagePair pair;
  private final HttpCaller http;

  public ApertiumTranslator(String endpoint, LanguagePair pair, HttpCaller http) {
    this.endpoint = Endpoint.base(endpoint);
    this.pair = pair;
    this.http = http;
  }

  /** Apertium names languages by ISO 639-3 ({@code eng}, {@code spa}). */
  static String apertiumCode(String bcp47) {
    Locale locale = Locale.forLanguageTag(bcp47);
    try {
      String code = locale.getISO3Language();
      return code.isEmpty() ? bcp47 : code;
    } catch (MissingResourceException e) {
      return bcp47;
    }
  }

  private String langpair() {
    return apertiumCode(pair.source()) + "|" + apertiumCode(pair.target());
  }

  @Override
  public String translateOne(String text) throws TranslationException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("langpair", langpair());
    form.put("q", text);
    form.put("markUnknown", "no");
    HttpReply reply = http.post(endpoint + "/translate", new UrlEncodedContent(form), Map.of());
    if (!reply.isSuccess()) {
      throw error(reply);
    }
    JsonNode translated = Json.read(reply).path("responseData").path("translatedText");
    if (!translated.isTextual()) {
      throw new TranslationException(
          ErrorClass.TRANSIENT, reply.status(), "malformed reply: no responseData.translatedText");
    }
    return translated.asText().strip();
  }

  private static TranslationException error(HttpReply reply) {
    if (reply.status() == 404) {
      return HttpErrors.of(
          reply,
          ErrorClass.PERMANENT,
          "no /translate here: is the endpoint an Apertium APY server?");
    }
    JsonNode body = Json.parse(reply.body());
    String explanation =
        body.path("explanation").asText(body.path("message").asText(reply.bodySnippet()));
    ErrorClass errorClass =
        reply.status() == 400 ? ErrorClass.PERMANENT : HttpErrors.classify(reply.status());
    return HttpErrors.of(reply, errorClass, explanation);
  }

  @Override
  public RequestLimits limits() {
    return LIMITS;
  }

  @Override
  public void checkReady() throws ProviderSetupException {
    HttpReply reply;
    try {
      reply = http.get(endpoint + "/listPairs", Map.of());
    } catch (TranslationException e) {
      throw new ProviderSetupException(
          "Apertium APY is not answering at "
              + endpoint
              + " ("
              + e.getMessage()
              + ").\n"
              + "  Install it:  sudo apt-get install -y apertium apertium-eng-spa apertium-apy\n"
              + "  Start it:    apertium-apy -p 2737 /usr/share/apertium/modes\n"
              + "  or pass --endpoint=URL of a running APY.");
    }
    if (!reply.isSuccess() && reply.status() != 404) {
      throw new ProviderSetupException(
          "Apertium APY at "
              + endpoint
              + " is not ready: /listPairs answered HTTP "
              + reply.status()
              + " ("
              + reply.bodySnippet()
              + "). Try again, or restart apertium-apy.");
    }
    JsonNode data;
    try {
      data = Json.read(reply).path("responseData");
    } catch (TranslationException notJson) {
      data = null;
    }
    if (!reply.isSuccess() || data == null || !data.isArray()) {
      throw new ProviderSetupException(
          endpoint
              + " does not look like Apertium APY: /listPairs answered HTTP "
              + reply.status());
    }
    List<String> pairs = new ArrayList<>();
    for (JsonNode p : data) {
      pairs.add(p.path("sourceLanguage").asText() + "|" + p.path("targetLanguage").asText());
    }
    if (!pairs.contains(langpair())) {
      throw new UnsupportedLanguageException(
          "Apertium at "
              + endpoint
              + " cannot translate "
              + pair.source()
              + " -> "
              + pair.target()
              + " ("
              + langpair()
              + "). Installed pairs: "
              + String.join(", ", pairs)
              + ". Install the language data (e.g. apt-get install apertium-eng-spa) or choose"
              + " --sourceLanguage/--targetLanguage from that list.");
    }
  }
}
