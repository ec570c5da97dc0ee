package com.digesttranslator.translate.provider;

import static com.digesttranslator.translate.provider.ProviderContract.json;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Google v3's native glossary: found or created once from the gs:// file, then named in every
 * request.
 */
class GoogleV3GlossaryTest {

  private static final String GS_FILE = "gs://bucket/glossary/en-ko.tsv";
  private static final Glossary GLOSSARY =
      glossaryOf(GS_FILE, "large language model\t대규모 언어 모델\ntransformer\t트랜스포머\n");

  /**
   * sha256("en\tko\n" + entries TSV), first 16 hex digits: the same rule, and so the same name, as
   * DeepL's.
   */
  private static final String NAME = "digest-translator-a29a479118294479";

  private static final String PARENT = "projects/my-project/locations/us-central1";
  private static final String RESOURCE = PARENT + "/glossaries/" + NAME;
  private static final String OPERATION = PARENT + "/operations/op-1";
  private static final String TRANSLATE = "/v3/" + PARENT + ":translateText";
  private static final GoogleV3Translator.Target GLOBAL =
      new GoogleV3Translator.Target("my-project", "global", null);

  private WireMockServer server;
  private final List<Duration> sleeps = new ArrayList<>();

  private static Glossary glossaryOf(String fileName, String tsv) {
    try {
      return Glossary.parse(fileName, tsv);
    } catch (GlossaryFormatException e) {
      throw new AssertionError(e);
    }
  }

  @BeforeEach
  void startServer() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    server.stubFor(
        post(urlEqualTo(TRANSLATE))
            .willReturn(
                json(
                    200,
                    "{\"translations\":[{\"translatedText\":\"대형 언어 모델\"}],"
                        + "\"glossaryTranslations\":[{\"translatedText\":\"대규모 언어 모델\"}]}")));
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  private GoogleV3Translator translator(GoogleV3Translator.Target target, Glossary glossary) {
    return new GoogleV3Translator(
        server.baseUrl(),
        new LanguagePair("en", "ko"),
        target,
        new GoogleV3TranslatorTest.FakeCredentials(),
        new HttpCaller(Duration.ofSeconds(5)),
        glossary,
        sleeps::add);
  }

  private GoogleV3Translator translator() {
    return translator(GLOBAL, GLOSSARY);
  }

  private void glossaryLookupReplies(int status) {
    server.stubFor(
        get(urlEqualTo("/v3/" + RESOURCE))
            .willReturn(
                json(
                    status,
                    status == 404
                        ? "{\"error\":{\"code\":404,\"message\":\"Glossary not"
                            + " found.\",\"status\":\"NOT_FOUND\"}}"
                        : "{\"name\":\"" + RESOURCE + "\",\"entryCount\":2}")));
  }

  private void creationStartsOperation() {
    server.stubFor(
        post(urlEqualTo("/v3/" + PARENT + "/glossaries"))
            .willReturn(json(200, "{\"name\":\"" + OPERATION + "\",\"done\":false}")));
  }

  /** The operation answers each of {@code replies} in turn, then the last one for good. */
  private void operationReplies(String... replies) {
    for (int i = 0; i < replies.length; i++) {
      server.stubFor(
          get(urlEqualTo("/v3/" + OPERATION))
              .inScenario("operation")
              .whenScenarioStateIs(poll(i))
              .willReturn(json(200, replies[i]))
              .willSetStateTo(poll(Math.min(i + 1, replies.length - 1))));
    }
  }

  private static String poll(int i) {
    return i == 0 ? STARTED : "poll-" + i;
  }

  private void translatedWithTheGlossary(int times) {
    server.verify(
        times,
        postRequestedFor(urlEqualTo(TRANSLATE))
            .withRequestBody(
                equalToJson(
                    "{\"glossaryConfig\":{\"glossary\":\"" + RESOURCE + "\",\"ignoreCase\":true}}",
                    true,
                    true)));
  }

  @Test
  void anExistingGlossaryIsUsedWithoutCreatingAnother() throws TranslationException {
    glossaryLookupReplies(200);

    translator().translate(List.of("Large language models."));

    server.verify(0, postRequestedFor(urlEqualTo("/v3/" + PARENT + "/glossaries")));
    translatedWithTheGlossary(1);
  }

  @Test
  void aMissingGlossaryIsCreatedFromTheGsFileAndWaitedForBeforeTranslating()
      throws TranslationException {
    glossaryLookupReplies(404);
    creationStartsOperation();
    operationReplies(
        "{\"name\":\"" + OPERATION + "\",\"done\":false}",
        "{\"name\":\""
            + OPERATION
            + "\",\"done\":true,\"response\":{\"name\":\""
            + RESOURCE
            + "\"}}");
    GoogleV3Translator translator = translator();

    translator.translate(List.of("One."));
    translator.translate(List.of("Two."));

    server.verify(
        postRequestedFor(urlEqualTo("/v3/" + PARENT + "/glossaries"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\""
                        + RESOURCE
                        + "\",\"languagePair\":{\"sourceLanguageCode\":\"en\","
                        + "\"targetLanguageCode\":\"ko\"},\"inputConfig\":{\"gcsSource\":{\"inputUri\":\""
                        + GS_FILE
                        + "\"}}}")));
    server.verify(2, getRequestedFor(urlEqualTo("/v3/" + OPERATION)));
    assertThat(
        sleeps, contains(GoogleV3Translator.POLL_INTERVAL, GoogleV3Translator.POLL_INTERVAL));
    server.verify(1, getRequestedFor(urlEqualTo("/v3/" + RESOURCE)));
    translatedWithTheGlossary(2);
  }

