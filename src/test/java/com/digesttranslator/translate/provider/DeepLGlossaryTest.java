package com.digesttranslator.translate.provider;

import static com.digesttranslator.translate.provider.ProviderContract.SECRET;
import static com.digesttranslator.translate.provider.ProviderContract.json;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.masking.Glossary;
import com.digesttranslator.translate.masking.GlossaryFormatException;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DeepL's native glossary: found or created once, then named in every translate request. */
class DeepLGlossaryTest {

  private static final Glossary GLOSSARY =
      glossaryOf("large language model\t대규모 언어 모델\ntransformer\t트랜스포머\n");

  /**
   * Fixed on purpose: a changed name orphans the glossaries that earlier runs left on accounts.
   * sha256("en\tko\n" + entries TSV), first 16 hex digits.
   */
  private static final String NAME = "digest-translator-a29a479118294479";

  private static final String TRANSLATED =
      "{\"translations\":[{\"detected_source_language\":\"EN\",\"text\":\"번역\"}]}";

  private WireMockServer server;

  private static Glossary glossaryOf(String tsv) {
    try {
      return Glossary.parse("test.tsv", tsv);
    } catch (GlossaryFormatException e) {
      throw new AssertionError(e);
    }
  }

  @BeforeEach
  void startServer() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    server.stubFor(post(urlEqualTo("/v2/translate")).willReturn(json(200, TRANSLATED)));
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  private DeepLTranslator translator(LanguagePair pair, Glossary glossary) {
    return new DeepLTranslator(
        server.baseUrl(),
        pair,
        DeepLTranslatorTest.key(SECRET),
        new HttpCaller(Duration.ofSeconds(5)),
        glossary);
  }

  private DeepLTranslator translator() {
    return translator(new LanguagePair("en", "ko"), GLOSSARY);
  }

  private void listGlossaries(String... glossaries) {
    server.stubFor(
        get(urlEqualTo("/v2/glossaries"))
            .willReturn(json(200, "{\"glossaries\":[" + String.join(",", glossaries) + "]}")));
  }

  private static String glossary(String id, String name, String target, boolean ready) {
    return "{\"glossary_id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"ready\":"
        + ready
        + ",\"source_lang\":\"en\",\"target_lang\":\""
        + target
        + "\","
        + "\"creation_time\":\"2026-01-05T10:00:00.000Z\",\"entry_count\":2}";
  }

  private void createReplies(int status, String body) {
    server.stubFor(post(urlEqualTo("/v2/glossaries")).willReturn(json(status, body)));
  }

  private void translateWithGlossary(String id) {
    server.verify(
        postRequestedFor(urlEqualTo("/v2/translate"))
            .withRequestBody(matchingJsonPath("$.glossary_id", equalTo(id)))
            .withRequestBody(matchingJsonPath("$.source_lang", equalTo("EN"))));
  }

