package com.digesttranslator.translate;

import java.io.Serializable;

/** Source and target as BCP-47 codes ({@code en}, {@code ko}); providers map them to their own. */
public record LanguagePair(String source, String target) implements Serializable {}
