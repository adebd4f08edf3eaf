package io.jupyterkit.demo;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packages the browser tests install, served under {@code /test-packages/}: wheels of the STAND-INs for matplotlib
 * and micropip (executor-pyodide/worker/src/test/python/standins, see its README: the real ones cannot be had
 * offline), and per Pyodide version a copy of Pyodide's own lock file in which those two entries point at them.
 * Every other entry stays as Pyodide ships it, so numpy is listed but its wheel is absent, as on any offline copy.
 */
final class TestPackages {
  static final String URL_PREFIX = "/test-packages/";

  private TestPackages() {}

  /** Writes the wheels and a {@code lock-<folder>.json} for each Pyodide folder; returns the folder to serve. */
  static Path write(Path root) {
    try {
      Path out = root.resolve("demo/target/test-packages");
      Files.createDirectories(out);
      Path standIns = root.resolve("executor-pyodide/worker/src/test/python/standins");
      JsonObject matplotlib = wheel(standIns, "matplotlib", "0.0.1", out, List.of("matplotlib"));
      JsonObject micropip = wheel(standIns, "micropip", "0.0.1", out, List.of("micropip"));
      for (String pyodide : List.of("pyodide", "pyodide-314")) {
        Path lockPath = root.resolve("demo/node_modules").resolve(pyodide).resolve("pyodide-lock.json");
        JsonObject lock = JsonParser.parse(Files.readString(lockPath)).asObject();
        lock.getObject("packages").put("matplotlib", matplotlib).put("micropip", micropip);
        Files.writeString(out.resolve("lock-" + pyodide + ".json"), JsonWriter.write(lock));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Packs a stand-in folder as a pure-Python wheel and returns its lock entry. */
  private static JsonObject wheel(Path standIns, String name, String version, Path out, List<String> imports)
      throws IOException {
    String fileName = name + "-" + version + "-py3-none-any.whl";
    String distInfo = name + "-" + version + ".dist-info/";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
         Stream<Path> files = Files.walk(standIns.resolve(name))) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".py")).sorted()
          .toList()) {
        put(zip, standIns.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
      put(zip, distInfo + "METADATA", ("Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version
          + "\nSummary: STAND-IN for tests, not the real package\n").getBytes(StandardCharsets.UTF_8));
      put(zip, distInfo + "WHEEL", "Wheel-Version: 1.0\nGenerator: jupyter-kit tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
          .getBytes(StandardCharsets.UTF_8));
      put(zip, distInfo + "RECORD", new byte[0]);
    }
    Files.write(out.resolve(fileName), bytes.toByteArray());
    return new JsonObject()
        .put("name", name)
        .put("version", version)
        .put("file_name", URL_PREFIX + fileName)
        .put("install_dir", "site")
        .put("sha256", sha256(bytes.toByteArray()))
        .put("package_type", "package")
        .put("imports", JsonArray.ofStrings(imports))
        .put("depends", new JsonArray())
        .put("shared_library", false)
        .put("unvendored_tests", false);
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(0);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
