package com.digesttranslator.translate;

/** The provider cannot be used at all (unreachable, bad key, unsupported languages): exit 2. */
public class ProviderSetupException extends Exception {
  public ProviderSetupException(String message) {
    super(message);
  }
}
