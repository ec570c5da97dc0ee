package com.digesttranslator.pipeline;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.options.Hidden;

/**
 * The command that retries only what failed: the same job options again, since the translation
 * cache holds what this run obtained. A run on Dataflow whose Flex Template is known ({@code
 * --templateFile}) gets the matching {@code gcloud dataflow flex-template run}, because whoever
 * reads the report there launched a template and may have no jar; any other run gets the jar with
 * the same arguments. Only arguments are repeated, and keys are never arguments.
 */
final class RetryCommand {
  static final String JAR = Usage.JAR;
  static final String GCLOUD = "gcloud dataflow flex-template run";

  /** A fresh name per launch: Dataflow refuses a name that a running job holds. */
  static final String JOB_NAME = "\"digest-translator-retry-$(date +%Y%m%d-%H%M%S)\"";

  /** Dataflow's own options that {@code flex-template run} takes as flags, in its spelling. */
  private static final Map<String, String> GCLOUD_FLAGS = new LinkedHashMap<>();

  static {
    GCLOUD_FLAGS.put("project", "--project");
    GCLOUD_FLAGS.put("region", "--region");
    GCLOUD_FLAGS.put("serviceAccount", "--service-account-email");
    GCLOUD_FLAGS.put("stagingLocation", "--staging-location");
    GCLOUD_FLAGS.put("tempLocation", "--temp-location");
    GCLOUD_FLAGS.put("numWorkers", "--num-workers");
    GCLOUD_FLAGS.put("maxNumWorkers", "--max-workers");
    GCLOUD_FLAGS.put("workerMachineType", "--worker-machine-type");
  }

  /** Tried in turn as gcloud's list delimiter when a value holds a comma (topic escaping). */
  private static final List<String> DELIMITERS = List.of(";", "~", "|", "#", "@");

  private RetryCommand() {}

  /**
   * {@code args} as given, except that {@code --weeks} carries the weeks this run resolved (a retry
   * of {@code --weeks=last} next Monday must still retry this run's week).
   */
  static String of(String[] args, DigestTranslatorOptions options) {
    List<String> resolved = new ArrayList<>();
    for (String arg : args) {
      resolved.add(arg.startsWith("--weeks=") ? "--weeks=" + options.getWeeks() : arg);
    }
    String template = options.getTemplateFile();
    boolean onDataflow = "DataflowRunner".equals(options.getRunner().getSimpleName());
    return onDataflow && template != null && !template.isBlank()
        ? flexTemplateRun(resolved, template)
        : jar(resolved);
  }

  static String jar(List<String> args) {
    StringBuilder command = new StringBuilder(JAR);
    args.forEach(arg -> command.append(' ').append(quote(arg)));
    return command.toString();
  }

  /**
   * Job options become {@code --parameters}; Dataflow's own options that gcloud has flags for
   * become those flags; the rest ({@code --runner}, the launcher's {@code --templateLocation},
   * {@code --jobName}, labels) are the launcher's business and are left out.
   */
  static String flexTemplateRun(List<String> args, String template) {
    Set<String> jobOptions = jobOptionNames();
    StringBuilder command =
        new StringBuilder(GCLOUD)
            .append(' ')
            .append(JOB_NAME)
            .append(' ')
            .append(quote("--template-file-gcs-location=" + template));
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      // Beam reads a bare --flag as true; a template parameter needs the value spelled out.
      String value = equals < 0 ? "true" : arg.substring(equals + 1);
      if (jobOptions.contains(name)) {
        parameters.put(name, value);
      } else if (GCLOUD_FLAGS.containsKey(name)) {
        command.append(' ').append(quote(GCLOUD_FLAGS.get(name) + "=" + value));
      }
    }
    if (!parameters.isEmpty()) {
      command.append(' ').append(quote("--parameters=" + parameterList(parameters)));
    }
    return command.toString();
  }

  /** {@code name=value} pairs, comma-separated, or after {@code ^D^} when a value holds a comma. */
  static String parameterList(Map<String, String> parameters) {
    List<String> pairs = new ArrayList<>();
    parameters.forEach((name, value) -> pairs.add(name + "=" + value));
    if (parameters.values().stream().noneMatch(v -> v.contains(","))) {
      return String.join(",", pairs);
    }
    String delimiter =
        DELIMITERS.stream()
            .filter(d -> parameters.values().stream().noneMatch(v -> v.contains(d)))
            .findFirst()
            .orElseGet(() -> longestFree(parameters));
    return "^" + delimiter + "^" + String.join(delimiter, pairs);
  }

  /** A run of tildes longer than any in the values, for values that hold every delimiter. */
  private static String longestFree(Map<String, String> parameters) {
    String delimiter = "~~";
    while (String.join("", parameters.values()).contains(delimiter)) {
      delimiter += "~";
    }
    return delimiter;
  }

  /** The job's own options: those the Flex Template's metadata lists as its parameters. */
  static Set<String> jobOptionNames() {
    Set<String> names = new TreeSet<>();
    for (Method getter : DigestTranslatorOptions.class.getDeclaredMethods()) {
      if (getter.getName().startsWith("get") && getter.getAnnotation(Hidden.class) == null) {
        names.add(Introspector.decapitalize(getter.getName().substring(3)));
      }
    }
    return names;
  }

  /** Single quotes for a POSIX shell, unless the word needs none. */
  static String quote(String word) {
    return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
