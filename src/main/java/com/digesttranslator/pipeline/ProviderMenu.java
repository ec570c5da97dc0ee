package com.digesttranslator.pipeline;

import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.provider.LanguageSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The providers that translate a language pair, each with a command a user can paste, for the
 * start-up message of a run that names no usable provider. The commands keep the user's input,
 * output, glossary and cache, add the bundled glossary for the pair when there is one, and give the
 * cache a fixed place so that every later run, whatever its output, reuses what this one paid.
 */
final class ProviderMenu {

  private record Choice(String provider, String service, String setUp, String flags) {}

  /** Quickest to set up first; a provider may appear twice (OpenAI and a local Ollama). */
  private static final List<Choice> CHOICES =
      List.of(
          new Choice(
              "deepl",
              "DeepL API (the Free plan translates 500,000 characters a month)",
              "export DEEPL_API_KEY=YOUR_KEY",
              "--provider=deepl --apiKeyEnv=DEEPL_API_KEY"),
          new Choice(
              "openai",
              "OpenAI",
              "export OPENAI_API_KEY=YOUR_KEY",
              "--provider=openai --model=gpt-4o-mini --apiKeyEnv=OPENAI_API_KEY"),
          new Choice(
              "openai",
              "a local model with Ollama, no key",
              "ollama pull gemma3:12b && ollama serve",
              "--provider=openai --endpoint=http://localhost:11434 --model=gemma3:12b"
                  + " --maxConcurrentRequests=1 --requestTimeoutSeconds=300"),
          new Choice(
              "google",
              "Google Cloud Translation v2, API key",
              "export GOOGLE_API_KEY=YOUR_KEY",
              "--provider=google --apiKeyEnv=GOOGLE_API_KEY"),
          new Choice(
              "google-v3",
              "Google Cloud Translation v3, your Google Cloud credentials",
              "gcloud auth application-default login",
              "--provider=google-v3 --model=YOUR_GCP_PROJECT"),
          new Choice(
              "papago",
              "Naver Papago",
              "export PAPAGO_CREDENTIALS=CLIENT_ID:CLIENT_SECRET",
              "--provider=papago --apiKeyEnv=PAPAGO_CREDENTIALS"),
          new Choice(
              "libretranslate",
              "LibreTranslate on this machine",
              "libretranslate --load-only %s,%s",
              "--provider=libretranslate --endpoint=http://localhost:5000"),
          new Choice(
              "apertium",
              "Apertium APY on this machine, with the %s -> %s pair installed",
              "apertium-apy -p 2737 /usr/share/apertium/modes",
              "--provider=apertium --endpoint=http://localhost:2737"));

  private final DigestTranslatorOptions options;
  private final LanguagePair pair;

  ProviderMenu(DigestTranslatorOptions options) {
    this.options = options;
    this.pair = new LanguagePair(options.getSourceLanguage(), options.getTargetLanguage());
  }

  /** "en -> ko (Korean)" */
  String pairName() {
    return pair.source()
        + " -> "
        + pair.target()
        + " ("
        + Locale.forLanguageTag(pair.target()).getDisplayName(Locale.ENGLISH)
        + ")";
  }

  /** The menu without {@code excluded}, the provider that just turned out not to have the pair. */
  String text(String excluded) {
    StringBuilder documented = new StringBuilder();
    StringBuilder askProvider = new StringBuilder();
    for (Choice choice : CHOICES) {
      if (choice.provider().equals(excluded)) {
        continue;
      }
      switch (LanguageSupport.of(choice.provider(), pair)) {
        case DOCUMENTED -> append(documented, choice);
        case ASK_PROVIDER -> append(askProvider, choice);
        case NONE -> {}
      }
    }
    if (!askProvider.isEmpty()) {
      documented
          .append("Only if the provider offers ")
          .append(pair.source())
          .append(" -> ")
          .append(pair.target())
          .append(" (its start-up check asks it):\n")
          .append(askProvider);
    }
    return documented.append("More in docs/providers.md.").toString();
  }

  private void append(StringBuilder menu, Choice choice) {
    String source = language(pair.source());
    String target = language(pair.target());
    menu.append("  ")
        .append(choice.provider())
        .append(": ")
        .append(String.format(choice.service(), source, target))
        .append('\n')
        .append("    ")
        .append(String.format(choice.setUp(), source, target))
        .append('\n')
        .append("    ")
        .append(command(choice.flags()))
        .append('\n');
  }

  private String command(String flags) {
    String input = options.getInput() == null ? "data/digests/*.txt" : options.getInput();
    String output = options.getOutput() == null ? "out/" + pair.target() : options.getOutput();
    StringBuilder command =
        new StringBuilder("java -jar target/digest-translator.jar")
            .append(" --input=")
            .append(quoted(input))
            .append(" --output=")
            .append(quoted(output))
            .append(' ')
            .append(flags);
    if (!"en".equals(pair.source())) {
      command.append(" --sourceLanguage=").append(pair.source());
    }
    command.append(" --targetLanguage=").append(pair.target());
    String glossary = options.getGlossary() != null ? options.getGlossary() : bundledGlossary();
    if (glossary != null) {
      command.append(" --glossary=").append(quoted(glossary));
    }
    String cache = options.getCacheDir() != null ? options.getCacheDir() : "cache/" + pair.target();
    return command.append(" --cacheDir=").append(quoted(cache)).toString();
  }

  /** The glossary this repository ships for the pair, if the command runs where it is. */
  private String bundledGlossary() {
    String path =
        "data/glossary/" + language(pair.source()) + "-" + language(pair.target()) + ".tsv";
    return Files.isRegularFile(Path.of(path)) ? path : null;
  }

  private static String language(String bcp47) {
    return Locale.forLanguageTag(bcp47).getLanguage();
  }

  private static String quoted(String value) {
    return value.matches("[A-Za-z0-9_./:=@%+,-]+")
        ? value
        : "'" + value.replace("'", "'\\''") + "'";
  }
}
