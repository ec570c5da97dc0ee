package com.digesttranslator.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.client.http.HttpContent;
import com.google.auth.Retryable;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google Cloud Translation v3 (Advanced): JSON POST to
 * {@code /v3/projects/P/locations/L:translateText}, up to 1,024 texts, authorised by a bearer
 * token from Application Default Credentials. Tokens expire after about an hour, so a 401 refreshes
 * the token and sends the request once more: the only case where one call makes two requests.
 */
public final class GoogleV3Translator implements Translator {

  public static final String DEFAULT_ENDPOINT = "https://translation.googleapis.com";
  public static final String SCOPE = "https://www.googleapis.com/auth/cloud-translation";

  /** 30,000 characters are at most 30,000 code points, the hard limit per request. */
  private static final RequestLimits LIMITS = new RequestLimits(1024, 5000, 30_000);

  /**
   * Where requests go, from {@code --model}: a project id ({@code my-project}, location
   * {@code global}), a parent ({@code projects/P/locations/L}) or a model
   * ({@code projects/P/locations/L/models/M}). Without it, the credentials' project or
   * {@code GOOGLE_CLOUD_PROJECT}.
   */
  public record Target(String project, String location, String model) {

    private static final Pattern RESOURCE =
        Pattern.compile("projects/([^/]+)/locations/([^/]+)(/models/[^/]+(?:/[^/]+)*)?");

    public static Target parse(String option, GoogleCredentials credentials, UnaryOperator<String> getenv) {
      if (option == null || option.isBlank()) {
        return new Target(projectOf(credentials, getenv), "global", null);
      }
      String value = option.trim();
      Matcher resource = RESOURCE.matcher(value);
      if (resource.matches()) {
        return new Target(resource.group(1), resource.group(2), resource.group(3) == null ? null : value);
      }
      if (value.contains("/")) {
        throw new IllegalArgumentException("--model for google-v3 must be a project id, "
            + "projects/P/locations/L or projects/P/locations/L/models/M; got " + value);
      }
      return new Target(value, "global", null);
    }

    private static String projectOf(GoogleCredentials credentials, UnaryOperator<String> getenv) {
      for (String candidate : new String[] {
          credentials.getProjectId(), credentials.getQuotaProjectId(), getenv.apply("GOOGLE_CLOUD_PROJECT")}) {
        if (candidate != null && !candidate.isBlank()) {
          return candidate;
        }
      }
      throw new IllegalArgumentException("google-v3 needs a Google Cloud project: pass"
          + " --model=PROJECT_ID (or projects/P/locations/L[/models/M]) or set GOOGLE_CLOUD_PROJECT");
    }

    String parent() {
      return "projects/" + project + "/locations/" + location;
    }
  }

  @FunctionalInterface
  private interface Request {
    HttpReply send(Map<String, String> headers) throws TranslationException;
  }

  private final String endpoint;
  private final LanguagePair pair;
  private final Target target;
  private final GoogleCredentials credentials;
  private final HttpCaller http;

  public GoogleV3Translator(
      String endpoint, LanguagePair pair, Target target, GoogleCredentials credentials, HttpCaller http) {
    this.endpoint = endpoint;
    this.pair = pair;
    this.target = target;
    this.credentials = credentials;
    this.http = http;
  }

  /** A translator authorised by Application Default Credentials, which it loads now. */
  public static GoogleV3Translator withApplicationDefaultCredentials(
      String endpoint, LanguagePair pair, String modelOption, HttpCaller http) {
    GoogleCredentials credentials;
    try {
      credentials = GoogleCredentials.getApplicationDefault().createScoped(SCOPE);
    } catch (IOException e) {
      throw new IllegalArgumentException("google-v3 found no Application Default Credentials ("
          + e.getMessage() + "). Run `gcloud auth application-default login`, or set"
          + " GOOGLE_APPLICATION_CREDENTIALS to a service-account key file.");
    }
    return new GoogleV3Translator(
        endpoint, pair, Target.parse(modelOption, credentials, System::getenv), credentials, http);
  }

  /** BCP-47 as v3 spells it ({@code ko}, {@code zh-CN}, {@code sr-Latn}). */
  static String v3Code(String bcp47) {
    return Locale.forLanguageTag(bcp47).toLanguageTag();
  }

