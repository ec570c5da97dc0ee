package com.digesttranslator.testing;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real Apertium APY started for a test on a free loopback port (through {@code
 * pipelines/apy-loopback.py}), stopped on {@link #close()}. Fails with the install command when
 * Apertium is missing, rather than letting a test pass without it.
 */
public final class LocalApertium implements AutoCloseable {
  private static final Path MODES = Path.of("/usr/share/apertium/modes");
  private static final String INSTALL =
      "sudo apt-get install -y apertium apertium-eng-spa apertium-apy";

  private final Process process;
  private final int port;

  private LocalApertium(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static LocalApertium start() throws IOException, InterruptedException {
    if (!Files.exists(MODES.resolve("eng-spa.mode"))) {
      throw new IllegalStateException(
          "Apertium with the English-Spanish pair is not installed (no "
              + MODES.resolve("eng-spa.mode")
              + "). Install it with: "
              + INSTALL);
    }
    int port = freePort();
    File log = File.createTempFile("apy-", ".log");
    Process process =
        new ProcessBuilder(
                "/usr/bin/python3",
                "pipelines/apy-loopback.py",
                "-p",
                Integer.toString(port),
                MODES.toString())
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    LocalApertium apy = new LocalApertium(process, port);
    apy.awaitReady(log.toPath());
    return apy;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void awaitReady(Path log) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "apertium-apy exited: " + Files.readString(log) + "\nIs it installed? " + INSTALL);
      }
      try {
        HttpURLConnection c =
            (HttpURLConnection) URI.create(endpoint() + "/listPairs").toURL().openConnection();
        if (c.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    close();
    throw new IllegalStateException(
        "apertium-apy did not answer within 60 s: " + Files.readString(log));
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** Stops APY and the translation pipelines it spawned, which would outlive it otherwise. */
  @Override
  public void close() {
    List<ProcessHandle> pipelines = process.descendants().toList();
    process.destroy();
    pipelines.forEach(ProcessHandle::destroy);
  }
}
