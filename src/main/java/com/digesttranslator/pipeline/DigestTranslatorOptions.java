package com.digesttranslator.pipeline;

import com.digesttranslator.pipeline.shard.TranslateAbstracts;
import java.util.UUID;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Hidden;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Command-line options of the digest translation job. */
public interface DigestTranslatorOptions extends PipelineOptions {

  @Description(
      "Digest files to translate: one or more globs, comma-separated (local paths, gs://, s3://)."
          + " Example: --input='data/digests/*.txt'")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description(
      "Output directory: translated digests go to OUTPUT/digests/, plus OUTPUT/failures.jsonl"
          + " and OUTPUT/summary.json. Nothing is written outside it.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description(
      "Output formats, comma-separated: txt (the translated digest, OUTPUT/digests/), md (a"
          + " Markdown page per week, OUTPUT/markdown/), json (a JSON document per week,"
          + " OUTPUT/json/).")
  @Default.String("txt")
  String getFormats();

  void setFormats(String value);

  @Description(
      "Translation provider, required: apertium (local Apertium APY), libretranslate, openai (any"
          + " OpenAI-compatible chat API: OpenAI, vLLM, Ollama, llama.cpp), deepl, google (Cloud"
          + " Translation v2, API key), google-v3 (Application Default Credentials), papago. Run"
          + " without it to see which ones translate into --targetLanguage, with a ready command"
          + " for each. See docs/providers.md.")
  @Validation.Required
  String getProvider();

  void setProvider(String value);

  @Description(
      "Provider base URL. Default per provider: apertium http://localhost:2737, libretranslate"
          + " http://localhost:5000, openai https://api.openai.com, deepl"
          + " https://api-free.deepl.com for keys ending ':fx' else https://api.deepl.com, google"
          + " and google-v3 https://translation.googleapis.com, papago"
          + " https://papago.apigw.ntruss.com.")
  String getEndpoint();

  void setEndpoint(String value);

  @Description("Language of the original abstracts (BCP-47 code).")
  @Default.String("en")
  String getSourceLanguage();

  void setSourceLanguage(String value);

  @Description(
      "Language to translate into (BCP-47 code): ko writes '## 초록 (Korean)' sections,"
          + " es writes '## Resumen (Spanish)'.")
  @Default.String("ko")
  String getTargetLanguage();

  void setTargetLanguage(String value);

  /** Kept across the job by {@link TranslateAbstracts}, which explains how. */
  @Description("Most requests in flight to the provider across the whole job (all workers).")
  @Default.Integer(4)
  int getMaxConcurrentRequests();

  void setMaxConcurrentRequests(int value);

  @Description(
      "Most requests per piece of text, first attempt included, before it is reported as failed.")
  @Default.Integer(5)
  int getMaxAttempts();

  void setMaxAttempts(int value);

  @Description("Connect and read timeout of one request, in seconds.")
  @Default.Integer(60)
  int getRequestTimeoutSeconds();

  void setRequestTimeoutSeconds(int value);

  @Description(
      "Chat model for openai (required, e.g. gpt-4o-mini or qwen2.5:7b); for google-v3 the Google"
          + " Cloud project id, projects/P/locations/L, or a model"
          + " projects/P/locations/L/models/M.")
  String getModel();

  void setModel(String value);

  @Description(
      "Name of the environment variable holding the API key (the key itself is never an option)."
          + " For papago the value is CLIENT_ID:CLIENT_SECRET; google-v3 takes none.")
  String getApiKeyEnv();

  void setApiKeyEnv(String value);

  @Description(
      "Path of a file holding the API key (the key itself is never an option)."
          + " For papago the content is CLIENT_ID:CLIENT_SECRET; google-v3 takes none.")
  String getApiKeyFile();

  void setApiKeyFile(String value);

  @Description(
      "Secret Manager secret version holding the API key, read where the job runs (on Dataflow by"
          + " the worker service account): projects/P/secrets/S/versions/latest. Its name, never"
          + " the key: options are shown in the Dataflow console.")
  String getApiKeySecret();

  void setApiKeySecret(String value);