  @Override
  public List<String> translate(List<String> texts) throws TranslationException {
    String url = endpoint + "/v3/" + target.parent() + ":translateText";
    HttpContent content = Json.content(body(texts));
    try {
      HttpReply reply = withToken(url, headers -> http.post(url, content, headers));
      if (!reply.isSuccess()) {
        throw GoogleErrors.of(reply);
      }
      // A glossary reply adds "glossaryTranslations"; without a glossary configured, "translations" is the text.
      return Json.texts(reply, Json.read(reply).path("translations"), "translatedText", texts.size());
    } catch (TranslationException e) {
      throw redacted(e);
    }
  }

  /** The bearer token is as secret as an API key. */
  private TranslationException redacted(TranslationException e) {
    AccessToken token = credentials.getAccessToken();
    return token == null ? e : ApiKey.of(token.getTokenValue(), "access token").redact(e);
  }

  private ObjectNode body(List<String> texts) {
    ObjectNode body = Json.object();
    texts.forEach(body.putArray("contents")::add);
    body.put("sourceLanguageCode", v3Code(pair.source()));
    body.put("targetLanguageCode", v3Code(pair.target()));
    body.put("mimeType", "text/plain");
    if (target.model() != null) {
      body.put("model", target.model());
    }
    return body;
  }

  private HttpReply withToken(String url, Request request) throws TranslationException {
    HttpReply reply = request.send(authHeaders(url));
    if (reply.status() != 401) {
      return reply;
    }
    try {
      credentials.refresh();
    } catch (IOException e) {
      throw tokenError(e);
    }
    return request.send(authHeaders(url));
  }

  private Map<String, String> authHeaders(String url) throws TranslationException {
    try {
      Map<String, String> headers = new HashMap<>();
      credentials.getRequestMetadata(URI.create(url))
          .forEach((name, values) -> headers.put(name, values.get(0)));
      return headers;
    } catch (IOException e) {
      throw tokenError(e);
    }
  }

  /** The token service says whether its failure is worth retrying; a network error is. */
  private static TranslationException tokenError(IOException e) {
    boolean permanent = e instanceof Retryable retryable && !retryable.isRetryable();
    return new TranslationException(permanent ? ErrorClass.AUTH : ErrorClass.TRANSIENT, 0,
        "cannot get an access token from Application Default Credentials: "
            + e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  @Override
  public RequestLimits limits() {
    return LIMITS;
  }

  /** Lists the supported languages: free of charge, and it exercises credentials, project and API. */
  @Override
  public void checkReady() throws ProviderSetupException {
    JsonNode languages = supportedLanguages().path("languages");
    require(languages, v3Code(pair.source()), "supportSource", "source");
    require(languages, v3Code(pair.target()), "supportTarget", "target");
  }

  private static void require(JsonNode languages, String code, String flag, String role)
      throws ProviderSetupException {
    List<String> codes = new ArrayList<>();
    for (JsonNode language : languages) {
      if (language.path(flag).asBoolean()) {
        codes.add(language.path("languageCode").asText());
      }
    }
    if (!codes.contains(code)) {
      throw new ProviderSetupException("Google Translate v3 cannot use '" + code + "' as a " + role
          + " language. Supported: " + String.join(", ", codes) + ". Choose another --" + role + "Language.");
    }
  }

  private JsonNode supportedLanguages() throws ProviderSetupException {
    String url = endpoint + "/v3/" + target.parent() + "/supportedLanguages";
    HttpReply reply;
    try {
      reply = withToken(url, headers -> http.get(url, headers));
      if (reply.isSuccess()) {
        return Json.read(reply);
      }
    } catch (TranslationException e) {
      throw new ProviderSetupException("Google Translate v3 check at " + endpoint + " failed: "
          + redacted(e).getMessage()
          + ". Check --endpoint, the network and Application Default Credentials"
          + " (`gcloud auth application-default login`).");
    }
    throw new ProviderSetupException("Google Translate v3 check for " + target.parent() + " failed: "
        + redacted(GoogleErrors.of(reply)).getMessage() + ". Check that the project is right (--model), the"
        + " Cloud Translation API is enabled in it, and the credentials have roles/cloudtranslate.user.");
  }
}
