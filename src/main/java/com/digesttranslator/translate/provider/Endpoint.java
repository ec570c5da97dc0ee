package com.digesttranslator.translate.provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An {@code --endpoint} written one way: as the base URL a provider appends its paths to, and as
 * the server it names, for the translation cache's key.
 */
public final class Endpoint {
  private Endpoint() {}

  /** Without surrounding spaces or trailing slashes, so {@code base + "/translate"} is one URL. */
  static String base(String endpoint) {
    return stripSlashes(endpoint.trim());
  }

  /**
   * The server an endpoint names, written one way: scheme and host lower-cased, default port, user
   * info and trailing slashes dropped ({@code HTTP://LocalHost:80/v1/} is {@code
   * http://localhost/v1}). An unset endpoint stays empty: the provider's default server.
   */
  public static String canonical(String endpoint) {
    if (endpoint == null || endpoint.isBlank()) {
      return "";
    }
    String trimmed = endpoint.trim();
    try {
      URI uri = new URI(trimmed);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return stripSlashes(trimmed);
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      boolean defaultPort =
          uri.getPort() == -1
              || uri.getPort() == 80 && scheme.equals("http")
              || uri.getPort() == 443 && scheme.equals("https");
      String path = uri.getRawPath() == null ? "" : stripSlashes(uri.getRawPath());
      return scheme
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (defaultPort ? "" : ":" + uri.getPort())
          + path
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return stripSlashes(trimmed);
    }
  }

  private static String stripSlashes(String s) {
    return s.replaceAll("/+$", "");
  }
}
