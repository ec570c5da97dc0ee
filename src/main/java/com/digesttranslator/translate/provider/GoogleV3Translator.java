package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.UnsupportedLanguageException;
import com.digesttranslator.translate.masking.Glossary;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.provider.http.HttpReply;
import com.digesttranslator.translate.provider.http.Json;
import com.digesttranslator.translate.resilience.Sleeper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.client.http.HttpContent;
import com.google.auth.Retryable;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google Cloud Translation v3 (Advanced): JSON POST to {@code
 * /v3/projects/P/locations/L:translateText}, up to 1,024 texts, authorised by a bearer token from
 * Application Default Credentials. Tokens expire after about an hour, so a 401 refreshes the token
 * and sends the request once more: the only case where one call makes two requests.
 *
 * <p>A {@link Glossary} read from Cloud Storage is applied as a v3 glossary, made from that same
 * {@code gs://} file (v3 takes no other source). Like DeepL's, it is named after a hash of its
 * entries and language pair, found or created once per instance, at launch by {@link #checkReady}.
 * Glossaries live in a region, and requests using one must go to the same region.
 */
public final class GoogleV3Translator implements Translator {

  public static final String DEFAULT_ENDPOINT = "https://translation.googleapis.com";
  public static final String SCOPE = "https://www.googleapis.com/auth/cloud-translation";

  /** 30,000 characters are at most 30,000 code points, the hard limit per request. */
  private static final RequestLimits LIMITS = new RequestLimits(1024, 5000, 30_000);

  /**
   * Where a glossary goes when {@code --model} says {@code global}, where glossaries cannot live.
   */
  static final String GLOSSARY_LOCATION = "us-central1";

  static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

  /** Two minutes: a glossary of a few hundred rows takes seconds, so longer means it is stuck. */
  static final int MAX_POLLS = 60;

  /**
   * Where requests go, from {@code --model}: a project id ({@code my-project}, location {@code
   * global}), a parent ({@code projects/P/locations/L}) or a model ({@code
   * projects/P/locations/L/models/M}). Without it, the credentials' project or {@code
   * GOOGLE_CLOUD_PROJECT}.
   */
  public record Target(String project, String location, String model) {

    private static final Pattern RESOURCE =
        Pattern.compile("projects/([^/]+)/locations/([^/]+)(/models/[^/]+(?:/[^/]+)*)?");

    public static Target parse(
        String option, GoogleCredentials credentials, UnaryOperator<String> getenv) {
      if (option == null || option.isBlank()) {
        return new Target(projectOf(credentials, getenv), "global", null);
      }
      String value = option.trim();
      Matcher resource = RESOURCE.matcher(value);
      if (resource.matches()) {
        return new Target(
            resource.group(1), resource.group(2), resource.group(3) == null ? null : value);
      }
      if (value.contains("/")) {
        throw new IllegalArgumentException(
            "--model for google-v3 must be a project id, "
                + "projects/P/locations/L or projects/P/locations/L/models/M; got "
                + value);
      }
      return new Target(value, "global", null);
    }

    private static String projectOf(GoogleCredentials credentials, UnaryOperator<String> getenv) {
      for (String candidate :
          new String[] {
            credentials.getProjectId(),
            credentials.getQuotaProjectId(),
            getenv.apply("GOOGLE_CLOUD_PROJECT")
          }) {
        if (candidate != null && !candidate.isBlank()) {
          return candidate;
        }
      }
      throw new IllegalArgumentException(
          "google-v3 needs a Google Cloud project: pass --model=PROJECT_ID (or"
              + " projects/P/locations/L[/models/M]) or set GOOGLE_CLOUD_PROJECT");
    }

    String parent() {
      return "projects/" + project + "/locations/" + location;
    }

    /** The same target in a region, as a glossary needs: {@code global} becomes us-central1. */
    Target regional() {
      if (!"global".equals(location)) {
        return this;
      }
      if (model != null) {
        throw new IllegalArgumentException(
            "a google-v3 glossary needs a regional location, but --model "
                + model
                + " is global: pass --model=projects/"
                + project
                + "/locations/"
                + GLOSSARY_LOCATION
                + "/models/...");
      }
      return new Target(project, GLOSSARY_LOCATION, null);
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
  private final Glossary glossary;
  private final Sleeper sleeper;

  /** Whether {@link #glossary} was found or created on Google's side. */
  private boolean glossaryReady;

  public GoogleV3Translator(
      String endpoint,
      LanguagePair pair,
      Target target,
      GoogleCredentials credentials,
      HttpCaller http) {
    this(endpoint, pair, target, credentials, http, Glossary.empty(), Sleeper.REAL);
  }

  /**
   * @param sleeper waits between polls of a glossary's creation
   */
  public GoogleV3Translator(
      String endpoint,
      LanguagePair pair,
      Target target,
      GoogleCredentials credentials,
      HttpCaller http,
      Glossary glossary,
      Sleeper sleeper) {
    requireReadableByGoogle(glossary);
    this.endpoint = endpoint;
    this.pair = pair;
    this.target = glossary.isEmpty() ? target : target.regional();
    this.credentials = credentials;
    this.http = http;
    this.glossary = glossary;
    this.sleeper = sleeper;
  }

  /**
   * Google reads the file itself, takes its format from the name's extension, and documents nothing
   * but rows ("the first row is data"): a comment could become an entry. Refused here, at launch,
   * rather than guessed at.
   */
  private static void requireReadableByGoogle(Glossary glossary) {
    if (glossary.isEmpty()) {
      return;
    }
    if (!glossary.fileName().endsWith(".tsv")) {
      throw new IllegalArgumentException(
          glossary.fileName()
              + ": Google Translate v3 takes the format of a glossary file from its extension, so a"
              + " tab-separated --glossary must end in .tsv");
    }
    if (glossary.firstNonRowLine() > 0) {
      throw new IllegalArgumentException(
          glossary.fileName()
              + ":"
              + glossary.firstNonRowLine()
              + ": Google Translate v3 reads this glossary file itself and accepts only"
              + " term<TAB>translation rows: remove '#' comments and blank lines, or pass a local"
              + " copy (its terms are then masked)");
    }
  }

  /** A translator authorised by Application Default Credentials, which it loads now. */
  public static GoogleV3Translator withApplicationDefaultCredentials(
      String endpoint, LanguagePair pair, String modelOption, HttpCaller http, Glossary glossary) {
    GoogleCredentials credentials;
    try {
      credentials = GoogleCredentials.getApplicationDefault().createScoped(SCOPE);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "google-v3 found no Application Default Credentials ("
              + e.getMessage()
              + "). Run `gcloud auth application-default login`, or set"
              + " GOOGLE_APPLICATION_CREDENTIALS to a service-account key file.");
    }
    return new GoogleV3Translator(
        endpoint,
        pair,
        Target.parse(modelOption, credentials, System::getenv),
        credentials,
        http,
        glossary,
        Sleeper.REAL);
  }

  /** BCP-47 as v3 spells it ({@code ko}, {@code zh-CN}, {@code sr-Latn}). */
  static String v3Code(String bcp47) {
    return Locale.forLanguageTag(bcp47).toLanguageTag();
  }

  @Override
  public List<String> translate(List<String> texts) throws TranslationException {
    String url = endpoint + "/v3/" + target.parent() + ":translateText";
    try {
      ObjectNode body = body(texts);
      if (!glossary.isEmpty()) {
        ensureGlossary();
        // Case as the file's terms are matched when masked: lower-case entries, capitalised at
        // sentence starts.
        body.putObject("glossaryConfig")
            .put("glossary", glossaryResource())
            .put("ignoreCase", true);
      }
      HttpContent content = Json.content(body);
      HttpReply reply = withToken(url, headers -> http.post(url, content, headers));
      if (!reply.isSuccess()) {
        throw GoogleErrors.of(reply);
      }
      // With a glossary, "translations" still holds the text translated as if there were none.
      String list = glossary.isEmpty() ? "translations" : "glossaryTranslations";
      return Json.texts(reply, Json.read(reply).path(list), "translatedText", texts.size());
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

  /** Once per instance; a failure is not remembered, so the next call tries again. */
  private synchronized void ensureGlossary() throws TranslationException {
    if (!glossaryReady) {
      if (!glossaryExists()) {
        createGlossary();
      }
      glossaryReady = true;
    }
  }

  private String glossaryResource() {
    return target.parent()
        + "/glossaries/"
        + glossary.providerName(v3Code(pair.source()), v3Code(pair.target()));
  }

  private boolean glossaryExists() throws TranslationException {
    String url = endpoint + "/v3/" + glossaryResource();
    HttpReply reply = withToken(url, headers -> http.get(url, headers));
    if (reply.status() == 404) {
      return false;
    }
    if (!reply.isSuccess()) {
      throw GoogleErrors.of(reply, "looking up glossary " + glossaryResource() + ": ");
    }
    return true;
  }

  private void createGlossary() throws TranslationException {
    String url = endpoint + "/v3/" + target.parent() + "/glossaries";
    HttpContent content = Json.content(glossaryBody());
    HttpReply reply = withToken(url, headers -> http.post(url, content, headers));
    if (!reply.isSuccess()) {
      throw GoogleErrors.of(reply, "creating glossary " + glossaryResource() + ": ");
    }
    JsonNode done = awaitOperation(reply, Json.read(reply));
    if (done.has("error")) {
      throw new TranslationException(
          ErrorClass.PERMANENT,
          0,
          "creating glossary "
              + glossaryResource()
              + " from "
              + glossary.fileName()
              + " failed: "
              + done.path("error").path("message").asText());
    }
  }

  private ObjectNode glossaryBody() {
    ObjectNode body = Json.object();
    body.put("name", glossaryResource());
    ObjectNode languages = body.putObject("languagePair");
    languages.put("sourceLanguageCode", v3Code(pair.source()));
    languages.put("targetLanguageCode", v3Code(pair.target()));
    body.putObject("inputConfig").putObject("gcsSource").put("inputUri", glossary.fileName());
    return body;
  }

  /** Polls the long-running operation until it is done, for {@link #MAX_POLLS} polls at most. */
  private JsonNode awaitOperation(HttpReply created, JsonNode operation)
      throws TranslationException {
    String name = operation.path("name").asText();
    if (name.isEmpty()) {
      throw new TranslationException(
          ErrorClass.TRANSIENT, created.status(), "malformed reply: no operation name");
    }
    String url = endpoint + "/v3/" + name;
    for (int polls = 0; !operation.path("done").asBoolean(); polls++) {
      if (polls == MAX_POLLS) {
        throw new TranslationException(
            ErrorClass.TRANSIENT,
            0,
            "glossary "
                + glossaryResource()
                + " was still being created after "
                + POLL_INTERVAL.multipliedBy(MAX_POLLS).toSeconds()
                + " s ("
                + name
                + ")");
      }
      pause();
      HttpReply reply = withToken(url, headers -> http.get(url, headers));
      if (!reply.isSuccess()) {
        throw GoogleErrors.of(reply, "waiting for " + name + ": ");
      }
      operation = Json.read(reply);
    }
    return operation;
  }

  private void pause() throws TranslationException {
    try {
      sleeper.sleep(POLL_INTERVAL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TranslationException(
          ErrorClass.TRANSIENT, 0, "interrupted while a glossary was being created");
    }
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
      credentials
          .getRequestMetadata(URI.create(url))
          .forEach((name, values) -> headers.put(name, values.get(0)));
      return headers;
    } catch (IOException e) {
      throw tokenError(e);
    }
  }

  /** The token service says whether its failure is worth retrying; a network error is. */
  private static TranslationException tokenError(IOException e) {
    boolean permanent = e instanceof Retryable retryable && !retryable.isRetryable();
    return new TranslationException(
        permanent ? ErrorClass.AUTH : ErrorClass.TRANSIENT,
        0,
        "cannot get an access token from Application Default Credentials: "
            + e.getClass().getSimpleName()
            + ": "
            + e.getMessage());
  }

  @Override
  public RequestLimits limits() {
    return LIMITS;
  }

  /**
   * Lists the supported languages: free of charge, and it exercises credentials, project and API.
   * Creates the glossary too, so the workers only have to find it.
   */
  @Override
  public void checkReady() throws ProviderSetupException {
    JsonNode languages = supportedLanguages().path("languages");
    require(languages, v3Code(pair.source()), "supportSource", "source");
    require(languages, v3Code(pair.target()), "supportTarget", "target");
    if (!glossary.isEmpty()) {
      requireGlossary();
    }
  }

  private void requireGlossary() throws ProviderSetupException {
    try {
      ensureGlossary();
    } catch (TranslationException e) {
      throw new ProviderSetupException(
          "Google Translate v3 could not provide the glossary for --glossary="
              + glossary.fileName()
              + " ("
              + redacted(e).getMessage()
              + "). Check that the file exists and"
              + " Cloud Translation may read it, and that the credentials may create glossaries"
              + " (roles/cloudtranslate.editor).");
    }
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
      throw new UnsupportedLanguageException(
          "Google Translate v3 cannot use '"
              + code
              + "' as a "
              + role
              + " language. Supported: "
              + String.join(", ", codes)
              + ". Choose another --"
              + role
              + "Language.");
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
      throw new ProviderSetupException(
          "Google Translate v3 check at "
              + endpoint
              + " failed: "
              + redacted(e).getMessage()
              + ". Check --endpoint, the network and Application Default Credentials"
              + " (`gcloud auth application-default login`).");
    }
    throw new ProviderSetupException(
        "Google Translate v3 check for "
            + target.parent()
            + " failed: "
            + redacted(GoogleErrors.of(reply)).getMessage()
            + ". Check that the project is right (--model), the Cloud Translation API is enabled in"
            + " it, and the credentials have roles/cloudtranslate.user.");
  }
}
