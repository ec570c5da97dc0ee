package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.digesttranslator.pipeline.shard.TranslationMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly run on Google Cloud, offline: the Scheduler's launch body is a valid
 * flexTemplates:launch request for this template, the alert policy watches the counter the job
 * really increments, and both scripts hand gcloud what they should (gcloud is a stand-in that
 * records its arguments and the files it is given).
 */
class DataflowWeeklyScheduleTest {
  private static final Path DIR = Path.of("pipelines", "dataflow");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonNode> PARAMETERS = new TreeMap<>();

  /** FlexTemplateRuntimeEnvironment's fields in the Dataflow v1b3 REST reference. */
  private static final Set<String> ENVIRONMENT_FIELDS =
      Set.of(
          "numWorkers",
          "maxWorkers",
          "zone",
          "serviceAccountEmail",
          "tempLocation",
          "machineType",
          "additionalExperiments",
          "network",
          "subnetwork",
          "additionalUserLabels",
          "kmsKeyName",
          "ipConfiguration",
          "workerRegion",
          "workerZone",
          "enableStreamingEngine",
          "flexrsGoal",
          "stagingLocation",
          "sdkContainerImage",
          "diskSizeGb",
          "autoscalingAlgorithm",
          "dumpHeapOnOom",
          "saveHeapDumpsToGcsPath",
          "launcherMachineType",
          "enableLauncherVmSerialPortLogging",
          "streamingMode");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_.]+)\\}");

  @TempDir Path dir;

  @BeforeAll
  static void readMetadata() throws IOException {
    JsonNode metadata = JSON.readTree(DIR.resolve("metadata.json").toFile());
    for (JsonNode parameter : metadata.path("parameters")) {
      PARAMETERS.put(parameter.path("name").asText(), parameter);
    }
  }

  private static boolean accepts(String parameter, String value) {
    for (JsonNode regex : PARAMETERS.get(parameter).path("regexes")) {
      if (!Pattern.compile(regex.asText()).matcher(value).matches()) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Runs {@code script} with a recording gcloud first on the PATH; returns gcloud's arguments. */
  private List<String> run(String script, Map<String, String> env) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path gcloud = bin.resolve("gcloud");
    Files.writeString(
        gcloud,
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "if [ \"$3\" = describe ]; then exit \"${FAKE_EXISTS:-1}\"; fi",
            "printf '%s\\n' \"$@\" >\"$FAKE_DIR/args\"",
            "for a in \"$@\"; do",
            "  case \"$a\" in --message-body-from-file=* | --policy-from-file=*)",
            "    cp \"${a#*=}\" \"$FAKE_DIR/file\" ;; esac",
            "done",
            ""));
    Files.setPosixFilePermissions(gcloud, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder builder =
        new ProcessBuilder("bash", DIR.resolve(script).toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("output").toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("FAKE_DIR", dir.toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(script + " finished", process.waitFor(1, TimeUnit.MINUTES), is(true));
    assertThat(Files.readString(dir.resolve("output")), process.exitValue(), is(0));
    return Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8);
  }

  @Test
  void theLaunchBodyNamesOnlyTemplateParametersAndAsksForLastWeek() throws IOException {
    JsonNode launch =
        JSON.readTree(DIR.resolve("weekly-launch.json").toFile()).path("launchParameter");

    assertThat(launch.path("jobName").asText(), matchesPattern("[a-z]([-a-z0-9]*[a-z0-9])?"));
    assertThat(launch.path("containerSpecGcsPath").asText(), not(""));
    List<String> names = new ArrayList<>();
    launch.path("parameters").fieldNames().forEachRemaining(names::add);
    assertThat(names, everyItem(is(in(PARAMETERS.keySet()))));
    PARAMETERS.forEach(
        (name, parameter) -> {
          if (!parameter.path("isOptional").asBoolean()) {
            assertThat("required " + name, names, hasItem(name));
          }
        });
    assertThat(launch.path("parameters").path("weeks").asText(), is("last"));
    launch
        .path("parameters")
        .fields()
        .forEachRemaining(
            p ->
                assertThat(
                    "parameters are strings: " + p.getKey(), p.getValue().isTextual(), is(true)));
    List<String> environment = new ArrayList<>();
    launch.path("environment").fieldNames().forEachRemaining(environment::add);
    assertThat(environment, everyItem(is(in(ENVIRONMENT_FIELDS))));
    assertThat(
        "no key in the body, only the secret's name",
        names,
        not(hasItems("apiKeyEnv", "apiKeyFile")));
  }

  @Test
  void theScheduleScriptPostsTheFilledInBodyToFlexTemplatesLaunch() throws Exception {
    List<String> args =
        run(
            "schedule-weekly.sh",
            Map.of("PROJECT", "my-project", "REGION", "europe-west1", "BUCKET", "my-bucket"));

    assertThat(
        args.subList(0, 5),
        is(List.of("scheduler", "jobs", "create", "http", "digest-translator-weekly")));
    assertThat(
        args,
        hasItems(
            "--project=my-project",
            "--location=europe-west1",
            "--schedule=0 6 * * 1",
            "--time-zone=Etc/UTC",
            "--http-method=POST",
            "--uri=https://dataflow.googleapis.com/v1b3/projects/my-project/locations/europe-west1"
                + "/flexTemplates:launch",
            "--headers=Content-Type=application/json",
            "--oauth-service-account-email="
                + "digest-translator-scheduler@my-project.iam.gserviceaccount.com",
            "--oauth-token-scope=https://www.googleapis.com/auth/cloud-platform"));
    String body = Files.readString(dir.resolve("file"));
    assertThat(placeholders(body), is(empty()));
    JsonNode launch = JSON.readTree(body).path("launchParameter");
    assertThat(
        launch.path("containerSpecGcsPath").asText(),
        is("gs://my-bucket/templates/digest-translator.json"));
    launch
        .path("parameters")
        .fields()
        .forEachRemaining(
            p ->
                assertThat(
                    p.getKey() + "=" + p.getValue().asText(),
                    accepts(p.getKey(), p.getValue().asText()),
                    is(true)));
    assertThat(
        launch.path("parameters").path("apiKeySecret").asText(),
        is("projects/my-project/secrets/deepl-api-key/versions/latest"));
    assertThat(
        launch.path("environment").path("serviceAccountEmail").asText(),
        is("digest-translator@my-project.iam.gserviceaccount.com"));
  }

  @Test
  void anExistingScheduleIsUpdatedInPlace() throws Exception {
    List<String> args =
        run(
            "schedule-weekly.sh",
            Map.of(
                "PROJECT",
                "p",
                "REGION",
                "us-central1",
                "BUCKET",
                "b",
                "FAKE_EXISTS",
                "0",
                "PROVIDER",
                "google-v3",
                "SCHEDULE",
                "30 7 * * 1"));

    assertThat(args.subList(0, 4), is(List.of("scheduler", "jobs", "update", "http")));
    assertThat(
        args, hasItems("--update-headers=Content-Type=application/json", "--schedule=30 7 * * 1"));
    assertThat(args, not(hasItem(startsWith("--headers"))));
    assertThat(
        JSON.readTree(dir.resolve("file").toFile())
            .path("launchParameter")
            .path("parameters")
            .path("provider")
            .asText(),
        is("google-v3"));
  }

  @Test
  void theAlertPolicyWatchesTheCounterTheJobIncrements() throws IOException {
    JsonNode policy = JSON.readTree(DIR.resolve("alert-policy.json").toFile());

    assertThat(policy.path("displayName").asText(), not(""));
    assertThat(policy.path("combiner").asText(), is("OR"));
    assertThat(policy.path("conditions").size(), is(2));
    List<String> filters = new ArrayList<>();
    for (JsonNode condition : policy.path("conditions")) {
      assertThat(condition.path("displayName").asText(), not(""));
      JsonNode threshold = condition.path("conditionThreshold");
      filters.add(threshold.path("filter").asText());
      assertThat(threshold.path("comparison").asText(), is("COMPARISON_GT"));
      assertThat(threshold.path("thresholdValue").isNumber(), is(true));
      assertThat(threshold.path("duration").asText(), matchesPattern("[0-9]+s"));
      JsonNode aggregation = threshold.path("aggregations").path(0);
      assertThat(aggregation.path("alignmentPeriod").asText(), matchesPattern("[0-9]+s"));
      assertThat(aggregation.path("perSeriesAligner").asText(), startsWith("ALIGN_"));
      assertThat(aggregation.path("crossSeriesReducer").asText(), startsWith("REDUCE_"));
    }
    String jobs = "resource.labels.job_name = starts_with(\"digest-translator\")";
    assertThat(
        filters.get(0),
        containsString("metric.type = \"dataflow.googleapis.com/job/user_counter\""));
    assertThat(
        filters.get(0),
        containsString(
            "metric.labels.metric_name = starts_with(\""
                + TranslationMetrics.FAILED_ABSTRACTS
                + "\")"));
    assertThat(
        filters.get(1), containsString("metric.type = \"dataflow.googleapis.com/job/is_failed\""));
    assertThat(filters, everyItem(containsString(jobs)));
    // Every job the policy should hear from has a name the filter matches.
    String weekly =
        JSON.readTree(DIR.resolve("weekly-launch.json").toFile())
            .path("launchParameter")
            .path("jobName")
            .asText();
    assertThat(
        List.of(weekly, RetryCommand.JOB_NAME.replace("\"", "")),
        everyItem(startsWith("digest-translator")));
    assertThat(
        Files.readString(DIR.resolve("build-flex-template.sh")),
        containsString("flex-template run \"digest-translator-"));
    String output =
        JSON.readTree(DIR.resolve("weekly-launch.json").toFile())
            .path("launchParameter")
            .path("parameters")
            .path("output")
            .asText();
    assertThat(
        "the policy points at the weekly run's summary",
        policy.path("documentation").path("content").asText(),
        containsString(output + "/summary.txt"));
  }

  @Test
  void theAlertScriptCreatesThePolicyWithTheBucketFilledIn() throws Exception {
    List<String> args =
        run(
            "create-alert-policy.sh",
            Map.of(
                "PROJECT",
                "my-project",
                "BUCKET",
                "my-bucket",
                "NOTIFICATION_CHANNELS",
                "projects/my-project/notificationChannels/42"));

    assertThat(args.subList(0, 3), is(List.of("monitoring", "policies", "create")));
    assertThat(
        args,
        hasItems(
            "--project=my-project",
            "--notification-channels=projects/my-project/notificationChannels/42"));
    String policy = Files.readString(dir.resolve("file"));
    assertThat(
        "only Cloud Monitoring's own variables are left",
        placeholders(policy),
        is(Set.of("resource.label.job_name")));
    assertThat(
        JSON.readTree(policy).path("documentation").path("content").asText(),
        containsString("gs://my-bucket/weekly/summary.txt"));
  }
}
