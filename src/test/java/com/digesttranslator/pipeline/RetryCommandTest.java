package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.digesttranslator.digest.WeekSelection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/**
 * The retry hint: the jar with the same arguments, or on Dataflow the matching {@code gcloud
 * dataflow flex-template run}. The commands are split into words by a real bash, with {@code
 * gcloud} a shell function that prints its arguments, and the parameters are then read back as
 * gcloud reads a dictionary flag.
 */
class RetryCommandTest {
  private static final LocalDate THURSDAY = LocalDate.parse("2026-12-03");
  private static final String TEMPLATE = "gs://my-bucket/templates/digest-translator.json";

  /** What the Flex Template launcher passes to Main: Dataflow's options, then the parameters. */
  private static final List<String> LAUNCHER =
      List.of(
          "--runner=DataflowRunner",
          "--project=my-project",
          "--region=europe-west1",
          "--serviceAccount=digest-translator@my-project.iam.gserviceaccount.com",
          "--stagingLocation=gs://my-bucket/staging",
          "--tempLocation=gs://my-bucket/temp",
          "--templateLocation=gs://my-bucket/staging/template_launches/2026-12-03_00_00/job_object",
          "--jobName=digest-translator-weekly",
          "--maxNumWorkers=2");

  private static String command(List<String> args) {
    PipelineOptionsFactory.register(DigestTranslatorOptions.class);
    String[] array = args.toArray(String[]::new);
    DigestTranslatorOptions options =
        PipelineOptionsFactory.fromArgs(array).as(DigestTranslatorOptions.class);
    options.setWeeks(WeekSelection.resolve(options.getWeeks(), THURSDAY));
    return RetryCommand.of(array, options);
  }

  /** The words bash makes of {@code command}; {@code gcloud} and {@code java} echo theirs. */
  private static List<String> words(String command) throws IOException, InterruptedException {
    Process bash =
        new ProcessBuilder(
                "bash",
                "-c",
                "gcloud() { printf 'gcloud\\0'; printf '%s\\0' \"$@\"; }; java() { printf"
                    + " 'java\\0'; printf '%s\\0' \"$@\"; }; date() { echo 20261203; }; "
                    + command)
            .redirectErrorStream(true)
            .start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(out, bash.waitFor(), is(0));
    return Arrays.asList(out.split("\0"));
  }

  /** gcloud's reading of a dictionary flag: {@code ^D^} names the delimiter, the first = splits. */
  private static Map<String, String> gcloudDictionary(String flagValue) {
    String delimiter = ",";
    String items = flagValue;
    if (flagValue.startsWith("^") && flagValue.indexOf('^', 1) > 1) {
      delimiter = flagValue.substring(1, flagValue.indexOf('^', 1));
      items = flagValue.substring(flagValue.indexOf('^', 1) + 1);
    }
    Map<String, String> dictionary = new LinkedHashMap<>();
    for (String item : items.split(Pattern.quote(delimiter), -1)) {
      dictionary.put(item.substring(0, item.indexOf('=')), item.substring(item.indexOf('=') + 1));
    }
    return dictionary;
  }

