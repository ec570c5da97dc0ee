package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.SingleTextTranslator;
import com.digesttranslator.translate.TextReply;
import com.digesttranslator.translate.TranslationException;
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
import java.util.Optional;

/**
 * Any OpenAI-compatible {@code /v1/chat/completions} server: OpenAI, vLLM, Ollama, llama.cpp. One
 * text per request, since a model asked for several translations may merge or drop items. The reply
 * is cleaned of the wrapping models like to add (quotes, code fences, "Here is the translation:"),
 * and a reply cut off by the token limit is rejected, never accepted as partial.
 *
 * <p>No {@code max_tokens} is sent: newer OpenAI models reject it in favour of {@code
 * max_completion_tokens}, which older servers do not know; a cut reply still shows up as {@code
 * finish_reason: length}.
 */
public final class OpenAiTranslator implements SingleTextTranslator {

  public static final String DEFAULT_ENDPOINT = "https://api.openai.com";

  /** Small enough for the 2,048-token default context of local servers, output included. */
  private static final RequestLimits LIMITS = new RequestLimits(1, 2000, 2000);

  private final String endpoint;
  private final LanguagePair pair;
  private final String model;
  private final Optional<ApiKey> key;
  private final HttpCaller http;
  private final String instructions;

  /** {@code endpoint} is the server's base URL, with or without the trailing {@code /v1}. */
  public OpenAiTranslator(
      String endpoint, LanguagePair pair, String model, Optional<ApiKey> key, HttpCaller http) {
    this(endpoint, pair, model, key, http, null);
  }

