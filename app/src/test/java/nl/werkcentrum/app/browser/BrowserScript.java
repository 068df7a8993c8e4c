package nl.werkcentrum.app.browser;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a Playwright script of src/test/browser in Debian's Chromium against the app under test.
 * Browser tests are skipped without Chromium or the scripts' node_modules, unless
 * -Dwerkcentrum.require-browser=true (as in CI), which makes that a failure.
 */
final class BrowserScript {

  static final Path SCRIPTS = Path.of("src", "test", "browser");
  static final Path ARTIFACTS = Path.of("target", "browser-artifacts");

  private BrowserScript() {
  }

  /** Call from a {@code @BeforeAll}: skips (or, in CI, fails) where the browser cannot run. */
  static void vereist() {
    boolean available = Files.isExecutable(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
        && Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("playwright-core"));
    if (!available && Boolean.getBoolean("werkcentrum.require-browser")) {
      throw new IllegalStateException("Chromium or the browser tests' node_modules are missing "
          + "(apt-get install chromium; npm --prefix app/src/test/browser ci)");
    }
    Assumptions.assumeTrue(available, "no Chromium or node_modules for the browser tests");
  }

  /** The screenshot folder, as the scripts take it. */
  static String artifacts() {
    return ARTIFACTS.toAbsolutePath().toString();
  }

  /** Runs {@code node script <base-url> args...} and fails with the script's output unless it exits 0. */
  static void run(int port, String script, String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 3];
    command[0] = "node";
    command[1] = script;
    command[2] = "http://localhost:" + port;
    System.arraycopy(args, 0, command, 3, args.length);
    Process node = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
    boolean finished = node.waitFor(4, TimeUnit.MINUTES);
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      node.destroyForcibly();
    }
    assertThat(finished && node.exitValue() == 0).as(script + ": " + output).isTrue();
  }
}
