package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the built bundles must not hold. Browser code parses JSON with {@code JSON.parse}; the hand-written
 * {@code JsonParser}, which serves the JVM, must not reach any bundle (the page's, the worker's, the on-demand ones).
 */
class BundleContentsTest {
  private static final Path ROOT = Path.of(System.getProperty("jupyterkit.root", ".."));
  /** Error texts of the parser, which Closure keeps verbatim wherever the parser is compiled in. */
  private static final List<String> PARSER_TEXTS = List.of("expected a quoted key", "nested too deeply");

  @Test
  void noBundleHoldsTheJavaJsonParser() throws IOException {
    String parser = Files.readString(
        ROOT.resolve("jupyter-kit-element/src/main/java/io/jupyterkit/json/JsonParser.java"));
    for (String text : PARSER_TEXTS) {
      assertTrue(parser.contains(text), "the parser still says \"" + text + "\" (else update this test)");
    }
    List<Path> bundles;
    try (Stream<Path> files = Files.list(ROOT.resolve("npm/target/package"))) {
      bundles = files.filter(file -> file.toString().endsWith(".js") || file.toString().endsWith(".mjs"))
          .sorted().collect(Collectors.toList());
    }
    List<String> names = bundles.stream().map(file -> file.getFileName().toString()).collect(Collectors.toList());
    assertTrue(names.containsAll(List.of("jupyter-kit.js", "jupyter-kit-worker.js", "jupyter-kit-extras.mjs",
        "jupyter-kit-server.mjs")),
        "the bundles are built: " + names);
    for (Path bundle : bundles) {
      String code = Files.readString(bundle);
      for (String text : PARSER_TEXTS) {
        assertFalse(code.contains(text), bundle.getFileName() + " holds the JSON parser (\"" + text + "\")");
      }
    }
  }
}
