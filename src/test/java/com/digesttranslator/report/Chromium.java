package com.digesttranslator.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Drives the Debian {@code chromium} package headless, without a WebDriver dependency: one process
 * per page, a fresh profile each time, no network or background services.
 */
final class Chromium {
  /** A guard against a hung browser, not a performance expectation. */
  private static final long GIVE_UP_SECONDS = 180;

  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /**
   * Fails (never skips) when the browser is missing: CI installs it, so its absence is a setup bug.
   */
  static Chromium find() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "chromium");
      if (Files.isExecutable(candidate)) {
        return new Chromium(candidate);
      }
    }
    return fail(
        "Chromium is not installed. Install it with: apt-get install -y chromium "
            + "(pipelines/install-deps.sh does this; pipelines/test.sh and CI run it)");
  }

  /** The page's DOM as the browser built it, serialized. */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()), "dump-dom");
  }

  void screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    run(
        List.of(
            "--screenshot=" + png.toAbsolutePath(),
            "--window-size=" + width + "," + height,
            "--hide-scrollbars",
            page.toUri().toString()),
        "screenshot");
  }

  private String run(List<String> args, String what) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    Path stdout = profile.resolveSibling(profile.getFileName() + ".out");
    Path stderr = profile.resolveSibling(profile.getFileName() + ".err");
    try {
      Process process =
          new ProcessBuilder(command(profile, args))
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      if (!process.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        fail(
            "chromium --" + what + " did not finish in " + GIVE_UP_SECONDS + " s: " + tail(stderr));
      }
      if (process.exitValue() != 0) {
        fail("chromium --" + what + " exited with " + process.exitValue() + ": " + tail(stderr));
      }
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      deleteTree(profile);
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  private List<String> command(Path profile, List<String> args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
    command.addAll(args);
    return command;
  }

  private static String tail(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return text.substring(Math.max(0, text.length() - 2000));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
