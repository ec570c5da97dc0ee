package com.digesttranslator.translate.provider;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.TranslationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyTest {

  private static final String SECRET = "sk-live-0123456789abcdef";

  @TempDir Path dir;

  private static Optional<ApiKey> fromEnv(String name, Map<String, String> env) {
    return ApiKey.resolve(name, null, env::get);
  }

  private static TranslatorConfig config(String provider, String apiKeyEnv, String apiKeyFile) {
    return new TranslatorConfig(
        provider,
        null,
        new LanguagePair("en", "ko"),
        null,
        apiKeyEnv,
        apiKeyFile,
        null,
        Duration.ofSeconds(5));
  }

  @Test
  void readsAndTrimsAnEnvironmentVariable() {
    ApiKey key =
        fromEnv("DEEPL_API_KEY", Map.of("DEEPL_API_KEY", "  " + SECRET + "\n")).orElseThrow();
    assertThat(key.value(), is(SECRET));
    assertThat(key.origin(), is("environment variable DEEPL_API_KEY"));
  }

  @Test
  void readsAndTrimsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("key.txt"), SECRET + "\n");
    ApiKey key = ApiKey.resolve(null, file.toString(), name -> null).orElseThrow();
    assertThat(key.value(), is(SECRET));
    assertThat(key.origin(), containsString(file.toString()));
  }

  @Test
  void anUnsetVariableIsNamedInTheError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> fromEnv("DEEPL_API_KEY", Map.of()));
    assertThat(e.getMessage(), allOf(containsString("DEEPL_API_KEY"), containsString("not set")));
  }

  @Test
  void anEmptyVariableOrFileIsAnErrorThatNamesItButShowsNoValue() throws IOException {
    IllegalArgumentException env =
        assertThrows(
            IllegalArgumentException.class,
            () -> fromEnv("DEEPL_API_KEY", Map.of("DEEPL_API_KEY", "   ")));
    assertThat(env.getMessage(), allOf(containsString("DEEPL_API_KEY"), containsString("empty")));
    Path file = Files.writeString(dir.resolve("empty.txt"), "\n\n");
    IllegalArgumentException fromFile =
        assertThrows(
            IllegalArgumentException.class,
            () -> ApiKey.resolve(null, file.toString(), name -> null));
    assertThat(
        fromFile.getMessage(), allOf(containsString(file.toString()), containsString("empty")));
  }

  @Test
  void aMissingFileIsNamedInTheError() {
    Path missing = dir.resolve("nope.txt");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ApiKey.resolve(null, missing.toString(), name -> null));
    assertThat(
        e.getMessage(),
        allOf(containsString(missing.toString()), containsString("NoSuchFileException")));
  }

  @Test
  void bothPlacesAtOnceAreAmbiguous() {
    assertThrows(IllegalArgumentException.class, () -> ApiKey.resolve("A", "/b", name -> SECRET));
  }

  @Test
  void noPlaceMeansNoKeyOrAnErrorWhenOneIsRequired() {
    assertThat(ApiKey.optional(config("openai", null, " ")), is(Optional.empty()));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ApiKey.require(config("deepl", null, null)));
    assertThat(
        e.getMessage(),
        allOf(
            containsString("deepl"),
            containsString("--apiKeyEnv"),
            containsString("--apiKeyFile")));
  }

  @Test
  void requireReadsTheProcessEnvironment() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ApiKey.require(config("deepl", "DIGEST_TRANSLATOR_TEST_SURELY_UNSET", null)));
    assertThat(e.getMessage(), containsString("DIGEST_TRANSLATOR_TEST_SURELY_UNSET"));
  }

  @Test
  void toStringNamesTheOriginNeverTheValue() {
    ApiKey key = fromEnv("DEEPL_API_KEY", Map.of("DEEPL_API_KEY", SECRET)).orElseThrow();
    assertThat(key.toString(), allOf(containsString("DEEPL_API_KEY"), not(containsString(SECRET))));
    ApiKey pair = fromEnv("PAPAGO", Map.of("PAPAGO", "client-7:" + SECRET)).orElseThrow();
    assertThat(
        pair.idAndSecret().toString(),
        allOf(not(containsString("client-7")), not(containsString(SECRET))));
  }

  @Test
  void splitsIdAndSecretAtTheFirstColon() {
    ApiKey key = fromEnv("PAPAGO", Map.of("PAPAGO", "my-id:sec:ret")).orElseThrow();
    List<ApiKey> parts = key.idAndSecret();
    assertThat(parts.get(0).value(), is("my-id"));
    assertThat(parts.get(1).value(), is("sec:ret"));
    assertThat(parts.get(1).origin(), containsString("environment variable PAPAGO"));
  }

  @Test
  void aValueThatIsNotAPairIsRejectedWithoutShowingIt() {
    for (String value : List.of(SECRET, ":" + SECRET, SECRET + ":")) {
      ApiKey key = fromEnv("PAPAGO", Map.of("PAPAGO", value)).orElseThrow();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, key::idAndSecret);
      assertThat(
          e.getMessage(),
          allOf(containsString("CLIENT_ID:CLIENT_SECRET"), not(containsString(SECRET))));
    }
  }

  @Test
  void redactsTheSecretInTextAndInFailuresKeepingTheirClass() {
    ApiKey key = fromEnv("K", Map.of("K", SECRET)).orElseThrow();
    assertThat(key.redact("bad key " + SECRET + "!"), is("bad key [redacted]!"));
    TranslationException echoed =
        new TranslationException(ErrorClass.AUTH, 401, "key " + SECRET, Duration.ofSeconds(3));
    TranslationException redacted = key.redact(echoed);
    assertThat(redacted.getMessage(), is("key [redacted]"));
    assertThat(redacted.errorClass(), is(ErrorClass.AUTH));
    assertThat(redacted.httpStatus(), is(401));
    assertThat(redacted.retryAfter(), is(Optional.of(Duration.ofSeconds(3))));
    TranslationException clean = new TranslationException(ErrorClass.TRANSIENT, 503, "busy");
    assertThat(key.redact(clean), is(sameInstance(clean)));
  }

  /** Keys of the shapes the providers issue, pasted where a variable name or a path belongs. */
  private static final List<String> PASTED_KEYS =
      List.of(
          "sk-proj-Ab12Cd34Ef56Gh78Ij90",
          "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv",
          "1f2e3d4c-5b6a-7980-a1b2-c3d4e5f6a7b8:fx",
          "ClientId7:S3cretValueOfPapago",
          "ya29.a0AfB_byC1d2E3f4G5");

  @Test
  void aKeyPastedAsTheVariableNameIsRefusedWithoutEchoingIt() {
    for (String key : PASTED_KEYS) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> fromEnv(key, Map.of()));

      assertThat(
          e.getMessage(),
          allOf(
              containsString("NAME of an environment variable"),
              not(containsString(key)),
              not(containsString(key.substring(0, 8)))));
    }
  }

  @Test
  void aKeyPastedAsTheFileIsRefusedWithoutEchoingIt() {
    for (String key : PASTED_KEYS) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> ApiKey.resolve(null, key, name -> null));

      assertThat(
          e.getMessage(),
          allOf(containsString("--apiKeyFile"), not(containsString(key.substring(0, 8)))));
    }
  }

  @Test
  void bothPlacesAtOnceAreRefusedWithoutEchoingEither() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ApiKey.resolve(PASTED_KEYS.get(0), PASTED_KEYS.get(1), name -> null));
    assertThat(
        e.getMessage(),
        allOf(not(containsString(PASTED_KEYS.get(0))), not(containsString(PASTED_KEYS.get(1)))));
  }

  @Test
  void ordinaryVariableNamesAndPathsStillShowInErrors() {
    for (String name :
        List.of("DEEPL_API_KEY", "OPENAI_API_KEY_2", "papago_credentials", "GOOGLE_API_KEY")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> fromEnv(name, Map.of()));
      assertThat(e.getMessage(), allOf(containsString(name), containsString("not set")));
    }
    String path = dir.resolve("keys/deepl-api-key.txt").toString();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ApiKey.resolve(null, path, name -> null));
    assertThat(e.getMessage(), containsString(path));
  }
}
