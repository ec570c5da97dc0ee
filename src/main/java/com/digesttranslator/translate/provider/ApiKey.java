package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.provider.http.HttpReply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A secret read on the worker from the place {@link TranslatorConfig} names: an environment
 * variable ({@code --apiKeyEnv=NAME}), a file ({@code --apiKeyFile=PATH}) or a Secret Manager
 * secret version ({@code --apiKeySecret=projects/P/secrets/S/versions/V}); surrounding whitespace
 * is trimmed. Messages and {@link #toString()} name where the secret came from, never its value.
 *
 * <p>Papago needs two secrets; they share one place as {@code CLIENT_ID:CLIENT_SECRET}, split with
 * {@link #idAndSecret()}.
 */
public final class ApiKey {

  public static final String REDACTED = HttpReply.REDACTED;

  /** What a shell accepts as a variable name. */
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** How keys of the supported providers and common services start (OpenAI, Google, GitHub …). */
  private static final List<String> KEY_PREFIXES =
      List.of("sk-", "sk_", "AIza", "ya29.", "ghp_", "github_pat_", "xox");

  private final String value;
  private final String origin;

  private ApiKey(String value, String origin) {
    this.value = value;
    this.origin = origin;
  }

  /** The key {@code config} points to; pointing nowhere is an error that says what to pass. */
  public static ApiKey require(TranslatorConfig config) {
    return optional(config)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "provider "
                        + config.provider()
                        + " needs an API key: pass --apiKeyEnv=NAME of an environment variable that"
                        + " holds it, --apiKeyFile=PATH of a file that holds it, or (on Dataflow)"
                        + " --apiKeySecret=projects/P/secrets/S/versions/latest of a Secret Manager"
                        + " secret"));
  }

  /** The key {@code config} points to, if it points anywhere (local servers often need none). */
  public static Optional<ApiKey> optional(TranslatorConfig config) {
    return resolve(config, System::getenv, SecretManager::access);
  }

  static Optional<ApiKey> resolve(
      TranslatorConfig config, UnaryOperator<String> getenv, Function<String, ApiKey> secrets) {
    if (!isSet(config.apiKeySecret())) {
      return resolve(config.apiKeyEnv(), config.apiKeyFile(), getenv);
    }
    if (isSet(config.apiKeyEnv()) || isSet(config.apiKeyFile())) {
      throw new IllegalArgumentException(
          "pass only one of --apiKeySecret, --apiKeyEnv and --apiKeyFile");
    }
    return Optional.of(secrets.apply(config.apiKeySecret().trim()));
  }

  private static boolean isSet(String option) {
    return option != null && !option.isBlank();
  }

  static Optional<ApiKey> resolve(String envName, String file, UnaryOperator<String> getenv) {
    boolean hasEnv = isSet(envName);
    boolean hasFile = isSet(file);
    if (hasEnv && hasFile) {
      // Neither value is shown: one of them may be a key pasted by mistake.
      throw new IllegalArgumentException("pass either --apiKeyEnv or --apiKeyFile, not both");
    }
    if (hasEnv) {
      return Optional.of(fromEnv(envName.trim(), getenv));
    }
    return hasFile ? Optional.of(fromFile(file.trim())) : Optional.empty();
  }

  private static ApiKey fromEnv(String name, UnaryOperator<String> getenv) {
    if (!VARIABLE_NAME.matcher(name).matches() || looksLikeAKey(name)) {
      throw new IllegalArgumentException(
          "--apiKeyEnv takes the NAME of an environment variable that holds the key (like"
              + " DEEPL_API_KEY), not the key itself. What was given is not a variable name, or"
              + " looks like a key, so it is not shown: if it is a key, it is now in your shell"
              + " history and process list, so rotate it, then export NAME=KEY and pass"
              + " --apiKeyEnv=NAME.");
    }
    String origin = "environment variable " + name;
    String value = getenv.apply(name);
    if (value == null) {
      throw new IllegalArgumentException(
          origin + " is not set on this machine: export " + name + "=YOUR_KEY");
    }
    return nonEmpty(value.strip(), origin);
  }

  private static ApiKey fromFile(String file) {
    try {
      Path path = Path.of(file);
      String origin = "file " + path;
      return nonEmpty(Files.readString(path, StandardCharsets.UTF_8).strip(), origin);
    } catch (IOException | InvalidPathException e) {
      // A key pasted as the path is no file: say so without repeating it. The exception's own
      // message may quote file content for some file systems; its type is enough.
      String fileName = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
      String place =
          looksLikeAKey(file) || looksLikeAKey(fileName)
              ? "the --apiKeyFile path (not shown: it looks like a key)"
              : "file " + file;
      throw new IllegalArgumentException(
          "cannot read the API key from "
              + place
              + " ("
              + e.getClass().getSimpleName()
              + "): check that it exists and is readable");
    }
  }

  /**
   * A value of a key's shape: a known key prefix, or long and mixing lower case, upper case and
   * digits, which environment variable names and file names hardly ever do.
   */
  static boolean looksLikeAKey(String value) {
    if (KEY_PREFIXES.stream().anyMatch(value::startsWith) || value.endsWith(":fx")) {
      return true;
    }
    return value.length() >= 20
        && !value.contains("/")
        && value.chars().anyMatch(Character::isLowerCase)
        && value.chars().anyMatch(Character::isUpperCase)
        && value.chars().anyMatch(Character::isDigit);
  }

  /** A secret obtained some other way (an OAuth access token), so it is masked the same way. */
  static ApiKey of(String value, String origin) {
    return nonEmpty(value, origin);
  }

  private static ApiKey nonEmpty(String value, String origin) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(origin + " is empty: it must hold the API key");
    }
    return new ApiKey(value, origin);
  }

  /** The secret itself, for a request header or body only. */
  public String value() {
    return value;
  }

  /** Where the key came from, safe to show ("environment variable DEEPL_API_KEY"). */
  public String origin() {
    return origin;
  }

  /** The two halves of a {@code CLIENT_ID:CLIENT_SECRET} value, split at the first colon. */
  public List<ApiKey> idAndSecret() {
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new IllegalArgumentException(
          origin + " must hold CLIENT_ID:CLIENT_SECRET (two values joined by a colon)");
    }
    return List.of(
        new ApiKey(value.substring(0, colon), "client id in " + origin),
        new ApiKey(value.substring(colon + 1), "client secret in " + origin));
  }

  /** {@code text} with every occurrence of the secret masked. */
  public String redact(String text) {
    return text == null ? null : text.replace(value, REDACTED);
  }

  /**
   * {@code error} with the secret masked in its message: servers sometimes echo what they were
   * sent, and messages end up in reports and logs.
   */
  public TranslationException redact(TranslationException error) {
    String message = error.getMessage();
    if (message == null || !message.contains(value)) {
      return error;
    }
    return new TranslationException(
        error.errorClass(), error.httpStatus(), redact(message), error.retryAfter().orElse(null));
  }

  @Override
  public String toString() {
    return "ApiKey(from " + origin + ")";
  }
}
