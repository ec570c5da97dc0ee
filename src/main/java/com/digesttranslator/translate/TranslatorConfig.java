package com.digesttranslator.translate;

import java.io.Serializable;
import java.time.Duration;

/**
 * Everything needed to build a {@link Translator} on a worker. Holds where to find a secret
 * ({@code apiKeyEnv}, {@code apiKeyFile}, or the Secret Manager resource name {@code apiKeySecret}),
 * never the secret itself, so it is safe to serialize with the pipeline and to show in display data.
 */
public record TranslatorConfig(
    String provider, String endpoint, LanguagePair pair, String model,
    String apiKeyEnv, String apiKeyFile, String apiKeySecret, Duration requestTimeout)
    implements Serializable {}
