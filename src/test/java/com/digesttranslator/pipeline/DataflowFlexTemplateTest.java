package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.digesttranslator.translate.provider.Providers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.beans.Introspector;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Hidden;
import org.apache.beam.sdk.options.Validation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pipelines/dataflow/: the Flex Template's parameters follow the job's options, and its image runs
 * Main.
 */
class DataflowFlexTemplateTest {
  private static final Path TEMPLATE_DIR = Path.of("pipelines", "dataflow");
  private static final Map<String, JsonNode> PARAMETERS = new TreeMap<>();
  private static final Map<String, Method> OPTIONS = new TreeMap<>();

  @BeforeAll
  static void read() throws IOException {
    for (JsonNode parameter :
        new ObjectMapper()
            .readTree(TEMPLATE_DIR.resolve("metadata.json").toFile())
            .path("parameters")) {
      PARAMETERS.put(parameter.path("name").asText(), parameter);
    }
    for (Method getter : DigestTranslatorOptions.class.getDeclaredMethods()) {
      if (getter.getName().startsWith("get") && getter.getAnnotation(Hidden.class) == null) {
        OPTIONS.put(Introspector.decapitalize(getter.getName().substring(3)), getter);
      }
    }
  }

  private static boolean accepts(String parameter, String value) {
    List<Pattern> regexes = new ArrayList<>();
    PARAMETERS
        .get(parameter)
        .path("regexes")
        .forEach(regex -> regexes.add(Pattern.compile(regex.asText())));
    return regexes.stream().allMatch(regex -> regex.matcher(value).matches());
  }

  @Test
  void everyOptionIsAParameterWithLabelHelpAndValidation() {
    assertThat(PARAMETERS.keySet(), is(OPTIONS.keySet()));
    OPTIONS.forEach(
        (name, getter) -> {
          JsonNode parameter = PARAMETERS.get(name);
          assertThat(
              name,
              parameter.path("isOptional").asBoolean(),
              is(getter.getAnnotation(Validation.Required.class) == null));
          assertThat(name, parameter.path("label").asText(), not(emptyString()));
          assertThat(name, parameter.path("helpText").asText(), not(emptyString()));
          assertThat(name, parameter.path("regexes").size() > 0);
        });
  }

  @Test
  void everyDefaultPassesItsParameterRegexes() {
    Map<String, String> defaults = new HashMap<>();
    OPTIONS.forEach(
        (name, getter) -> {
          for (Annotation annotation : getter.getAnnotations()) {
            if (annotation instanceof Default.String d) {
              defaults.put(name, d.value());
            } else if (annotation instanceof Default.Integer d) {
              defaults.put(name, Integer.toString(d.value()));
            } else if (annotation instanceof Default.Boolean d) {
              defaults.put(name, Boolean.toString(d.value()));
            } else if (annotation instanceof Default.Double d) {
              defaults.put(name, Double.toString(d.value()));
            }
          }
        });
    assertThat(defaults.keySet().size() >= 7, is(true));
    defaults.forEach(
        (name, value) -> assertThat(name + "=" + value, accepts(name, value), is(true)));
  }

  @Test
  void defaultsTypesAndChoicesFollowTheOptions() {
    OPTIONS.forEach(
        (name, getter) -> {
          JsonNode parameter = PARAMETERS.get(name);
          assertThat(name, parameter.path("paramType").asText(), not(emptyString()));
          String expected = null;
          for (Annotation annotation : getter.getAnnotations()) {
            if (annotation instanceof Default.String d) {
              expected = d.value();
            } else if (annotation instanceof Default.Integer d) {
              expected = Integer.toString(d.value());
            } else if (annotation instanceof Default.Boolean d) {
              expected = Boolean.toString(d.value());
            } else if (annotation instanceof Default.Double d) {
              expected =
                  d.value() == Math.rint(d.value())
                      ? Long.toString((long) d.value())
                      : Double.toString(d.value());
            }
          }
          assertThat(
              name,
              parameter.has("defaultValue") ? parameter.get("defaultValue").asText() : null,
              is(expected));
        });
    List<String> providers = new ArrayList<>();
    PARAMETERS
        .get("provider")
        .path("enumOptions")
        .forEach(o -> providers.add(o.path("value").asText()));
    assertThat(PARAMETERS.get("provider").path("paramType").asText(), is("ENUM"));
    assertThat(new TreeSet<>(providers), is(new TreeSet<>(Providers.NAMES)));
  }

  @Test
  void numbersAreAcceptedExactlyInTheRangesMainEnforces() {
    assertRange("maxConcurrentRequests", 1, 1024);
    assertRange("maxAttempts", 1, 100);
    assertRange("requestTimeoutSeconds", 1, 3600);
  }

  private static void assertRange(String parameter, int min, int max) {
    IntStream.rangeClosed(min - 1, max + 100)
        .forEach(
            value ->
                assertThat(
                    parameter + "=" + value,
                    accepts(parameter, Integer.toString(value)),
                    is(value >= min && value <= max)));
    assertThat(accepts(parameter, "0" + min), is(false));
  }

  @Test
  void valuesAreCheckedAsTheJobReadsThem() {
    Providers.NAMES.forEach(
        provider -> assertThat(provider, accepts("provider", provider), is(true)));
    assertThat(accepts("provider", "bing"), is(false));
    assertThat(accepts("input", "gs://b/digests/2024-*.txt, gs://b/more/*.txt"), is(true));
    assertThat(
        "workers cannot read the launcher's disk",
        accepts("input", "data/digests/*.txt"),
        is(false));
    assertThat(accepts("output", "/tmp/out"), is(false));
    assertThat(accepts("weeks", "2024-W01..2025-W52,2026-W03"), is(true));
    assertThat(accepts("weeks", "last"), is(true));
    assertThat(accepts("weeks", "2026-W01..last"), is(true));
    assertThat(accepts("weeks", "lastweek"), is(false));
    assertThat(accepts("templateFile", "gs://b/templates/digest-translator.json"), is(true));
    assertThat(accepts("templateFile", "templates/digest-translator.json"), is(false));
    assertThat(accepts("targetLanguage", "zh-Hant"), is(true));
    assertThat(
        accepts("apiKeySecret", "projects/p/secrets/deepl-api-key/versions/latest"), is(true));
    assertThat(
        "a key pasted as the secret's name",
        accepts("apiKeySecret", "0f1e2d3c-4b5a-6978:fx"),
        is(false));
  }

  @Test
  void theLauncherImageRunsMainOnGooglesJava17Launcher() throws IOException {
    String dockerfile = Files.readString(TEMPLATE_DIR.resolve("Dockerfile"));
    assertThat(
        dockerfile,
        containsString("FROM gcr.io/dataflow-templates-base/java17-template-launcher-base\n"));
    assertThat(
        dockerfile,
        containsString("FLEX_TEMPLATE_JAVA_MAIN_CLASS=\"" + Main.class.getName() + "\""));
    assertThat(dockerfile, containsString("FLEX_TEMPLATE_JAVA_CLASSPATH="));
  }
}
