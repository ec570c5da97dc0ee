package com.digesttranslator.translate;

/**
 * The provider answered, but does not translate the requested language pair: another provider may,
 * so the caller can list those that do.
 */
public class UnsupportedLanguageException extends ProviderSetupException {
  public UnsupportedLanguageException(String message) {
    super(message);
  }
}
