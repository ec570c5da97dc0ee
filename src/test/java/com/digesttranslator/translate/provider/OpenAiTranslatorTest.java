package com.digesttranslator.translate.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.provider.http.Json;
import com.digesttranslator.translate.quality.QualityGate;
import com.digesttranslator.translate.resilience.CircuitBreaker;
import com.digesttranslator.translate.resilience.ResilientTranslator;
import com.digesttranslator.translate.resilience.RetryPolicy;
import com.digesttranslator.translate.resilience.TextResult;
import com.digesttranslator.translate.resilience.TranslationListener;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiTranslatorTest extends ProviderContract {

  private static final String PATH = "/v1/chat/completions";
  private static final LanguagePair EN_KO = new LanguagePair("en", "ko");

  static ApiKey key() {
    return ApiKey.resolve("OPENAI_API_KEY", null, name -> SECRET).orElseThrow();
  }

  @Override
  Translator translator(String baseUrl, Duration timeout) {
    return new OpenAiTranslator(
        baseUrl, EN_KO, "gpt-4o-mini", Optional.of(key()), new HttpCaller(timeout));
  }

  @Override
  String translatePath() {
    return PATH;
  }

  static String completion(String content, String finishReason) {
    String quoted = JsonNodeFactory.instance.textNode(content).toString();
    String finish = finishReason == null ? "null" : "\"" + finishReason + "\"";
    return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1730000000,\"model\":\"gpt-4o-mini\","
               + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
        + quoted
        + "},"
        + "\"finish_reason\":"
        + finish
        + "}],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":3,\"total_tokens\":23}}";
  }

  @Override
  String successBody(List<String> translations) {
    return completion(translations.get(0), "stop");
  }

  @Override
  String serverErrorBody(int status) {
    return "{\"error\":{\"message\":\"The server had an error while processing your request.\","
        + "\"type\":\"server_error\",\"param\":null,\"code\":null}}";
  }

  @Override
  ResponseDefinitionBuilder rejectionQuotingSecret() {
    // Not a 401: the JDK drops the body of a 401 to a streamed POST, so there would be nothing to
    // redact.
    return json(
        403,
        "{\"error\":{\"message\":\"Key "
            + SECRET
            + " may not use this model.\","
            + "\"type\":\"permission_error\",\"param\":null,\"code\":null}}");
  }

  private static String openAiError(String message, String type, String code) {
    return "{\"error\":{\"message\":\""
        + message
        + "\",\"type\":\""
        + type
        + "\",\"param\":null,\"code\":\""
        + code
        + "\"}}";
  }

  @Test
  void asksForADeterministicNonStreamedTranslationIntoTheLanguageByName()
      throws TranslationException {
    replyToTranslate(json(200, completion("안녕하세요", "stop")));

    assertThat(translator().translate(List.of("Hello")), contains("안녕하세요"));

    server.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("Bearer " + SECRET))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
            .withRequestBody(matchingJsonPath("$.temperature", equalTo("0")))
            .withRequestBody(matchingJsonPath("$.stream", equalTo("false")))
            .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
            .withRequestBody(matchingJsonPath("$.messages[0].content", containing("into Korean")))
            .withRequestBody(matchingJsonPath("$.messages[0].content", containing("from English")))
            .withRequestBody(matchingJsonPath("$.messages[1].role", equalTo("user")))
            .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("Hello"))));
  }

  /** The whole request, so a change to the prompt is a deliberate change to this test. */
  private static String requestBody(String systemPrompt, String text) {
    ObjectNode body = Json.object().put("model", "gpt-4o-mini");
    body.putArray("messages")
        .add(Json.object().put("role", "system").put("content", systemPrompt))
        .add(Json.object().put("role", "user").put("content", text));
    return body.put("temperature", 0).put("stream", false).toString();
  }

  private static final String KOREAN_PROMPT =
      "You are a professional translator of research paper abstracts. Translate the text the user"
          + " sends from English into Korean, faithfully and completely: every sentence, in order;"
          + " keep numbers, URLs, code and LaTeX unchanged.\n"
          + "Write in the plain declarative style of Korean academic abstracts (한다체): end sentences"
          + " with forms such as ~한다, ~이다, ~했다, never with the polite 합니다체 (~합니다, ~입니다).\n"
          + "Keep the names of models, datasets, benchmarks and methods in Latin script exactly as"
          + " in the source (e.g. GPT-4o, ImageNet, MMLU, LoRA); never transliterate them into"
          + " Hangul or katakana.\n"
          + "Answer in Korean only: no Japanese kana and no Chinese characters (Hanja); Latin"
          + " script only for names, symbols and abbreviations kept from the source.\n"
          + "Reply with the Korean translation only: no preamble, notes, quotes or"
          + " explanations.\n\n"
          + "Copy every placeholder token such as ZX1Z exactly as it is, once, where it belongs.";

  @Test
  void koreanIsAskedForInThePlainAcademicStyleWithLatinNamesAndNoOtherScript()
      throws TranslationException {
    replyToTranslate(json(200, completion("ZX1Z는 MMLU에서 90%를 달성한다.", "stop")));

    translator().translate(List.of("ZX1Z reaches 90% on MMLU."));

    server.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withRequestBody(equalToJson(requestBody(KOREAN_PROMPT, "ZX1Z reaches 90% on MMLU."))));
  }

  @Test
  void otherLanguagesGetTheGeneralPromptAndThePlaceholderRule() throws TranslationException {
    replyToTranslate(json(200, completion("Hola", "stop")));
    Translator spanish =
        new OpenAiTranslator(
            server.baseUrl(),
            new LanguagePair("en", "es"),
            "gpt-4o-mini",
            Optional.empty(),
            new HttpCaller(TIMEOUT));

    spanish.translate(List.of("Hello"));

    server.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withRequestBody(
                equalToJson(
                    requestBody(
                        "You are a professional translator of research paper abstracts. Translate"
                            + " the text the user sends from English into Spanish. Translate"
                            + " faithfully and completely; keep numbers, names, URLs, code and"
                            + " LaTeX unchanged. Reply with the Spanish translation only: no"
                            + " preamble, notes, quotes or explanations.\n\n"
                            + "Copy every placeholder token such as ZX1Z exactly as it is, once,"
                            + " where it belongs.",
                        "Hello"))));
  }

  @Test
  void aPublishersInstructionsReplaceTheDefaultButNeverThePlaceholderRule()
      throws TranslationException {
    replyToTranslate(json(200, completion("ZX1Z는 유용하다.", "stop")));
    String house = "영어 초록을 우리 매체의 문체로 옮긴다. 문장은 ~다로 끝낸다.\n";
    Translator custom =
        new OpenAiTranslator(
            server.baseUrl(),
            EN_KO,
            "gpt-4o-mini",
            Optional.of(key()),
            new HttpCaller(TIMEOUT),
            house);

    custom.translate(List.of("ZX1Z is useful."));

    server.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withRequestBody(
                equalToJson(
                    requestBody(
                        "영어 초록을 우리 매체의 문체로 옮긴다. 문장은 ~다로 끝낸다.\n\n"
                            + "Copy every placeholder token such as ZX1Z exactly as it is, once,"
                            + " where it belongs.",
                        "ZX1Z is useful."))));
  }

  @Test
  void anotherPromptIsAnotherTranslationForTheCache() {
    TranslatorConfig config =
        new TranslatorConfig(
            "openai", server.baseUrl(), EN_KO, "gpt-4o-mini", null, null, null, TIMEOUT);

    String fingerprint = Providers.create(config).translationFingerprint();

    assertThat(fingerprint, is(config.systemPrompt()));
    assertThat(
        Providers.create(config.withInstructions("Translate.")).translationFingerprint(),
        not(fingerprint));
  }

  @Test
  void theConfigNamesThePromptTheTranslatorSends() throws TranslationException {
    TranslatorConfig config =
        new TranslatorConfig(
            "openai", server.baseUrl(), EN_KO, "gpt-4o-mini", null, null, null, TIMEOUT);
    replyToTranslate(json(200, completion("안녕하세요", "stop")));

    Providers.create(config).translate(List.of("Hello"));
    Providers.create(config.withInstructions("Translate.")).translate(List.of("Hello"));

    server.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withRequestBody(
                matchingJsonPath("$.messages[0].content", equalTo(config.systemPrompt()))));
    server.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withRequestBody(
                matchingJsonPath(
                    "$.messages[0].content",
                    equalTo(config.withInstructions("Translate.").systemPrompt()))));
    assertThat(config.systemPrompt(), is(KOREAN_PROMPT));
    assertThat(config.withInstructions("Translate.").systemPrompt(), not(config.systemPrompt()));
    assertThat(
        new TranslatorConfig("deepl", null, EN_KO, null, null, null, null, TIMEOUT)
            .withInstructions("Translate.")
            .systemPrompt(),
        is(""));
  }

  /**
   * At temperature 0 the model would repeat its mistake: the retry samples a little and names the
   * defect. The first request is unchanged; the retry differs only in those two places.
   */
  @Test
  void aQualityRetryAsksWithTheDefectNamedAndASmallTemperature() {
    String source =
        "We study how large language models translate the abstracts of research papers.";
    String korean = "우리는 대규모 언어 모델이 연구 논문의 초록을 번역하는 방식을 연구한다.";
    server.stubFor(
        post(urlEqualTo(PATH))
            .inScenario("retry")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(200, completion(source, "stop")))
            .willSetStateTo("asked again"));
    server.stubFor(
        post(urlEqualTo(PATH))
            .inScenario("retry")
            .whenScenarioStateIs("asked again")
            .willReturn(json(200, completion(korean, "stop"))));
    OpenAiTranslator openAi = (OpenAiTranslator) translator();
    ResilientTranslator resilient =
        new ResilientTranslator(
            openAi,
            RetryPolicy.withMaxAttempts(3),
            new CircuitBreaker(),
            QualityGate.forTarget("ko"),
            delay -> {},
            new Random(1),
            TranslationListener.NONE);

    TextResult result = resilient.translateAll(List.of(source)).get(0);

    assertThat(result.translation(), is(korean));
    List<String> bodies =
        server.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
            .map(LoggedRequest::getBodyAsString)
            .toList();
    assertThat(bodies.size(), is(2));
    ObjectNode first = Json.object().put("model", "gpt-4o-mini");
    first
        .putArray("messages")
        .add(Json.object().put("role", "system").put("content", openAi.systemPrompt()))
        .add(Json.object().put("role", "user").put("content", source));
    first.put("temperature", 0).put("stream", false);
    assertThat(Json.parse(bodies.get(0)), is(first));
    ObjectNode retry = Json.object().put("model", "gpt-4o-mini");
    retry
        .putArray("messages")
        .add(
            Json.object()
                .put("role", "system")
                .put(
                    "content",
                    openAi.systemPrompt()
                        + "\n"
                        + "An earlier translation of this text was rejected: translation is"
                        + " identical to the source. Avoid that: answer in Korean only."))
        .add(Json.object().put("role", "user").put("content", source));
    retry.put("temperature", 0.3).put("stream", false);
    assertThat(Json.parse(bodies.get(1)), is(retry));
  }

  @Test
  void aBaseUrlEndingInV1AndALocalServerWithoutKeyWork() throws TranslationException {
    replyToTranslate(json(200, completion("안녕하세요", "stop")));
    Translator ollama =
        new OpenAiTranslator(
            server.baseUrl() + "/v1/",
            EN_KO,
            "qwen2.5:7b",
            Optional.empty(),
            new HttpCaller(TIMEOUT));

    assertThat(ollama.translate(List.of("Hello")), contains("안녕하세요"));
    server.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", absent()));
  }

  @Test
  void aModelIsRequired() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new OpenAiTranslator(
                    server.baseUrl(), EN_KO, " ", Optional.empty(), new HttpCaller(TIMEOUT)));
    assertThat(e.getMessage(), containsString("--model"));
  }

  @Test
  void sendsOneTextPerRequestSoItemsCannotMergeOrGoMissing() throws TranslationException {
    server.stubFor(
        post(urlEqualTo(PATH))
            .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("One.")))
            .willReturn(json(200, completion("하나.", "stop"))));
    server.stubFor(
        post(urlEqualTo(PATH))
            .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("Two.")))
            .willReturn(json(200, completion("둘.", "stop"))));

    assertThat(translator().translate(List.of("One.", "Two.")), contains("하나.", "둘."));
    assertThat(translator().limits().maxTexts(), is(1));
  }

  @Test
  void aReplyCutByTheTokenLimitIsNeverAccepted() {
    TranslationException e = translateFailure(json(200, completion("안녕하세요, 이 논문은", "length")));
    assertThat(e.errorClass(), is(ErrorClass.QUALITY));
    assertThat(e.getMessage(), containsString("finish_reason length"));
  }

  @Test
  void anEmptyReplyAsReasoningModelsGiveIsAQualityFailure() {
    assertThat(
        translateFailure(json(200, completion("", "stop"))).errorClass(), is(ErrorClass.QUALITY));
    server.resetAll();
    assertThat(
        translateFailure(json(200, completion("", "length"))).errorClass(), is(ErrorClass.QUALITY));
  }

  @Test
  void aNullFinishReasonAsOllamaSendsIsAccepted() throws TranslationException {
    replyToTranslate(json(200, completion("안녕하세요", null)));
    assertThat(translator().translate(List.of("Hello")), contains("안녕하세요"));
  }

  @Test
  void noChoicesIsTransient() {
    assertThat(
        translateFailure(json(200, "{\"id\":\"x\",\"choices\":[]}")).errorClass(),
        is(ErrorClass.TRANSIENT));
  }

  @Test
  void wrappingIsRemovedFromTheReply() throws TranslationException {
    replyToTranslate(
        json(200, completion("Here is the Korean translation:\n\n```\n안녕하세요, 세계!\n```", "stop")));
    assertThat(translator().translate(List.of("Hello, world!")), contains("안녕하세요, 세계!"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Here is the translation:\\n안녕하세요               | 안녕하세요
          Sure! Here's the Korean translation of the text: 안녕하세요 | 안녕하세요
          Translation:\\n안녕하세요                            | 안녕하세요
          "안녕하세요"                                         | 안녕하세요
          “안녕하세요”                                         | 안녕하세요
          ```text\\n안녕하세요\\n```                           | 안녕하세요
          <think>The user wants Korean.</think>\\n안녕하세요   | 안녕하세요
          Here is the translation:\\n\\n"안녕하세요"           | 안녕하세요
          Machine translation: a survey                       | Machine translation: a survey
          "A" and "B"                                         | "A" and "B"
          """)
  void commonWrappingIsStrippedAndContentKept(String reply, String expected)
      throws TranslationException {
    assertThat(LlmReply.clean(reply.replace("\\n", "\n"), "Hello"), is(expected));
  }

  @Test
  void quotesThatTheSourceHasToo() throws TranslationException {
    assertThat(LlmReply.clean("\"안녕하세요\"", "\"Hello\""), is("\"안녕하세요\""));
  }

  @Test
  void aReplyThatIsOnlyWrappingIsAQualityFailure() {
    TranslationException e =
        failure(() -> LlmReply.clean("Here is the translation:\n```\n```", "Hello"));
    assertThat(e.errorClass(), is(ErrorClass.QUALITY));
  }

  @Test
  void rateLimitIsTransientAndCarriesRetryAfter() {
    TranslationException e =
        translateFailure(
            json(
                    429,
                    openAiError(
                        "Rate limit reached for gpt-4o-mini", "requests", "rate_limit_exceeded"))
                .withHeader("retry-after", "20")
                .withHeader("x-ratelimit-remaining-requests", "0")
                .withHeader("x-ratelimit-reset-requests", "6m0s"));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.retryAfter().orElseThrow(), is(Duration.ofSeconds(20)));
  }

  @Test
  void retryAfterMsIsPreferred() {
    TranslationException e =
        translateFailure(
            json(429, openAiError("Rate limit reached", "tokens", "rate_limit_exceeded"))
                .withHeader("retry-after-ms", "1500")
                .withHeader("retry-after", "2"));
    assertThat(e.retryAfter().orElseThrow(), is(Duration.ofMillis(1500)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-1500", "NaN", "-Infinity", "soon"})
  void aNegativeOrUnreadableRetryAfterMsIsIgnored(String millis) {
    TranslationException e =
        translateFailure(
            json(429, openAiError("Rate limit reached", "tokens", "rate_limit_exceeded"))
                .withHeader("retry-after-ms", millis)
                .withHeader("retry-after", "2"));
    assertThat(e.retryAfter().orElseThrow(), is(Duration.ofSeconds(2)));
  }

  @Test
  void withoutRetryAfterTheExhaustedLimitsResetIsUsed() {
    TranslationException requests =
        translateFailure(
            json(429, openAiError("Rate limit reached", "requests", "rate_limit_exceeded"))
                .withHeader("x-ratelimit-remaining-requests", "0")
                .withHeader("x-ratelimit-reset-requests", "1.5s")
                .withHeader("x-ratelimit-reset-tokens", "6m0s"));
    assertThat(requests.retryAfter().orElseThrow(), is(Duration.ofMillis(1500)));
    server.resetAll();
    TranslationException tokens =
        translateFailure(
            json(429, openAiError("Rate limit reached", "tokens", "rate_limit_exceeded"))
                .withHeader("x-ratelimit-remaining-requests", "59")
                .withHeader("x-ratelimit-reset-requests", "1s")
                .withHeader("x-ratelimit-reset-tokens", "6m0s"));
    assertThat(tokens.retryAfter().orElseThrow(), is(Duration.ofMinutes(6)));
  }

  @ParameterizedTest
  @CsvSource({"1s,1000", "6m0s,360000", "1h2m3.5s,3723500", "20ms,20", "0s,0"})
  void goDurationsAreRead(String text, long millis) {
    assertThat(RateLimits.goDuration(text), is(Duration.ofMillis(millis)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "5", "1x", ""})
  void unreadableDurationsAreIgnored(String text) {
    assertThat(RateLimits.goDuration(text), is((Duration) null));
  }

  @Test
  void insufficientQuotaIsQuota() {
    TranslationException e =
        translateFailure(
            json(
                429,
                openAiError(
                    "You exceeded your current quota, please"
                        + " check your plan and billing details.",
                    "insufficient_quota",
                    "insufficient_quota")));
    assertThat(e.errorClass(), is(ErrorClass.QUOTA));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // OpenAI
        "{\"error\":{\"message\":\"This model's maximum context length is 8192"
            + " tokens.\",\"type\":\"invalid_request_error\",\"param\":\"messages\",\"code\":\"context_length_exceeded\"}}",
        // vLLM, older releases: flat
        "{\"object\":\"error\",\"message\":\"This model's maximum context length is 8192"
            + " tokens.\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}",
        // llama.cpp
        "{\"error\":{\"code\":400,\"message\":\"the request exceeds the available context size,"
            + " maximum context length is 8192 tokens.\",\"type\":\"exceed_context_size_error\"}}"
      })
  void contextLengthExceededIsPermanentInEveryShape(String body) {
    TranslationException e = translateFailure(json(400, body));
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
    assertThat(e.getMessage(), containsString("context"));
    assertThat(e.getMessage(), containsString("8192 tokens"));
  }

  @Test
  void anUnknownModelIsPermanentAndNamed() {
    TranslationException e =
        translateFailure(
            json(
                404,
                "{\"error\":{\"message\":\"model \\\"gpt-4o-mini\\\" not found, try pulling it"
                    + " first\",\"type\":\"not_found_error\",\"param\":null,\"code\":null}}"));
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
    assertThat(e.getMessage(), containsString("gpt-4o-mini"));
  }

  @Test
  void llamaCppLoadingAndOllamaBusyAreTransient() {
    assertThat(
        translateFailure(
                json(
                    503,
                    "{\"error\":{\"code\":503,\"message\":\"Loading model\","
                        + "\"type\":\"unavailable_error\"}}"))
            .errorClass(),
        is(ErrorClass.TRANSIENT));
    server.resetAll();
    TranslationException busy =
        translateFailure(
            json(
                503,
                "{\"error\":{\"message\":\"server busy, please try again. maximum pending requests"
                    + " exceeded\",\"type\":\"api_error\",\"param\":null,\"code\":null}}"));
    assertThat(busy.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(busy.getMessage(), containsString("server busy"));
  }

  @Test
  void aBadKeyIsAnAuthFailure() {
    TranslationException e =
        translateFailure(
            json(
                401,
                openAiError(
                    "Incorrect API key provided.", "invalid_request_error", "invalid_api_key")));
    assertThat(e.errorClass(), is(ErrorClass.AUTH));
  }

  @Test
  void aSlowFirstReplyWhileTheModelLoadsIsWaitedFor() throws TranslationException {
    replyToTranslate(json(200, completion("안녕하세요", "stop")).withFixedDelay(800));
    assertThat(
        translator(server.baseUrl(), Duration.ofSeconds(5)).translate(List.of("Hello")),
        contains("안녕하세요"));
  }

  @ParameterizedTest
  @CsvSource({
    "ko,Korean",
    "en,English",
    "ja,Japanese",
    "zh-CN,Chinese (China)",
    "zh-Hant,Chinese (Traditional)"
  })
  void languagesAreNamedInEnglish(String bcp47, String name) {
    assertThat(OpenAiTranslator.languageName(bcp47), is(name));
  }

  private static final String MODELS =
      "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\",\"object\":\"model\","
          + "\"owned_by\":\"system\"},{\"id\":\"qwen2.5:latest\",\"object\":\"model\",\"owned_by\":\"library\"}]}";

  private void stubModels(ResponseDefinitionBuilder response) {
    server.stubFor(get(urlEqualTo("/v1/models")).willReturn(response));
  }

  private Translator withModel(String model) {
    return new OpenAiTranslator(
        server.baseUrl(), EN_KO, model, Optional.of(key()), new HttpCaller(TIMEOUT));
  }

  @Test
  void checkReadyFindsTheModelWithTheKey() throws ProviderSetupException {
    server.stubFor(
        get(urlEqualTo("/v1/models"))
            .withHeader("Authorization", equalTo("Bearer " + SECRET))
            .willReturn(json(200, MODELS)));
    translator().checkReady();
    withModel("qwen2.5").checkReady();
  }

  @Test
  void checkReadyListsTheAvailableModelsForAnUnknownOne() {
    stubModels(json(200, MODELS));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> withModel("llama3").checkReady());
    assertThat(
        e.getMessage(),
        allOf(containsString("'llama3'"), containsString("gpt-4o-mini, qwen2.5:latest")));
  }

  @Test
  void checkReadyAcceptsAnyNameForTheSingleModelOfLlamaCpp() throws ProviderSetupException {
    stubModels(
        json(
            200,
            "{\"object\":\"list\",\"data\":[{\"id\":\"/models/qwen2.5-7b-q4.gguf\","
                + "\"object\":\"model\",\"owned_by\":\"llamacpp\"}]}"));
    withModel("anything").checkReady();
  }

  @Test
  void checkReadyNamesWhereTheRejectedKeyCameFrom() {
    stubModels(
        json(
            401,
            openAiError(
                "Incorrect API key provided.", "invalid_request_error", "invalid_api_key")));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(
        e.getMessage(), allOf(containsString("OPENAI_API_KEY"), not(containsString(SECRET))));
  }

  @Test
  void checkReadySaysWhenTheServerIsStillLoading() {
    stubModels(
        json(
            503,
            "{\"error\":{\"code\":503,\"message\":\"Loading"
                + " model\",\"type\":\"unavailable_error\"}}"));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(e.getMessage(), containsString("Loading model"));
  }

  @Test
  void checkReadyRejectsAnUnknownTargetLanguage() {
    stubModels(json(200, MODELS));
    Translator unknown =
        new OpenAiTranslator(
            server.baseUrl(),
            new LanguagePair("en", "xx"),
            "gpt-4o-mini",
            Optional.empty(),
            new HttpCaller(TIMEOUT));
    ProviderSetupException e = assertThrows(ProviderSetupException.class, unknown::checkReady);
    assertThat(e.getMessage(), containsString("--targetLanguage"));
  }

  @Test
  void anHtmlReplyFromAWrongEndpointFailsCheckReady() {
    stubModels(aResponse().withStatus(200).withBody("<html>It works!</html>"));
    assertThrows(ProviderSetupException.class, () -> translator().checkReady());
  }
}
