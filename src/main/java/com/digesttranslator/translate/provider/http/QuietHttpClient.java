package com.digesttranslator.translate.provider.http;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.http.client.HttpClient;
import org.apache.http.config.ConnectionConfig;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.HttpConnectionFactory;
import org.apache.http.conn.ManagedHttpClientConnection;
import org.apache.http.conn.routing.HttpRoute;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.conn.DefaultHttpResponseParserFactory;
import org.apache.http.impl.conn.DefaultManagedHttpClientConnection;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/**
 * The Apache HttpClient behind {@link HttpCaller}: Google's default one, except that its
 * connections never log. Apache's own connections write every request header ({@code
 * org.apache.http.headers}) and byte ({@code org.apache.http.wire}) to the log at DEBUG, the {@code
 * Authorization} and {@code X-Goog-Api-Key} headers included; turning DEBUG on to diagnose a
 * provider must not put the key into a log, whichever logging backend runs the job.
 */
final class QuietHttpClient {

  /**
   * Google HTTP Client logs requests, headers included, to this java.util.logging logger; the
   * requests of {@link HttpCaller} switch that off one by one, this for any other. Held here so
   * that the level is not lost with a garbage-collected logger.
   */
  private static final Logger GOOGLE_HTTP_LOG = Logger.getLogger(HttpTransport.class.getName());

  private static final AtomicLong CONNECTIONS = new AtomicLong();

  static {
    GOOGLE_HTTP_LOG.setLevel(Level.OFF);
  }

  private QuietHttpClient() {}

  /** Pooled like Google's default (200 connections, 20 per host), no retries, no redirects. */
  static HttpClient create() {
    PoolingHttpClientConnectionManager connections =
        new PoolingHttpClientConnectionManager(
            RegistryBuilder.<ConnectionSocketFactory>create()
                .register("http", PlainConnectionSocketFactory.getSocketFactory())
                .register("https", SSLConnectionSocketFactory.getSocketFactory())
                .build(),
            silentConnections());
    connections.setMaxTotal(200);
    connections.setDefaultMaxPerRoute(20);
    return ApacheHttpTransport.newDefaultHttpClientBuilder()
        .setConnectionManager(connections)
        .addInterceptorFirst(RequestDeadline.interceptor())
        .build();
  }

  /** What Apache's default connection factory makes, without its logging wrapper. */
  private static HttpConnectionFactory<HttpRoute, ManagedHttpClientConnection> silentConnections() {
    return (route, config) -> {
      ConnectionConfig settings = config == null ? ConnectionConfig.DEFAULT : config;
      return new DefaultManagedHttpClientConnection(
          "http-outgoing-" + CONNECTIONS.getAndIncrement(),
          settings.getBufferSize(),
          settings.getFragmentSizeHint(),
          null,
          null,
          settings.getMessageConstraints(),
          null,
          null,
          null,
          DefaultHttpResponseParserFactory.INSTANCE);
    };
  }
}
