package com.digesttranslator.translate.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoogleV3TranslatorTest extends ProviderContract {

  private static final String PATH = "/v3/projects/my-project/locations/global:translateText";
  private static final LanguagePair EN_KO = new LanguagePair("en", "ko");

  /**
   * Hands out a new token on every refresh, as the token service would: {@code SECRET-1}, {@code
   * SECRET-2}.
   */
  static final class FakeCredentials extends GoogleCredentials {
    int refreshes;

    @Override
    public AccessToken refreshAccessToken() {
      refreshes++;
      return new AccessToken(SECRET + "-" + refreshes, Date.from(Instant.now().plusSeconds(3600)));
    }
  }

  private final FakeCredentials fake = new FakeCredentials();
  private GoogleCredentials credentials = fake;

  @Override
  String sentSecret() {
    return SECRET + "-1";
  }

  private GoogleV3Translator translator(GoogleV3Translator.Target target) {
    return new GoogleV3Translator(
        server.baseUrl(), EN_KO, target, credentials, new HttpCaller(TIMEOUT));
  }

  @Override
  Translator translator(String baseUrl, Duration timeout) {
    return new GoogleV3Translator(
        baseUrl,
        EN_KO,
        new GoogleV3Translator.Target("my-project", "global", null),
        credentials,
        new HttpCaller(timeout));
  }

  @Override
  String translatePath() {
    return PATH;
  }

  @Override
  String successBody(List<String> translations) {
    return "{\"translations\":["
        + translations.stream()
            .map(t -> "{\"translatedText\":\"" + t + "\"}")
            .collect(Collectors.joining(","))
        + "]}";
  }

  @Override
  String serverErrorBody(int status) {
    return "{\"error\":{\"code\":"
        + status
        + ",\"message\":\"The service is currently unavailable.\","
        + "\"status\":\"UNAVAILABLE\"}}";
  }

  @Override
  ResponseDefinitionBuilder rejectionQuotingSecret() {
    return json(
        403,
        "{\"error\":{\"code\":403,\"message\":\"Token "
            + SECRET
            + "-1 lacks permission"
            + " 'cloudtranslate.generalModels.predict'\",\"status\":\"PERMISSION_DENIED\"}}");
  }

  private static String rpcError(int code, String status, String message) {
    return "{\"error\":{\"code\":"
        + code
        + ",\"message\":\""
        + message
        + "\",\"status\":\""
        + status
        + "\","
        + "\"details\":[]}}";
  }

  @Test
  void postsContentsAsPlainTextWithABearerToken() throws TranslationException {
    replyToTranslate(json(200, successBody(List.of("안녕하세요", "세계"))));

    assertThat(translator().translate(List.of("Hello", "World")), contains("안녕하세요", "세계"));

    server.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("Bearer " + SECRET + "-1"))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withRequestBody(
                equalToJson(
                    "{\"contents\":[\"Hello\",\"World\"],\"sourceLanguageCode\":\"en\","
                        + "\"targetLanguageCode\":\"ko\",\"mimeType\":\"text/plain\"}")));
  }

  @Test
  void aModelGoesToItsLocationAndIntoTheBody() throws TranslationException {
    String model = "projects/my-project/locations/us-central1/models/general/nmt";
    String path = "/v3/projects/my-project/locations/us-central1:translateText";
    server.stubFor(post(urlEqualTo(path)).willReturn(json(200, successBody(List.of("안녕")))));

    translator(GoogleV3Translator.Target.parse(model, credentials, name -> null))
        .translate(List.of("Hi"));

    server.verify(
        postRequestedFor(urlEqualTo(path))
            .withRequestBody(equalToJson("{\"model\":\"" + model + "\"}", true, true)));
  }

  @Test
  void a401RefreshesTheTokenAndSendsOnceMore() throws TranslationException {
    server.stubFor(
        post(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("Bearer " + SECRET + "-1"))
            .willReturn(
                json(
                    401,
                    rpcError(
                        401,
                        "UNAUTHENTICATED",
                        "Request had invalid authentication credentials."))));
    server.stubFor(
        post(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("Bearer " + SECRET + "-2"))
            .willReturn(json(200, successBody(List.of("안녕하세요")))));

    assertThat(translator().translate(List.of("Hello")), contains("안녕하세요"));
    assertThat(fake.refreshes, is(2));
    server.verify(2, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void a401AfterTheRefreshIsAnAuthFailureWithoutFurtherTries() {
    TranslationException e =
        translateFailure(
            json(
                401,
                rpcError(
                    401, "UNAUTHENTICATED", "Request had invalid authentication credentials.")));
    assertThat(e.errorClass(), is(ErrorClass.AUTH));
    server.verify(2, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void aTokenServiceFailureIsTransient() {
    credentials =
        new GoogleCredentials() {
          @Override
          public AccessToken refreshAccessToken() throws IOException {
            throw new IOException("metadata server unreachable");
          }
        };
    TranslationException e = failure(() -> translator().translate(List.of("Hello")));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.getMessage(), containsString("access token"));
  }

  @Test
  void permissionDeniedIsAnAuthFailure() {
    TranslationException e =
        translateFailure(
            json(
                403,
                rpcError(
                    403,
                    "PERMISSION_DENIED",
                    "Cloud IAM permission 'cloudtranslate.generalModels.predict' denied.")));
    assertThat(e.errorClass(), is(ErrorClass.AUTH));
    assertThat(e.getMessage(), containsString("PERMISSION_DENIED"));
  }

  @Test
  void aMissingGlossaryIsPermanent() {
    TranslationException e =
        translateFailure(
            json(
                404,
                rpcError(
                    404,
                    "NOT_FOUND",
                    "Glossary not found: projects/my-project/locations/us-central1/glossaries/g")));
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
  }

  @Test
  void resourceExhaustedIsTransient() {
    TranslationException e =
        translateFailure(
            json(
                429,
                rpcError(
                    429,
                    "RESOURCE_EXHAUSTED",
                    "Quota exceeded for quota metric 'v3 general model characters' and limit"
                        + " 'characters per minute'.")));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
  }

  @Test
  void tooMuchContentIsPermanent() {
    TranslationException e =
        translateFailure(
            json(
                400,
                rpcError(
                    400,
                    "INVALID_ARGUMENT",
                    "Request payload size exceeds the limit: 30720 code points.")));
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
  }

  @Test
  void glossaryTranslationsDoNotReplaceThePlainOnes() throws TranslationException {
    replyToTranslate(
        json(
            200,
            "{\"translations\":[{\"translatedText\":\"안녕하세요\"}],"
                + "\"glossaryTranslations\":[{\"translatedText\":\"안녕\"}]}"));
    assertThat(translator().translate(List.of("Hello")), contains("안녕하세요"));
  }

  @Test
  void fewerTranslationsThanContentsIsTransient() {
    replyToTranslate(json(200, successBody(List.of("안녕하세요"))));
    TranslationException e = failure(() -> translator().translate(List.of("Hello", "World")));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
  }

  @Test
  void theRequestLimitsFitV3() {
    RequestLimits limits = translator().limits();
    assertThat(limits.maxTexts(), lessThanOrEqualTo(1024));
    assertThat(limits.maxCharsPerRequest(), lessThanOrEqualTo(30_000));
  }

  @ParameterizedTest
  @CsvSource({"ko,ko", "KO,ko", "zh-cn,zh-CN", "sr-latn,sr-Latn", "en-US,en-US"})
  void languageCodesAreBcp47(String given, String v3) {
    assertThat(GoogleV3Translator.v3Code(given), is(v3));
  }

  @Test
  void theTargetComesFromTheModelOptionTheCredentialsOrTheEnvironment() {
    GoogleV3Translator.Target plain =
        GoogleV3Translator.Target.parse("my-project", credentials, name -> null);
    assertThat(plain, is(new GoogleV3Translator.Target("my-project", "global", null)));
    GoogleV3Translator.Target parent =
        GoogleV3Translator.Target.parse(
            "projects/p/locations/europe-west1", credentials, name -> null);
    assertThat(parent, is(new GoogleV3Translator.Target("p", "europe-west1", null)));
    GoogleV3Translator.Target fromEnv =
        GoogleV3Translator.Target.parse(
            "", credentials, Map.of("GOOGLE_CLOUD_PROJECT", "env-project")::get);
    assertThat(fromEnv.project(), is("env-project"));
    assertThat(fromEnv.model(), is(nullValue()));
    GoogleV3Translator.Target fromQuotaProject =
        GoogleV3Translator.Target.parse(
            null,
            GoogleCredentials.newBuilder().setQuotaProjectId("quota-project").build(),
            name -> null);
    assertThat(fromQuotaProject.project(), is("quota-project"));
  }

  @Test
  void aMissingProjectSaysWhatToPass() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GoogleV3Translator.Target.parse(null, credentials, name -> null));
    assertThat(
        e.getMessage(), allOf(containsString("--model"), containsString("GOOGLE_CLOUD_PROJECT")));
    assertThrows(
        IllegalArgumentException.class,
        () -> GoogleV3Translator.Target.parse("my-project/us-central1", credentials, name -> null));
  }

  private static final String SUPPORTED =
      "{\"languages\":[{\"languageCode\":\"en\",\"supportSource\":true,"
          + "\"supportTarget\":true},{\"languageCode\":\"ko\",\"supportSource\":true,\"supportTarget\":true}]}";

  @Test
  void checkReadyListsSupportedLanguagesWithTheToken() throws ProviderSetupException {
    server.stubFor(
        get(urlEqualTo("/v3/projects/my-project/locations/global/supportedLanguages"))
            .withHeader("Authorization", equalTo("Bearer " + SECRET + "-1"))
            .willReturn(json(200, SUPPORTED)));
    translator().checkReady();
  }

  @Test
  void checkReadyNamesAnUnsupportedTarget() {
    server.stubFor(
        get(urlPathEqualTo("/v3/projects/my-project/locations/global/supportedLanguages"))
            .willReturn(
                json(
                    200,
                    "{\"languages\":[{\"languageCode\":\"en\",\"supportSource\":true,"
                        + "\"supportTarget\":true}]}")));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(e.getMessage(), allOf(containsString("'ko'"), containsString("target")));
  }

  @Test
  void checkReadyExplainsADisabledApi() {
    server.stubFor(
        get(urlPathEqualTo("/v3/projects/my-project/locations/global/supportedLanguages"))
            .willReturn(
                json(
                    403,
                    rpcError(
                        403,
                        "PERMISSION_DENIED",
                        "Cloud Translation API has not been used in"
                            + " project my-project before or it is disabled."))));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(
        e.getMessage(),
        allOf(
            containsString("projects/my-project/locations/global"),
            containsString("enabled"),
            containsString("roles/cloudtranslate.user")));
  }
}
