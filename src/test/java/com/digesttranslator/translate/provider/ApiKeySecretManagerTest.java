package com.digesttranslator.translate.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code --apiKeySecret}: the Secret Manager REST call, against a WireMock fake of the API. */
class ApiKeySecretManagerTest {

  private static final String SECRET = "deepl-5ecret-value-0a1b2c:fx";
  private static final String TOKEN = "ya29.fake-access-token";
  private static final String NAME = "projects/my-project/secrets/deepl-key/versions/latest";
  private static final String PATH = "/v1/" + NAME + ":access";

  private final GoogleCredentials credentials =
      GoogleCredentials.create(new AccessToken(TOKEN, Date.from(Instant.now().plusSeconds(3600))));
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private ApiKey access(String name) {
    return SecretManager.access(
        server.baseUrl(), name, credentials, new HttpCaller(Duration.ofSeconds(5)));
  }

  private void reply(int status, String body) {
    server.stubFor(
        get(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private static String accessReply(String value) {
    String data = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    return "{\"name\":\"projects/123/secrets/deepl-key/versions/3\",\"payload\":{\"data\":\""
        + data
        + "\",\"dataCrc32c\":\"1234\"}}";
  }

  private IllegalArgumentException refusal(String name) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> access(name));
    assertThat(e.getMessage(), allOf(not(containsString(SECRET)), not(containsString(TOKEN))));
    return e;
  }

  @Test
  void readsTheVersionWithABearerTokenAndTrimsIt() {
    reply(200, accessReply(SECRET + "\n"));

    ApiKey key = access(NAME);

    assertThat(key.value(), is(SECRET));
    assertThat(key.origin(), is("Secret Manager secret " + NAME));
    assertThat(key.toString(), allOf(containsString(NAME), not(containsString(SECRET))));
    server.verify(
        1,
        getRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void aDeniedReadNamesTheSecretAndTheRoleButNeverTheToken() {
    reply(
        403,
        "{\"error\":{\"code\":403,\"message\":\"Permission 'secretmanager.versions.access' denied"
            + " for resource '"
            + NAME
            + "' (or it may not exist). Token "
            + TOKEN
            + "\",\"status\":\"PERMISSION_DENIED\"}}");

    IllegalArgumentException e = refusal(NAME);

    assertThat(
        e.getMessage(),
        allOf(
            containsString(NAME),
            containsString("PERMISSION_DENIED"),
            containsString("roles/secretmanager.secretAccessor"),
            containsString("[redacted]")));
  }

  @Test
  void aMissingVersionSaysWhatToCheck() {
    reply(
        404,
        "{\"error\":{\"code\":404,\"message\":\"Secret Version ["
            + NAME
            + "] not found.\","
            + "\"status\":\"NOT_FOUND\"}}");

    assertThat(
        refusal(NAME).getMessage(),
        allOf(containsString("NOT_FOUND"), containsString("latest needs an enabled version")));
  }

  @Test
  void aReplyWithoutAReadablePayloadNeverQuotesTheBody() {
    reply(200, "{\"name\":\"" + NAME + "\",\"payload\":{\"data\":\"" + SECRET + "!\"}}");
    assertThat(refusal(NAME).getMessage(), containsString("not base64"));

    server.resetAll();
    reply(200, "{\"name\":\"" + NAME + "\",\"value\":\"" + SECRET + "\"}");
    assertThat(refusal(NAME).getMessage(), containsString("no payload.data"));
  }

  @Test
  void anEmptySecretIsAnError() {
    reply(200, accessReply(" \n"));

    assertThat(refusal(NAME).getMessage(), allOf(containsString(NAME), containsString("empty")));
  }

  @Test
  void anUnreachableServiceIsAnErrorNamingTheSecret() {
    String stopped = server.baseUrl();
    server.stop();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SecretManager.access(
                    stopped, NAME, credentials, new HttpCaller(Duration.ofSeconds(5))));
    assertThat(
        e.getMessage(),
        allOf(
            containsString("cannot reach Secret Manager"),
            containsString(NAME),
            not(containsString(TOKEN))));
  }

  @Test
  void aNameThatIsNotASecretVersionIsRejectedBeforeAnyRequest() {
    for (String name :
        List.of(
            "deepl-key",
            "projects/p/secrets/deepl-key",
            SECRET,
            "projects/p/secrets/s/versions/latest/extra")) {
      assertThat(
          refusal(name).getMessage(),
          containsString("projects/PROJECT/secrets/SECRET/versions/VERSION"));
    }
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void theConfigHandsTheNameToSecretManagerAndAllowsNoSecondPlace() {
    List<String> asked = new ArrayList<>();
    TranslatorConfig config = config(null, " " + NAME + " ");

    ApiKey key =
        ApiKey.resolve(
                config,
                name -> null,
                name -> {
                  asked.add(name);
                  return ApiKey.of(SECRET, "Secret Manager secret " + name);
                })
            .orElseThrow();

    assertThat(key.value(), is(SECRET));
    assertThat(asked, is(List.of(NAME)));
    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ApiKey.resolve(
                    config("DEEPL_API_KEY", NAME),
                    Map.of("DEEPL_API_KEY", SECRET)::get,
                    name -> {
                      throw new AssertionError("Secret Manager must not be asked");
                    }));
    assertThat(
        both.getMessage(), allOf(containsString("--apiKeySecret"), containsString("--apiKeyEnv")));
  }

  @Test
  void aMissingKeyMentionsSecretManager() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ApiKey.require(config(null, null)));
    assertThat(
        e.getMessage(), containsString("--apiKeySecret=projects/P/secrets/S/versions/latest"));
  }

  private static TranslatorConfig config(String apiKeyEnv, String apiKeySecret) {
    return new TranslatorConfig(
        "deepl",
        null,
        new LanguagePair("en", "ko"),
        null,
        apiKeyEnv,
        null,
        apiKeySecret,
        Duration.ofSeconds(5));
  }
}