  /**
   * {@code instructions} replace the {@link #defaultInstructions default ones} for the pair ({@code
   * --promptFile}); null keeps the default. The placeholder rule is added either way.
   */
  public OpenAiTranslator(
      String endpoint,
      LanguagePair pair,
      String model,
      Optional<ApiKey> key,
      HttpCaller http,
      String instructions) {
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException(
          "provider openai needs --model (e.g. gpt-4o-mini, or"
              + " qwen2.5:7b for Ollama; see GET "
              + endpoint
              + "/v1/models)");
    }
    this.endpoint = Endpoint.base(endpoint).replaceAll("/v1$", "");
    this.pair = pair;
    this.model = model;
    this.key = key;
    this.http = http;
    this.instructions = instructions == null ? defaultInstructions(pair) : instructions;
  }

  /** The English name of a language, which models follow more reliably than a code. */
  static String languageName(String bcp47) {
    return Locale.forLanguageTag(bcp47).getDisplayName(Locale.ENGLISH);
  }

  /**
   * Masked spans reach the model as placeholder tokens that must come back intact, whatever
   * instructions a publisher writes, so this rule is always added and cannot be replaced.
   */
  static final String PLACEHOLDER_RULE =
      "Copy every placeholder token such as ZX1Z exactly as it" + " is, once, where it belongs.";

  /**
   * What the model is told before each text unless {@code --promptFile} replaces it. Korean gets
   * the register of Korean abstracts and the script rules that LLMs are known to break.
   */
  public static String defaultInstructions(LanguagePair pair) {
    String source = languageName(pair.source());
    String target = languageName(pair.target());
    if ("ko".equals(Locale.forLanguageTag(pair.target()).getLanguage())) {
      return koreanInstructions(source);
    }
    return "You are a professional translator of research paper abstracts. Translate the text the"
        + " user sends from "
        + source
        + " into "
        + target
        + ". Translate faithfully and"
        + " completely; keep numbers, names, URLs, code and LaTeX unchanged. Reply with the "
        + target
        + " translation only: no preamble, notes, quotes or explanations.";
  }

  private static String koreanInstructions(String source) {
    return "You are a professional translator of research paper abstracts. Translate the text the"
        + " user sends from "
        + source
        + " into Korean, faithfully and completely: every sentence,"
        + " in order; keep numbers, URLs, code and LaTeX unchanged.\n"
        + "Write in the plain declarative style of Korean academic abstracts (한다체): end"
        + " sentences with forms such as ~한다, ~이다, ~했다, never with the polite 합니다체"
        + " (~합니다, ~입니다).\n"
        + "Keep the names of models, datasets, benchmarks and methods in Latin script exactly as"
        + " in the source (e.g. GPT-4o, ImageNet, MMLU, LoRA); never transliterate them into"
        + " Hangul or katakana.\n"
        + "Answer in Korean only: no Japanese kana and no Chinese characters (Hanja); Latin"
        + " script only for names, symbols and abbreviations kept from the source.\n"
        + "Reply with the Korean translation only: no preamble, notes, quotes or explanations.";
  }

  /** The system message: the instructions, then the placeholder rule. */
  public static String systemPrompt(String instructions) {
    return instructions.strip() + "\n\n" + PLACEHOLDER_RULE;
  }

  String systemPrompt() {
    return systemPrompt(instructions);
  }

  /** Another prompt (a publisher's {@code --promptFile}) gives another translation. */
  @Override
  public String translationFingerprint() {
    return systemPrompt();
  }

  @Override
  public String translateOne(String text) throws TranslationException {
    return translateOne(text, null);
  }

  /** Asked again after a defect, the model gets the reason and a little freedom to vary. */
  @Override
  public List<TextReply> translateEach(List<String> texts, List<String> defects)
      throws TranslationException {
    List<TextReply> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(TextReply.translated(translateOne(texts.get(i), defects.get(i))));
    }
    return out;
  }

  private String translateOne(String text, String defect) throws TranslationException {
    try {
      HttpReply reply =
          http.post(endpoint + "/v1/chat/completions", Json.content(body(text, defect)), auth());
      if (!reply.isSuccess()) {
        throw error(reply);
      }
      return LlmReply.clean(content(reply), text);
    } catch (TranslationException e) {
      throw key.isPresent() ? key.get().redact(e) : e;
    }
  }

  /**
   * At temperature 0 a model asked again repeats its mistake; a retry after a defect therefore
   * samples a little ({@value #RETRY_TEMPERATURE}) and names the defect in the instructions.
   */
  private ObjectNode body(String text, String defect) {
    String instructions =
        defect == null ? systemPrompt() : systemPrompt() + "\n" + reminder(defect);
    ObjectNode body = Json.object();
    body.put("model", model);
    body.putArray("messages")
        .add(Json.object().put("role", "system").put("content", instructions))
        .add(Json.object().put("role", "user").put("content", text));
    if (defect == null) {
      body.put("temperature", 0);
    } else {
      body.put("temperature", RETRY_TEMPERATURE);
    }
    body.put("stream", false);
    return body;
  }

  static final double RETRY_TEMPERATURE = 0.3;

  String reminder(String defect) {
    return "An earlier translation of this text was rejected: "
        + defect
        + ". Avoid that: answer in "
        + languageName(pair.target())
        + " only.";
  }

  private Map<String, String> auth() {
    return key.map(k -> Map.of("Authorization", "Bearer " + k.value())).orElse(Map.of());
  }

  /** Finish reasons after which the content is not the whole translation. */
  private static final List<String> INCOMPLETE = List.of("length", "content_filter", "tool_calls");

  private static String content(HttpReply reply) throws TranslationException {
    JsonNode choice = Json.read(reply).path("choices").path(0);
    if (choice.isMissingNode()) {
      throw new TranslationException(
          ErrorClass.TRANSIENT, reply.status(), "malformed reply: no choices");
    }
    String finish = choice.path("finish_reason").asText("");
    if (INCOMPLETE.contains(finish)) {
      String hint =
          finish.equals("length")
              ? ": the model ran out of tokens; raise its context or output limit, or send shorter"
                  + " texts"
              : "";
      throw new TranslationException(
          ErrorClass.QUALITY,
          reply.status(),
          "reply not complete (finish_reason " + finish + ")" + hint);
    }
    JsonNode content = choice.path("message").path("content");
    if (!content.isTextual() || content.asText().isBlank()) {
      throw new TranslationException(
          ErrorClass.QUALITY, reply.status(), "empty reply from the model");
    }
    return content.asText();
  }

  /**
   * Parses the OpenAI (nested), vLLM (flat) and llama.cpp error shapes alike via {@link ErrorBody}.
   */
  private TranslationException error(HttpReply reply) {
    ErrorBody body = ErrorBody.of(reply);
    String code = body.field("code", "type");
    String message = body.message() + (code.isEmpty() ? "" : " (" + code + ")");
    boolean billing =
        List.of(body.field("code"), body.field("type")).contains("insufficient_quota");
    return switch (reply.status()) {
      case 429 ->
          billing
              ? HttpErrors.of(reply, ErrorClass.QUOTA, "quota or billing exhausted: " + message)
              : new TranslationException(
                  ErrorClass.TRANSIENT, 429, "HTTP 429: " + message, RateLimits.delay(reply));
      case 404 ->
          HttpErrors.of(reply, ErrorClass.PERMANENT, "unknown model '" + model + "'? " + message);
      default -> HttpErrors.of(reply, HttpErrors.classify(reply.status()), message);
    };
  }

  @Override
  public RequestLimits limits() {
    return LIMITS;
  }

  /**
   * Asks {@code /v1/models} whether the model is there; this also checks the key and the address.
   */
  @Override
  public void checkReady() throws ProviderSetupException {
    if (languageName(pair.target()).equals(pair.target())) {
      throw new ProviderSetupException(
          "unknown target language '"
              + pair.target()
              + "': pass a BCP-47 code such as ko, ja or zh-CN as --targetLanguage");
    }
    JsonNode models = models().path("data");
    List<String> ids = new ArrayList<>();
    for (JsonNode m : models) {
      ids.add(m.path("id").asText());
    }
    if (ids.contains(model) || ids.contains(model + ":latest") || servesAnyName(models)) {
      return;
    }
    throw new ProviderSetupException(
        "model '"
            + model
            + "' is not served at "
            + endpoint
            + ". Available: "
            + (ids.isEmpty() ? "none" : String.join(", ", ids))
            + ". Pass one of them as --model"
            + (endpoint.contains(":11434") ? ", or run `ollama pull " + model + "`." : "."));
  }

  /** llama.cpp serves its one loaded model whatever name a request gives. */
  private static boolean servesAnyName(JsonNode models) {
    return models.size() == 1 && "llamacpp".equals(models.path(0).path("owned_by").asText());
  }

  private JsonNode models() throws ProviderSetupException {
    HttpReply reply;
    try {
      reply = http.get(endpoint + "/v1/models", auth());
      if (reply.isSuccess()) {
        return Json.read(reply);
      }
    } catch (TranslationException e) {
      throw new ProviderSetupException(
          "no OpenAI-compatible server answering at "
              + endpoint
              + " ("
              + redact(e.getMessage())
              + "). Start it (e.g. `ollama serve`) or pass --endpoint=its base"
              + " URL, e.g. http://localhost:11434.");
    }
    String message = redact(ErrorBody.of(reply).message());
    throw new ProviderSetupException(
        switch (reply.status()) {
          case 401, 403 ->
              "the server at "
                  + endpoint
                  + " rejected the API key ("
                  + key.map(ApiKey::origin).orElse("none given: pass --apiKeyEnv or --apiKeyFile")
                  + "): "
                  + message;
          case 503 ->
              "the server at "
                  + endpoint
                  + " is not ready ("
                  + message
                  + "); if it is loading"
                  + " the model, wait and start again";
          default ->
              "GET " + endpoint + "/v1/models answered HTTP " + reply.status() + ": " + message;
        });
  }

  private String redact(String text) {
    return key.isPresent() ? key.get().redact(text) : text;
  }
}
