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

  /** {@code eval(} or {@code new Function}, as a call or a reference: code compiled from strings. */
  private static final java.util.regex.Pattern STRING_CODE =
      java.util.regex.Pattern.compile("(?<![\\w$.])eval\\s*\\(|new\\s+Function\\b|\\bFunction\\s*\\(");

  /**
   * Nothing the package runs compiles code from strings, so no page needs 'unsafe-eval' in its script-src: our
   * bundles, the editor, and the widget front end as the build patched it. Other vendor files are as published.
   */
  @Test
  void noBundleCompilesCodeFromStrings() throws IOException {
    Path pkg = ROOT.resolve("npm/target/package");
    List<Path> bundles;
    try (Stream<Path> files = Files.list(pkg)) {
      bundles = files.filter(file -> file.toString().endsWith(".js") || file.toString().endsWith(".mjs"))
          .sorted().collect(Collectors.toCollection(java.util.ArrayList::new));
    }
    bundles.add(pkg.resolve("vendor/codemirror/codemirror.mjs"));
    bundles.add(pkg.resolve("vendor/widgets/libembed-amd.js"));
    List<String> names = bundles.stream().map(file -> file.getFileName().toString()).collect(Collectors.toList());
    assertTrue(names.containsAll(List.of("jupyter-kit.js", "jupyter-kit-worker.js", "jupyter-kit-extras.mjs",
        "jupyter-kit-server.mjs", "jupyter-kit-widgets.mjs", "index.mjs")), "the bundles are built: " + names);
    for (Path bundle : bundles) {
      String code = Files.readString(bundle);
      java.util.regex.Matcher found = STRING_CODE.matcher(code);
      if (found.find()) {
        String around = code.substring(Math.max(0, found.start() - 60), Math.min(code.length(), found.end() + 60));
        throw new AssertionError(bundle.getFileName() + " compiles code from strings: ..." + around + "...");
      }
    }
  }

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