  @Test
  void theGlossaryTranslationsAreTheResult() throws TranslationException {
    glossaryLookupReplies(200);
    assertThat(translator().translate(List.of("Large language models.")), contains("대규모 언어 모델"));
  }

  @Test
  void aGlobalTargetMovesToUsCentral1AndARegionalOneStays() throws TranslationException {
    glossaryLookupReplies(200);
    translator().translate(List.of("Hello."));
    server.verify(postRequestedFor(urlEqualTo(TRANSLATE)));

    String europe = "projects/my-project/locations/europe-west1";
    server.stubFor(
        get(urlEqualTo("/v3/" + europe + "/glossaries/" + NAME)).willReturn(json(200, "{}")));
    server.stubFor(
        post(urlEqualTo("/v3/" + europe + ":translateText"))
            .willReturn(json(200, "{\"glossaryTranslations\":[{\"translatedText\":\"안녕\"}]}")));
    translator(new GoogleV3Translator.Target("my-project", "europe-west1", null), GLOSSARY)
        .translate(List.of("Hello."));
    server.verify(
        postRequestedFor(urlEqualTo("/v3/" + europe + ":translateText"))
            .withRequestBody(
                matchingJsonPath(
                    "$.glossaryConfig.glossary", equalTo(europe + "/glossaries/" + NAME))));
  }

  @Test
  void aGlobalModelWithAGlossarySaysToPickARegion() {
    GoogleV3Translator.Target globalModel =
        new GoogleV3Translator.Target(
            "my-project", "global", "projects/my-project/locations/global/models/general/nmt");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> translator(globalModel, GLOSSARY));
    assertThat(
        e.getMessage(),
        containsString("--model=projects/my-project/locations/us-central1/models/"));
  }

  @Test
  void checkReadyReportsACreationThatEndedInAnError() {
    server.stubFor(
        get(urlEqualTo("/v3/" + PARENT + "/supportedLanguages"))
            .willReturn(
                json(
                    200,
                    "{\"languages\":[{\"languageCode\":\"en\",\"supportSource\":true,\"supportTarget\":true},"
                        + "{\"languageCode\":\"ko\",\"supportSource\":true,\"supportTarget\":true}]}")));
    glossaryLookupReplies(404);
    creationStartsOperation();
    operationReplies(
        "{\"name\":\""
            + OPERATION
            + "\",\"done\":true,\"error\":{\"code\":3,"
            + "\"message\":\"Glossary file gs://bucket/glossary/en-ko.tsv cannot be read.\"}}");

    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());

    assertThat(
        e.getMessage(),
        allOf(
            containsString("--glossary=" + GS_FILE),
            containsString("Glossary file gs://bucket/glossary/en-ko.tsv cannot be read.")));
    server.verify(0, postRequestedFor(urlEqualTo(TRANSLATE)));
  }

  @Test
  void anOperationThatNeverEndsIsGivenUpAfterTheBoundedWait() {
    glossaryLookupReplies(404);
    creationStartsOperation();
    operationReplies("{\"name\":\"" + OPERATION + "\",\"done\":false}");

    TranslationException e =
        assertThrows(TranslationException.class, () -> translator().translate(List.of("Hello.")));

    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.getMessage(), containsString("still being created after 120 s"));
    assertThat(sleeps, hasSize(GoogleV3Translator.MAX_POLLS));
    assertThat(sleeps, everyItem(is(GoogleV3Translator.POLL_INTERVAL)));
    server.verify(0, postRequestedFor(urlEqualTo(TRANSLATE)));
  }

  @Test
  void aGsFileWithCommentsOrBlankLinesIsRefusedWithItsLine() {
    Glossary commented = glossaryOf(GS_FILE, "transformer\t트랜스포머\n\n# nouns only\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> translator(GLOBAL, commented));
    assertThat(
        e.getMessage(),
        allOf(containsString(GS_FILE + ":2:"), containsString("remove '#' comments")));
  }

  @Test
  void aGsFileNotNamedTsvIsRefusedBecauseGoogleGoesByTheExtension() {
    Glossary txt = glossaryOf("gs://bucket/glossary.txt", "transformer\t트랜스포머\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> translator(GLOBAL, txt));
    assertThat(e.getMessage(), containsString("must end in .tsv"));
  }
}