  @Description(
      "Glossary TSV (term<TAB>fixed translation, # comments), local or gs://, e.g."
          + " data/glossary/en-ko.tsv. deepl (and google-v3 with a gs:// file without comments) use"
          + " it as their native glossary; for the others the terms are replaced by their fixed"
          + " translation around the provider.")
  String getGlossary();

  void setGlossary(String value);

  @Description(
      "Text file (local or gs://) whose content replaces the instructions the openai provider sends"
          + " as its system prompt; the rule to copy placeholder tokens such as ZX1Z is always"
          + " added. Default: a translator prompt for the language pair (for ko: the plain academic"
          + " style, names in Latin script, Korean only).")
  String getPromptFile();

  void setPromptFile(String value);

  @Description(
      "Extra names never to translate, comma-separated (model and benchmark names such as"
          + " STEP3-VL-10B or MMBench are already protected by default, as are URLs, math, code and"
          + " arXiv ids).")
  String getKeepTerms();

  void setKeepTerms(String value);

  @Description(
      "Directory of the translation cache (local or gs://). Default: OUTPUT/cache. A re-run with"
          + " the same provider, model and languages requests nothing an earlier run already"
          + " obtained.")
  String getCacheDir();

  void setCacheDir(String value);

  @Description(
      "Weeks to process: single ISO weeks and inclusive ranges, comma-separated, e.g."
          + " 2024-W01..2025-W52,2026-W03; 'last' is the last complete ISO week (UTC), fixed when"
          + " the run starts. Default: every week. Applied before any request.")
  String getWeeks();

  void setWeeks(String value);

  @Description(
      "Parse everything and print what a real run would do (files, weeks, abstracts to translate"
          + " and to reuse, characters, requests, estimated cost) without calling the provider or"
          + " writing digests.")
  @Default.Boolean(false)
  boolean getDryRun();

  void setDryRun(boolean value);

  @Description(
      "Price per million source characters, for the dry run's cost estimate (e.g. 20 for DeepL"
          + " Pro).")
  @Default.Double(0.0)
  double getPricePerMillionChars();

  void setPricePerMillionChars(double value);

  @Description(
      "Largest input file read, in bytes. A bigger one is reported as a bad_file"
          + " without being read, so a stray file cannot exhaust memory (real digests are about"
          + " 20 KB).")
  @Default.Integer(10_000_000)
  int getMaxFileBytes();

  void setMaxFileBytes(int value);

  @Description(
      "Longest original abstract translated, in characters. A longer one is reported as a format"
          + " failure with its file and line instead of becoming many paid requests (the longest in"
          + " 117 real weeks has 1,919).")
  @Default.Integer(20_000)
  int getMaxAbstractChars();

  void setMaxAbstractChars(int value);

  @Description(
      "Cloud Storage path of the Flex Template spec this job was launched from: on"
          + " Dataflow, the retry command becomes the matching 'gcloud dataflow flex-template run'."
          + " Default: $"
          + TemplateFileFromImage.VARIABLE
          + ", which build-flex-template.sh sets in"
          + " the launcher image.")
  @Default.InstanceFactory(TemplateFileFromImage.class)
  String getTemplateFile();

  void setTemplateFile(String value);

  /** The template spec the launcher image was built for, if it says so. */
  class TemplateFileFromImage implements DefaultValueFactory<String> {
    static final String VARIABLE = "DIGEST_TRANSLATOR_TEMPLATE";

    @Override
    public String create(PipelineOptions options) {
      return System.getenv(VARIABLE);
    }
  }

  @Description(
      "The command line that started this run, shown in the report as the way to retry what"
          + " failed.")
  @Hidden
  @Default.String("java -jar target/digest-translator.jar ...")
  String getCommandLine();

  void setCommandLine(String value);

  @Description("Identifies this run, so all threads of a worker share one circuit breaker.")
  @Hidden
  @Default.InstanceFactory(RandomRunId.class)
  String getRunId();

  void setRunId(String value);

  /** A fresh id per run. */
  class RandomRunId implements DefaultValueFactory<String> {
    @Override
    public String create(PipelineOptions options) {
      return UUID.randomUUID().toString();
    }
  }
}
