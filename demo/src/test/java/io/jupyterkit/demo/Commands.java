package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the package tools (npm, node scripts) the packaging tests drive, as a person would in a shell. */
final class Commands {
  static final Path ROOT = Path.of(System.getProperty("jupyterkit.root", "..")).toAbsolutePath().normalize();
  /** The npm package as the build lays it out. */
  static final Path PACKAGE = ROOT.resolve("npm/target/package");

  private Commands() {}

  /** What a command printed (standard output and error together) and how it ended. */
  record Result(int exitCode, String output) {
    @Override
    public String toString() {
      return "exit " + exitCode + ":\n" + output;
    }
  }

  /** Runs {@code command} in {@code directory}, waiting up to {@code minutes} for it to end. */
  static Result run(Path directory, int minutes, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile()).redirectErrorStream(true)
        .start();
    process.getOutputStream().close();
    // Read while it runs: a full pipe would block the command.
    byte[][] output = new byte[1][];
    Thread reader = new Thread(() -> {
      try {
        output[0] = process.getInputStream().readAllBytes();
      } catch (IOException e) {
        output[0] = ("(output unreadable: " + e + ")").getBytes(StandardCharsets.UTF_8);
      }
    });
    reader.start();
    boolean ended = process.waitFor(minutes, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    reader.join();
    assertTrue(ended, String.join(" ", command) + " ended within " + minutes + " min");
    return new Result(process.exitValue(), new String(output[0], StandardCharsets.UTF_8));
  }

  /** Packs the package into {@code folder} with {@code npm pack}; returns the tarball. */
  static Path pack(Path folder) throws IOException, InterruptedException {
    Result pack = run(PACKAGE, 5, "npm", "pack", "--pack-destination", folder.toString(), "--loglevel=error");
    assertEquals(0, pack.exitCode(), pack.toString());
    return folder.resolve(pack.output().strip().lines().reduce((first, second) -> second).orElseThrow());
  }

  /** A tool installed by demo's npm install (demo/package.json), e.g. {@code typescript/bin/tsc}. */
  static String demoModule(String path) {
    return ROOT.resolve("demo/node_modules").resolve(path).toString();
  }
}
