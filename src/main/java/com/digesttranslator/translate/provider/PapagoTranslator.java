package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.SingleTextTranslator;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.UnsupportedLanguageException;
import com.digesttranslator.translate.provider.http.ErrorBody;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.provider.http.HttpErrors;
import com.digesttranslator.translate.provider.http.HttpReply;
import com.digesttranslator.translate.provider.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.api.client.http.UrlEncodedContent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Naver Papago NMT through the NCP API Gateway: form POST to {@code /nmt/v1/translation}, one text
 * of at most 5,000 characters per request. The credentials are a client id and secret, supplied
 * together as {@code CLIENT_ID:CLIENT_SECRET} in the one environment variable or file.
 */
public final class PapagoTranslator implements SingleTextTranslator {

  public static final String DEFAULT_ENDPOINT = "https://papago.apigw.ntruss.com";
  private static final RequestLimits LIMITS = new RequestLimits(1, 5000, 5000);
  private static final List<String> LANGUAGES =
      List.of("ko", "en", "ja", "zh-CN", "zh-TW", "vi", "th", "id", "fr", "es", "ru", "de", "it");

  private final String endpoint;
  private final LanguagePair pair;
  private final ApiKey clientId;
  private final ApiKey clientSecret;
  private final String keyOrigin;
  private final HttpCaller http;

  public PapagoTranslator(String endpoint, LanguagePair pair, ApiKey credentials, HttpCaller http) {
    List<ApiKey> idAndSecret = credentials.idAndSecret();
    this.endpoint = endpoint;
    this.pair = pair;
    this.clientId = idAndSecret.get(0);
    this.clientSecret = idAndSecret.get(1);
    this.keyOrigin = credentials.origin();
    this.http = http;
  }

  static String papagoCode(String bcp47) {
    return RegionalChinese.code(bcp47);
  }

  @Override
  public String translateOne(String text) throws TranslationException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("source", papagoCode(pair.source()));
    form.put("target", papagoCode(pair.target()));
    form.put("text", text);
    Map<String, String> headers =
        Map.of(
            "X-NCP-APIGW-API-KEY-ID",
            clientId.value(),
            "X-NCP-APIGW-API-KEY",
            clientSecret.value());
    try {
      HttpReply reply =
          http.post(endpoint + "/nmt/v1/translation", new UrlEncodedContent(form), headers);
      if (!reply.isSuccess()) {
        throw error(reply);
      }
      JsonNode translated = Json.read(reply).path("message").path("result").path("translatedText");
      if (!translated.isTextual()) {
        throw new TranslationException(
            ErrorClass.TRANSIENT,
            reply.status(),
            "malformed reply: no message.result.translatedText");
      }
      return translated.asText();
    } catch (TranslationException e) {
      throw clientSecret.redact(clientId.redact(e));
    }
  }

  /**
   * Gateway errors carry a numeric code, the translation service an {@code N2MTnn} code; both may
   * sit at the top level or under {@code error}.
   */
  private static TranslationException error(HttpReply reply) {
    ErrorBody body = ErrorBody.of(reply);
    String code = body.field("errorCode");
    String message = (code.isEmpty() ? "" : code + ": ") + body.message();
    // 429 with code 400 is the daily quota (or the API not enabled for the app), not a throttle.
    if (reply.status() == 429 && "400".equals(code)) {
      return HttpErrors.of(reply, ErrorClass.QUOTA, message);
    }
    return HttpErrors.of(reply, HttpErrors.classify(reply.status()), message);
  }

  @Override
  public RequestLimits limits() {
    return LIMITS;
  }

  /**
   * Papago has no free endpoint to ask, so the check validates the languages locally and then
   * translates one word: that costs five characters of quota and proves key, host and pair.
   */
  @Override
  public void checkReady() throws ProviderSetupException {
    for (String code : List.of(papagoCode(pair.source()), papagoCode(pair.target()))) {
      if (!LANGUAGES.contains(code)) {
        throw new UnsupportedLanguageException(
            "Papago does not support '"
                + code
                + "'; it knows "
                + String.join(", ", LANGUAGES)
                + ". Choose another --sourceLanguage/--targetLanguage.");
      }
    }
    try {
      translateOne("Hello");
    } catch (TranslationException e) {
      throw new ProviderSetupException(
          "Papago check at " + endpoint + " failed: " + e.getMessage() + fixFor(e.errorClass()));
    }
  }

  private String fixFor(ErrorClass errorClass) {
    return switch (errorClass) {
      case AUTH ->
          ". Check "
              + keyOrigin
              + ": it must hold CLIENT_ID:CLIENT_SECRET of an NCP"
              + " application with Papago Translation enabled.";
      case QUOTA ->
          ". The daily quota is used up, or Papago Translation is not enabled for the"
              + " application in the NCP console.";
      case TRANSIENT -> ". Check --endpoint and the network.";
      default -> "";
    };
  }
}
