package com.digesttranslator.translate.provider;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.masking.Glossary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidersFactoryTest {

  @TempDir Path dir;

  private TranslatorConfig config(String provider, String model, String keyFile) {
    return new TranslatorConfig(
        provider,
        null,
        new LanguagePair("en", "ko"),
        model,
        null,
        keyFile,
        null,
        Duration.ofSeconds(5));
  }

  private String keyFile(String value) throws IOException {
    return Files.writeString(dir.resolve("key"), value).toString();
  }

  @Test
  void everyNamedProviderWithAKeyIsBuilt() throws IOException {
    String key = keyFile("id:secret");
    assertThat(
        Providers.create(config("apertium", null, null)), instanceOf(ApertiumTranslator.class));
    assertThat(
        Providers.create(config("libretranslate", null, null)),
        instanceOf(LibreTranslateTranslator.class));
    assertThat(
        Providers.create(config("openai", "qwen2.5:7b", null)), instanceOf(OpenAiTranslator.class));
    assertThat(Providers.create(config("deepl", null, key)), instanceOf(DeepLTranslator.class));
    assertThat(Providers.create(config("google", null, key)), instanceOf(GoogleTranslator.class));
    assertThat(Providers.create(config("papago", null, key)), instanceOf(PapagoTranslator.class));
  }

  @Test
  void aMissingKeyOrModelNamesTheOption() {
    IllegalArgumentException key =
        assertThrows(
            IllegalArgumentException.class, () -> Providers.create(config("deepl", null, null)));
    assertThat(key.getMessage(), containsString("--apiKeyEnv"));
    IllegalArgumentException model =
        assertThrows(
            IllegalArgumentException.class, () -> Providers.create(config("openai", null, null)));
    assertThat(model.getMessage(), containsString("--model"));
  }

  @Test
  void googleV3RefusesAnApiKeyAndPointsToApplicationDefaultCredentials() throws IOException {
    String key = keyFile("k");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Providers.create(config("google-v3", null, key)));
    assertThat(
        e.getMessage(),
        allOf(
            containsString("Application Default Credentials"),
            containsString("GOOGLE_APPLICATION_CREDENTIALS")));
  }

  @Test
  void anUnknownProviderListsTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Providers.create(config("bing", null, null)));
    assertThat(
        e.getMessage(),
        allOf(containsString("openai"), containsString("google-v3"), containsString("papago")));
  }

  @Test
  void deepLAppliesAnyGlossaryNativelyAndGoogleV3OnlyOneInCloudStorage() {
    assertThat(
        Providers.NAMES.stream()
            .filter(p -> Providers.appliesGlossaryNatively(p, "data/g.tsv"))
            .toList(),
        contains("deepl"));
    assertThat(
        Providers.NAMES.stream()
            .filter(p -> Providers.appliesGlossaryNatively(p, "gs://b/g.tsv"))
            .toList(),
        contains("deepl", "google-v3"));
  }

  @Test
  void googleV3RefusesALocalGlossaryWhichMustBeMaskedInstead() throws IOException {
    Glossary local = Glossary.parse("data/g.tsv", "transformer\t트랜스포머\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Providers.create(config("google-v3", "my-project", null), local));
    assertThat(
        e.getMessage(), allOf(containsString("data/g.tsv"), containsString("Masker.withGlossary")));
  }

  @Test
  void deepLIsBuiltWithAGlossary() throws IOException {
    Glossary glossary = Glossary.parse("g.tsv", "transformer\t트랜스포머\n");
    assertThat(
        Providers.create(config("deepl", null, keyFile("k")), glossary),
        instanceOf(DeepLTranslator.class));
  }

  @Test
  void aGlossaryIsNotSilentlyDroppedByAProviderWithoutOne() throws IOException {
    Glossary glossary = Glossary.parse("g.tsv", "transformer\t트랜스포머\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Providers.create(config("google", null, keyFile("k")), glossary));
    assertThat(e.getMessage(), containsString("Masker.withGlossary"));
  }
}
