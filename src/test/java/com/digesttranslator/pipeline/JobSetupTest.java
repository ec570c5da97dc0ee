package com.digesttranslator.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.Translator;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who applies the glossary: DeepL natively, every other provider through the masker. */
class JobSetupTest {

  private static final String TEXT = "Large language models are useful.";

  @TempDir Path dir;

  private WireMockServer server;

  @BeforeEach
  void startServer() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private DigestTranslatorOptions options(
      String provider, String target, String glossaryRow, String... more) throws Exception {
    Path glossary = Files.writeString(dir.resolve("glossary.tsv"), glossaryRow + "\n");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input=in/*.txt",
                "--output=out",
                "--provider=" + provider,
                "--endpoint=" + server.baseUrl(),
                "--targetLanguage=" + target,
                "--glossary=" + glossary));
    args.addAll(List.of(more));
    return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new))
        .as(DigestTranslatorOptions.class);
  }

  private List<String> translate(DigestTranslatorOptions options) throws Exception {
    try (Translator translator = JobSetup.from(options, false).translators().create()) {
      return translator.translate(List.of(TEXT));
    }
  }

  @Test
  void deepLGetsTheEnglishTermsAndTheGlossaryId() throws Exception {
    Path key = Files.writeString(dir.resolve("key"), "k:fx");
    server.stubFor(get(urlEqualTo("/v2/glossaries")).willReturn(json("{\"glossaries\":[]}")));
    server.stubFor(
        post(urlEqualTo("/v2/glossaries"))
            .willReturn(
                json(
                    "{\"glossary_id\":\"g-1\","
                        + "\"name\":\"n\",\"ready\":true,\"source_lang\":\"en\",\"target_lang\":\"ko\"}")));
    server.stubFor(
        post(urlEqualTo("/v2/translate"))
            .willReturn(
                json(
                    "{\"translations\":[{\"detected_source_language\":\"EN\",\"text\":\"대규모 언어 모델은"
                        + " 유용하다.\"}]}")));

    List<String> translated =
        translate(options("deepl", "ko", "large language model\t대규모 언어 모델", "--apiKeyFile=" + key));

    assertThat(translated, contains("대규모 언어 모델은 유용하다."));
    server.verify(
        postRequestedFor(urlEqualTo("/v2/translate"))
            .withRequestBody(matchingJsonPath("$.text[0]", equalTo(TEXT)))
            .withRequestBody(matchingJsonPath("$.glossary_id", equalTo("g-1"))));
  }

  @Test
  void apertiumStillGetsThemMaskedAndRestoredAsTheirTranslation() throws Exception {
    server.stubFor(
        post(urlEqualTo("/translate"))
            .willReturn(
                json(
                    "{\"responseData\":{\"translatedText\":\"ZX1Z son"
                        + " útiles.\"},\"responseStatus\":200}")));

    List<String> translated =
        translate(options("apertium", "es", "large language model\tmodelo de lenguaje grande"));

    assertThat(translated, contains("Modelo de lenguaje grande son útiles."));
    server.verify(
        postRequestedFor(urlEqualTo("/translate"))
            .withRequestBody(containing("ZX1Z"))
            .withRequestBody(notContaining("language")));
  }

  @Test
  void aPromptFileReplacesTheInstructionsAndKeepsThePlaceholderRule() throws Exception {
    Path prompt = Files.writeString(dir.resolve("prompt.txt"), "\uFEFF우리 매체의 문체로 옮긴다.\n\n");
    server.stubFor(
        post(urlEqualTo("/v1/chat/completions"))
            .willReturn(
                json(
                    "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                        + "\"content\":\"대규모 언어 모델은 유용하다.\"},\"finish_reason\":\"stop\"}]}")));
    DigestTranslatorOptions options =
        options("openai", "ko", "zebra\t얼룩말", "--model=gpt-4o-mini", "--promptFile=" + prompt);

    translate(options);

    String expected =
        "우리 매체의 문체로 옮긴다.\n\nCopy every placeholder token such as ZX1Z exactly as it"
            + " is, once, where it belongs.";
    server.verify(
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo(expected))));
    assertThat(JobSetup.from(options, false).config().systemPrompt(), is(expected));
  }

  @Test
  void aPromptFileForAProviderWithoutInstructionsOrAnEmptyOneIsRefused() throws Exception {
    Path prompt = Files.writeString(dir.resolve("prompt.txt"), "Translate.");
    Path empty = Files.writeString(dir.resolve("empty.txt"), " \n");

    DigestTranslatorOptions forApertium =
        options("apertium", "es", "zebra\tcebra", "--promptFile=" + prompt);
    DigestTranslatorOptions emptyFile =
        options("openai", "ko", "zebra\t얼룩말", "--model=m", "--promptFile=" + empty);

    IllegalArgumentException apertium =
        assertThrows(IllegalArgumentException.class, () -> JobSetup.from(forApertium, false));
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> JobSetup.from(emptyFile, false));

    assertThat(apertium.getMessage(), containsString("--promptFile is for --provider=openai only"));
    assertThat(blank.getMessage(), containsString(empty + " is empty"));
  }
}
