package com.digesttranslator.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A server that answers every HTTP request by running {@link Reply} on the raw socket: for replies
 * no well-behaved server library sends (a trickle of bytes, a body without end, a gzip bomb). Stops
 * its connections when closed.
 */
public final class RawHttpServer implements AutoCloseable {

  /** Writes the whole reply, status line included; may block or sleep between writes. */
  @FunctionalInterface
  public interface Reply {
    void write(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "raw-http-server");
            thread.setDaemon(true);
            return thread;
          });

  public RawHttpServer(Reply reply) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(
        () -> {
          while (!socket.isClosed()) {
            try {
              Socket connection = socket.accept();
              threads.execute(() -> serve(connection, reply));
            } catch (IOException e) {
              return;
            }
          }
        });
  }

  private static void serve(Socket connection, Reply reply) {
    try (connection) {
      skipRequestHead(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      reply.write(out);
      out.flush();
    } catch (IOException | InterruptedException e) {
      // The client gave up: that is what most tests here wait for.
    }
  }

  /**
   * Reads up to the blank line after the headers; the tests' requests have small bodies, if any.
   */
  private static void skipRequestHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        return;
      }
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
  }
}
