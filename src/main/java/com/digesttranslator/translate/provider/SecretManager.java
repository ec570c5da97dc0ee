package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.provider.http.ErrorBody;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.provider.http.HttpReply;
import com.digesttranslator.translate.provider.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an API key from Google Secret Manager ({@code --apiKeySecret}) with one REST call, {@code
 * GET /v1/NAME:access}, authorised by Application Default Credentials: on Dataflow, the worker's
 * service account. One call needs no client library (and none of its gRPC dependencies). Messages
 * name the secret, never its value or the access token.
 */
final class SecretManager {

  private static final String ENDPOINT = "https://secretmanager.googleapis.com";
  private static final String SCOPE = "https://www.googleapis.com/auth/cloud-platform";

  private static final Pattern VERSION_NAME =
      Pattern.compile("projects/[^/\\s]+/secrets/[^/\\s]+/versions/[^/\\s]+");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private SecretManager() {}

  /** The secret version {@code name}, read with Application Default Credentials. */
  static ApiKey access(String name) {
    requireVersionName(name); // first, so a mistyped name is not reported as missing credentials
    GoogleCredentials credentials;
    try {
      credentials = GoogleCredentials.getApplicationDefault().createScoped(SCOPE);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--apiKeySecret needs Application Default Credentials ("
              + e.getMessage()
              + "): run `gcloud auth application-default login`, or set"
              + " GOOGLE_APPLICATION_CREDENTIALS; on Dataflow the worker service account is used");
    }
    return access(ENDPOINT, name, credentials, new HttpCaller(TIMEOUT));
  }

  static ApiKey access(
      String endpoint, String name, GoogleCredentials credentials, HttpCaller http) {
    requireVersionName(name);
    String url = endpoint + "/v1/" + name + ":access";
    HttpReply reply;
    try {
      reply = http.get(url, authorization(credentials, url));
    } catch (TranslationException e) {
      throw new IllegalArgumentException(
          "cannot reach Secret Manager to read " + name + ": " + e.getMessage());
    }
    if (!reply.isSuccess()) {
      throw new IllegalArgumentException(redacted(credentials, refusal(name, reply)));
    }
    String origin = "Secret Manager secret " + name;
    return ApiKey.of(payload(reply, origin).strip(), origin);
  }

  private static void requireVersionName(String name) {
    if (name == null || !VERSION_NAME.matcher(name).matches()) {
      // The value is not quoted: a key pasted here by mistake must not reach the logs as well.
      throw new IllegalArgumentException(
          "--apiKeySecret must be a secret version's resource name,"
              + " projects/PROJECT/secrets/SECRET/versions/VERSION (VERSION may be latest), not the"
              + " key itself");
    }
  }

  private static Map<String, String> authorization(GoogleCredentials credentials, String url) {
    try {
      Map<String, String> headers = new HashMap<>();
      credentials
          .getRequestMetadata(URI.create(url))
          .forEach((header, values) -> headers.put(header, values.get(0)));
      return headers;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot get an access token from Application Default Credentials"
              + " to read --apiKeySecret: "
              + e.getClass().getSimpleName());
    }
  }

  private static String refusal(String name, HttpReply reply) {
    ErrorBody body = ErrorBody.of(reply);
    String hint =
        switch (reply.status()) {
          case 401, 403 ->
              "the service account needs roles/secretmanager.secretAccessor on the secret,"
                  + " and the Secret Manager API must be enabled";
          case 404 -> "check the project, secret and version (latest needs an enabled version)";
          default -> "try again later";
        };
    return "Secret Manager refused to read "
        + name
        + ": HTTP "
        + reply.status()
        + " "
        + body.field("status")
        + " "
        + body.message()
        + " -- "
        + hint;
  }

  /** The server's words never quote the payload, but a confused proxy could echo the token. */
  private static String redacted(GoogleCredentials credentials, String message) {
    AccessToken token = credentials.getAccessToken();
    return token == null
        ? message
        : ApiKey.of(token.getTokenValue(), "access token").redact(message);
  }

  /**
   * {@code payload.data} is the secret, base64-encoded; the body is never quoted, it holds the
   * value.
   */
  private static String payload(HttpReply reply, String origin) {
    JsonNode data = Json.parse(reply.body()).path("payload").path("data");
    if (!data.isTextual()) {
      throw new IllegalArgumentException(origin + ": the reply has no payload.data");
    }
    try {
      return new String(Base64.getDecoder().decode(data.asText()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException(origin + ": payload.data is not base64");
    }
  }
}