  @Test
  void createsTheGlossaryWhenNoneHasItsName() throws TranslationException {
    listGlossaries(glossary("g-other", "someone-elses", "ko", true));
    createReplies(201, glossary("g-new", NAME, "ko", true));

    translator().translate(List.of("Large language models use transformers."));

    server.verify(
        postRequestedFor(urlEqualTo("/v2/glossaries"))
            .withHeader("Authorization", equalTo("DeepL-Auth-Key " + SECRET))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\""
                        + NAME
                        + "\",\"source_lang\":\"en\","
                        + "\"target_lang\":\"ko\",\"entries\":\"large language model\\t대규모 언어 모델\\n"
                        + "transformer\\t트랜스포머\",\"entries_format\":\"tsv\"}")));
    translateWithGlossary("g-new");
  }

  @Test
  void reusesAReadyGlossaryWithTheSameNameAndPair() throws TranslationException {
    listGlossaries(
        glossary("g-not-ready", NAME, "ko", false),
        glossary("g-german", NAME, "de", true),
        glossary("g-ready", NAME, "ko", true));

    translator().translate(List.of("Large language models use transformers."));

    server.verify(0, postRequestedFor(urlEqualTo("/v2/glossaries")));
    translateWithGlossary("g-ready");
  }

  @Test
  void everyTranslateRequestCarriesTheGlossaryWhichIsLookedUpOnce() throws TranslationException {
    listGlossaries(glossary("g-ready", NAME, "ko", true));
    DeepLTranslator translator = translator();

    translator.translate(List.of("One."));
    translator.translate(List.of("Two."));

    server.verify(1, getRequestedFor(urlEqualTo("/v2/glossaries")));
    server.verify(
        2,
        postRequestedFor(urlEqualTo("/v2/translate"))
            .withRequestBody(matchingJsonPath("$.glossary_id", equalTo("g-ready")))
            .withRequestBody(matchingJsonPath("$.source_lang", equalTo("EN"))));
  }

  @Test
  void theNameFollowsTheEntriesAndThePairOnly() {
    Glossary other = glossaryOf("transformer\t변환기\n");
    assertThat(translator().glossaryName(), is(NAME));
    assertThat(translator(new LanguagePair("en-US", "ko-KR"), GLOSSARY).glossaryName(), is(NAME));
    assertThat(translator(new LanguagePair("en", "ko"), other).glossaryName(), not(NAME));
    assertThat(translator(new LanguagePair("en", "ja"), GLOSSARY).glossaryName(), not(NAME));
  }

  @ParameterizedTest
  @CsvSource({"403, AUTH", "456, QUOTA", "400, PERMANENT"})
  void aRefusedCreationIsClassifiedLikeATranslateError(int status, ErrorClass expected) {
    listGlossaries();
    createReplies(status, "{\"message\":\"No. Key " + SECRET + "\"}");

    TranslationException e =
        assertThrows(TranslationException.class, () -> translator().translate(List.of("Hello.")));

    assertThat(e.errorClass(), is(expected));
    assertThat(
        e.getMessage(),
        allOf(containsString("creating glossary " + NAME), not(containsString(SECRET))));
    server.verify(0, postRequestedFor(urlEqualTo("/v2/translate")));
  }

  @Test
  void aFailedCreationIsTriedAgainByTheNextCall() throws TranslationException {
    listGlossaries();
    server.stubFor(
        post(urlEqualTo("/v2/glossaries"))
            .inScenario("create")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(503, "{\"message\":\"Service unavailable\"}"))
            .willSetStateTo("up"));
    server.stubFor(
        post(urlEqualTo("/v2/glossaries"))
            .inScenario("create")
            .whenScenarioStateIs("up")
            .willReturn(json(201, glossary("g-new", NAME, "ko", true))));
    DeepLTranslator translator = translator();

    TranslationException first =
        assertThrows(TranslationException.class, () -> translator.translate(List.of("Hello.")));
    translator.translate(List.of("Hello."));

    assertThat(first.errorClass(), is(ErrorClass.TRANSIENT));
    translateWithGlossary("g-new");
  }

  @Test
  void withoutAGlossaryNoGlossaryIsLookedUpOrNamed() throws TranslationException {
    translator(new LanguagePair("en", "ko"), Glossary.empty()).translate(List.of("Hello."));

    server.verify(0, getRequestedFor(urlPathEqualTo("/v2/glossaries")));
    server.verify(
        postRequestedFor(urlEqualTo("/v2/translate"))
            .withRequestBody(notContaining("glossary_id")));
  }

  // ---------------------------------------------------------------- start-up check

  private void stubLanguagesAndPairs(String pairs) {
    server.stubFor(
        get(urlEqualTo("/v2/languages?type=source"))
            .willReturn(json(200, "[{\"language\":\"EN\",\"name\":\"English\"}]")));
    server.stubFor(
        get(urlEqualTo("/v2/languages?type=target"))
            .willReturn(json(200, "[{\"language\":\"KO\",\"name\":\"Korean\"}]")));
    server.stubFor(
        get(urlEqualTo("/v2/glossary-language-pairs"))
            .willReturn(json(200, "{\"supported_languages\":[" + pairs + "]}")));
  }

  @Test
  void checkReadyCreatesTheGlossarySoWorkersOnlyFindIt() throws ProviderSetupException {
    stubLanguagesAndPairs(
        "{\"source_lang\":\"en\",\"target_lang\":\"de\"},"
            + "{\"source_lang\":\"en\",\"target_lang\":\"ko\"}");
    listGlossaries();
    createReplies(201, glossary("g-new", NAME, "ko", true));

    translator().checkReady();

    server.verify(1, postRequestedFor(urlEqualTo("/v2/glossaries")));
  }

  @Test
  void checkReadyRefusesAPairWithoutGlossariesAndSaysWhatToDo() {
    stubLanguagesAndPairs("{\"source_lang\":\"en\",\"target_lang\":\"de\"}");

    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());

    assertThat(
        e.getMessage(),
        allOf(
            containsString("from en to ko"),
            containsString("Drop --glossary"),
            containsString("--provider=")));
    server.verify(0, getRequestedFor(urlEqualTo("/v2/glossaries")));
    server.verify(0, postRequestedFor(urlEqualTo("/v2/glossaries")));
  }

  @Test
  void checkReadyReportsARefusedCreationWithoutTheKey() {
    stubLanguagesAndPairs("{\"source_lang\":\"en\",\"target_lang\":\"ko\"}");
    listGlossaries();
    createReplies(456, "{\"message\":\"Quota exceeded for " + SECRET + "\"}");

    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());

    assertThat(
        e.getMessage(),
        allOf(
            containsString("--glossary"),
            containsString("quota exceeded"),
            not(containsString(SECRET))));
  }

  @Test
  void checkReadyWithoutAGlossaryAsksNothingAboutGlossaries() throws ProviderSetupException {
    stubLanguagesAndPairs("");

    translator(new LanguagePair("en", "ko"), Glossary.empty()).checkReady();

    server.verify(0, getRequestedFor(urlEqualTo("/v2/glossary-language-pairs")));
    server.verify(0, getRequestedFor(urlEqualTo("/v2/glossaries")));
  }
}