  private static String flag(List<String> words, String name) {
    return words.stream()
        .filter(w -> w.startsWith(name + "="))
        .map(w -> w.substring(name.length() + 1))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " missing from " + words));
  }

  @Test
  void onDataflowFromATemplateItIsTheMatchingFlexTemplateRun() throws Exception {
    List<String> args = new ArrayList<>(LAUNCHER);
    args.addAll(
        List.of(
            "--input=gs://my-bucket/digests/*.txt",
            "--output=gs://my-bucket/weekly",
            "--cacheDir=gs://my-bucket/cache",
            "--provider=deepl",
            "--apiKeySecret=projects/my-project/secrets/deepl-api-key/versions/latest",
            "--weeks=last",
            "--templateFile=" + TEMPLATE));

    String command = command(args);

    assertThat(
        command,
        is(
            "gcloud dataflow flex-template run"
                + " \"digest-translator-retry-$(date +%Y%m%d-%H%M%S)\""
                + " --template-file-gcs-location="
                + TEMPLATE
                + " --project=my-project --region=europe-west1"
                + " --service-account-email=digest-translator@my-project.iam.gserviceaccount.com"
                + " --staging-location=gs://my-bucket/staging --temp-location=gs://my-bucket/temp"
                + " --max-workers=2"
                + " '--parameters=input=gs://my-bucket/digests/*.txt,output=gs://my-bucket/weekly,"
                + "cacheDir=gs://my-bucket/cache,provider=deepl,"
                + "apiKeySecret=projects/my-project/secrets/deepl-api-key/versions/latest,"
                + "weeks=2026-W48,templateFile="
                + TEMPLATE
                + "'"));
    List<String> words = words(command);
    assertThat(
        words.subList(0, 5),
        contains("gcloud", "dataflow", "flex-template", "run", "digest-translator-retry-20261203"));
    assertThat(
        "the launcher's own options are not the user's",
        words,
        not(hasItem(startsWith("--templateLocation"))));
  }

  @Test
  void valuesWithCommasQuotesAndSpacesReachGcloudIntact() throws Exception {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("input", "gs://b/digests/2025-*.txt,gs://b/inbox/*.txt");
    parameters.put("output", "gs://b/out");
    parameters.put("provider", "openai");
    parameters.put("model", "gpt-4o-mini");
    parameters.put("formats", "txt,md,json");
    parameters.put("weeks", "2026-W01..2026-W48");
    parameters.put("keepTerms", "O'Reilly; Llama 3,Q&A");
    parameters.put("dryRun", "true");
    List<String> args = new ArrayList<>(LAUNCHER);
    parameters.forEach(
        (name, value) -> args.add(name.equals("dryRun") ? "--dryRun" : "--" + name + "=" + value));
    args.add("--templateFile=" + TEMPLATE);
    parameters.put("templateFile", TEMPLATE);

    String command = command(args);

    String value = flag(words(command), "--parameters");
    assertThat("a ';' in a value moves the delimiter on", value, startsWith("^~^"));
    assertThat(gcloudDictionary(value), is(parameters));
  }

  @Test
  void withoutCommasTheParametersUseGcloudsPlainForm() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("input", "gs://b/*.txt");
    parameters.put("output", "gs://b/out");
    assertThat(RetryCommand.parameterList(parameters), is("input=gs://b/*.txt,output=gs://b/out"));
    parameters.put("formats", "txt,md");
    assertThat(
        RetryCommand.parameterList(parameters),
        is("^;^input=gs://b/*.txt;output=gs://b/out;formats=txt,md"));
    parameters.put("keepTerms", ";,~,|,#,@,~~");
    assertThat(gcloudDictionary(RetryCommand.parameterList(parameters)), is(parameters));
  }

  @Test
  void elsewhereItIsTheJarWithTheSameArgumentsAndTheResolvedWeek() throws Exception {
    List<String> local =
        List.of(
            "--input=data/digests/*.txt",
            "--output=out/weekly",
            "--provider=deepl",
            "--apiKeyEnv=DEEPL_API_KEY",
            "--weeks=2026-W01..last",
            "--keepTerms=O'Reilly");

    String command = command(local);

    assertThat(
        command,
        is(
            "java -jar target/digest-translator.jar '--input=data/digests/*.txt'"
                + " --output=out/weekly --provider=deepl --apiKeyEnv=DEEPL_API_KEY"
                + " --weeks=2026-W01..2026-W48 '--keepTerms=O'\\''Reilly'"));
    assertThat(
        words(command).subList(3, 9),
        is(
            List.of(
                "--input=data/digests/*.txt",
                "--output=out/weekly",
                "--provider=deepl",
                "--apiKeyEnv=DEEPL_API_KEY",
                "--weeks=2026-W01..2026-W48",
                "--keepTerms=O'Reilly")));
    List<String> dataflowWithoutTemplate = new ArrayList<>(LAUNCHER);
    dataflowWithoutTemplate.addAll(local);
    assertThat(
        "direct submission: no template to name",
        command(dataflowWithoutTemplate),
        startsWith(RetryCommand.JAR + " --runner=DataflowRunner"));
  }
}
