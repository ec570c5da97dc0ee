package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.UnsupportedLanguageException;
import com.digesttranslator.translate.masking.Glossary;
import com.digesttranslator.translate.provider.http.ErrorBody;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.provider.http.HttpErrors;
import com.digesttranslator.translate.provider.http.HttpReply;
import com.digesttranslator.translate.provider.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DeepL API v2: JSON POST to {@code /v2/translate}, up to 50 texts per request, key in the {@code
 * Authorization: DeepL-Auth-Key} header. Free keys (ending {@code :fx}) only work on the Free host,
 * Pro keys only on the Pro host; a mismatch is a 403 "Wrong endpoint".
 *
 * <p>A {@link Glossary} is applied with DeepL's own glossary, which inflects its terms where the
 * target language needs it. The glossary is named after a hash of its entries and language pair, so
 * every worker and every re-run finds the one that launch created instead of adding another to the
 * account (1,000 at most). Finding or creating it takes the first {@link #translate} call (or
 * {@link #checkReady}) up to two requests more.
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
  private final Glossary glossary;

  /** DeepL's id for {@link #glossary}, once found or created. */
  private String glossaryId;

  public DeepLTranslator(String endpoint, LanguagePair pair, ApiKey key, HttpCaller http) {
    this(endpoint, pair, key, http, Glossary.empty());
  }

  public DeepLTranslator(
      String endpoint, LanguagePair pair, ApiKey key, HttpCaller http, Glossary glossary) {
    this.endpoint = endpoint;
    this.pair = pair;
    this.key = key;
    this.http = http;
    this.glossary = glossary;
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
      case "zh" -> RegionalChinese.isTraditional(locale) ? "ZH-HANT" : "ZH-HANS";
      default -> locale.getLanguage().toUpperCase(Locale.ROOT);
    };
  }

  @Override
  public List<String> translate(List<String> texts) throws TranslationException {
    try {
      ObjectNode body = body(texts);
      if (!glossary.isEmpty()) {
        body.put("glossary_id", glossaryId());
      }
      HttpReply reply = http.post(endpoint + "/v2/translate", Json.content(body), auth());
      if (!reply.isSuccess()) {
        throw error(reply, "");
      }
      return Json.texts(reply, Json.read(reply).path("translations"), "text", texts.size());
    } catch (TranslationException e) {
      throw key.redact(e);
    }
  }

  private ObjectNode body(List<String> texts) {
    ObjectNode body = Json.object();
    texts.forEach(body.putArray("text")::add);
    // Also what a glossary needs: DeepL refuses glossary_id without source_lang.
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

  /**
   * Once per instance; a failure is not remembered, so the next call tries again. Beam calls a DoFn
   * (and its translator) from one thread at a time; the lock only keeps an instance shared some
   * other way from creating the glossary twice.
   */
  private synchronized String glossaryId() throws TranslationException {
    if (glossaryId == null) {
      glossaryId = findOrCreateGlossary();
    }
    return glossaryId;
  }

  private String findOrCreateGlossary() throws TranslationException {
    String name = glossaryName();
    HttpReply list = http.get(endpoint + "/v2/glossaries", auth());
    if (!list.isSuccess()) {
      throw error(list, "listing glossaries: ");
    }
    for (JsonNode existing : Json.read(list).path("glossaries")) {
      // A glossary that is not ready yet cannot translate; another of the same name will do.
      if (name.equals(existing.path("name").asText())
          && existing.path("ready").asBoolean()
          && isGlossaryPair(existing)) {
        return existing.path("glossary_id").asText();
      }
    }
    HttpReply created =
        http.post(endpoint + "/v2/glossaries", Json.content(glossaryBody(name)), auth());
    if (!created.isSuccess()) {
      throw error(created, "creating glossary " + name + ": ");
    }
    JsonNode id = Json.read(created).path("glossary_id");
    if (!id.isTextual()) {
      throw new TranslationException(
          ErrorClass.TRANSIENT, created.status(), "malformed reply: no glossary_id");
    }
    return id.asText();
  }

  private ObjectNode glossaryBody(String name) {
    ObjectNode body = Json.object();
    body.put("name", name);
    body.put("source_lang", glossarySource());
    body.put("target_lang", glossaryTarget());
    body.put("entries", glossary.tsv());
    body.put("entries_format", "tsv");
    return body;
  }

  String glossaryName() {
    return glossary.providerName(glossarySource(), glossaryTarget());
  }

  /** Glossaries take plain language codes: one "en" glossary serves EN-US and EN-GB. */
  private String glossarySource() {
    return sourceCode(pair.source()).toLowerCase(Locale.ROOT);
  }

  private String glossaryTarget() {
    return sourceCode(pair.target()).toLowerCase(Locale.ROOT);
  }

  private boolean isGlossaryPair(JsonNode node) {
    return glossarySource().equalsIgnoreCase(node.path("source_lang").asText())
        && glossaryTarget().equalsIgnoreCase(node.path("target_lang").asText());
  }

  private static TranslationException error(HttpReply reply, String context) {
    String message = context + ErrorBody.of(reply).message();
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
    if (!glossary.isEmpty()) {
      requireGlossaryPair();
      requireGlossary();
    }
  }

  private void requireLanguage(String type, String code) throws ProviderSetupException {
    List<String> codes = new ArrayList<>();
    for (JsonNode language : setupGet("/v2/languages?type=" + type)) {
      codes.add(language.path("language").asText().toUpperCase(Locale.ROOT));
    }
    if (!codes.contains(code)) {
      throw new UnsupportedLanguageException(
          "DeepL cannot use "
              + code
              + " as a "
              + type
              + " language. Supported "
              + type
              + " languages: "
              + String.join(", ", codes)
              + ". Choose another --"
              + type
              + "Language.");
    }
  }

  /**
   * Fails rather than falls back to masking the terms: the masker is fixed at launch, before (in a
   * dry run, without) any call to DeepL, and applying the glossary another way unasked would make
   * the same options translate differently from one account or day to the next.
   */
  private void requireGlossaryPair() throws ProviderSetupException {
    for (JsonNode supported : setupGet("/v2/glossary-language-pairs").path("supported_languages")) {
      if (isGlossaryPair(supported)) {
        return;
      }
    }
    throw new ProviderSetupException(
        "DeepL has no glossaries from "
            + glossarySource()
            + " to "
            + glossaryTarget()
            + " (GET /v2/glossary-language-pairs). Drop --glossary, or use a"
            + " provider that masks glossary terms instead (--provider=google, openai, ...).");
  }

  /** Created at launch, so the workers only have to find it. */
  private void requireGlossary() throws ProviderSetupException {
    try {
      glossaryId();
    } catch (TranslationException e) {
      throw new ProviderSetupException(
          "DeepL at "
              + endpoint
              + " could not provide the glossary"
              + " for --glossary ("
              + key.redact(e.getMessage())
              + ").");
    }
  }

  private JsonNode setupGet(String path) throws ProviderSetupException {
    try {
      HttpReply reply = http.get(endpoint + path, auth());
      if (!reply.isSuccess()) {
        throw setupError(reply);
      }
      return Json.read(reply);
    } catch (TranslationException e) {
      throw new ProviderSetupException(
          "no usable answer from DeepL at "
              + endpoint
              + " ("
              + key.redact(e.getMessage())
              + "). Check --endpoint and the network.");
    }
  }

  private ProviderSetupException setupError(HttpReply reply) {
    String message = key.redact(ErrorBody.of(reply).message());
    if (reply.status() == 403 || reply.status() == 401) {
      return new ProviderSetupException(
          "DeepL at "
              + endpoint
              + " rejected the key from "
              + key.origin()
              + " (HTTP "
              + reply.status()
              + ": "
              + message
              + "). Check the key;"
              + " Free keys end in :fx and work only on "
              + FREE_ENDPOINT
              + ", Pro keys only on "
              + PRO_ENDPOINT
              + " (leave --endpoint unset to pick the host from the key).");
    }
    if (reply.status() == 456) {
      return new ProviderSetupException(
          "DeepL quota is used up for the key from "
              + key.origin()
              + " (HTTP 456: "
              + message
              + "). Wait for the next billing period or raise the limit.");
    }
    return new ProviderSetupException(
        "DeepL at " + endpoint + " answered HTTP " + reply.status() + ": " + message);
  }
}
