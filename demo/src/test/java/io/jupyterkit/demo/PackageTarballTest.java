package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.nbformat.Languages;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The npm package as npm would publish it (npm/target/package): exactly the files a page needs, each named here or
 * derived from what names it (the grammars the element asks for, the fonts KaTeX's style sheet uses), no stray file;
 * one version, the Maven project's; and {@code npm publish --dry-run} with nothing to warn about.
 */
class PackageTarballTest {
  /**
   * The files at the package's top level (with the service worker a static host copies to its root) and the libraries
   * loaded on demand from vendor/.
   */
  private static final List<String> NAMED_FILES = List.of(
      "LICENSE", "README.md", "package.json",
      "index.mjs", "index.d.ts", "element.d.ts", "custom-elements.json", "vite.mjs", "vite.d.ts",
      "jupyter-kit.js", "jupyter-kit.css", "jupyter-kit-output.css",
      "jupyter-kit-worker.js", "jupyter-kit-sandbox.html", "jupyterkit-kernel.zip", "integrity.json",
      "jupyter-kit-extras.mjs", "jupyter-kit-widgets.mjs", "jupyter-kit-server.mjs",
      "coi-serviceworker.js",
      "vendor/codemirror/codemirror.mjs",
      "vendor/dompurify/purify.mjs",
      "vendor/marked/marked.mjs",
      "vendor/katex/katex.mjs", "vendor/katex/katex.min.css",
      "vendor/highlight/core.min.js",
      "vendor/widgets/libembed-amd.js", "vendor/widgets/require.js",
      "vendor/widgets/fa-brands-400.woff2", "vendor/widgets/fa-regular-400.woff2",
      "vendor/widgets/fa-solid-900.woff2", "vendor/widgets/dropdown-arrow.svg",
      "vendor/widgets/LICENSES.fontawesome.txt", "vendor/widgets/LICENSES.html-manager.txt",
      "vendor/licenses/codemirror.txt", "vendor/licenses/coi-serviceworker.txt", "vendor/licenses/dompurify.txt",
      "vendor/licenses/highlight.js.txt", "vendor/licenses/katex.txt", "vendor/licenses/marked.txt");

  /** The tarball's files as {@code npm pack --dry-run --json} lists them. */
  private static JsonObject packed() throws Exception {
    Commands.Result pack = Commands.run(Commands.PACKAGE, 5, "npm", "pack", "--dry-run", "--json",
        "--loglevel=error");
    assertEquals(0, pack.exitCode(), pack.toString());
    return JsonParser.parse(pack.output()).asArray().get(0).asObject();
  }

  private static TreeSet<String> expectedFiles() throws Exception {
    TreeSet<String> expected = new TreeSet<>(NAMED_FILES);
    for (String grammar : Languages.highlightGrammars()) {
      expected.add("vendor/highlight/languages/" + grammar + ".min.js");
    }
    String katexCss = Files.readString(Commands.PACKAGE.resolve("vendor/katex/katex.min.css"));
    Matcher font = Pattern.compile("url\\((fonts/[^)]+\\.woff2)\\)").matcher(katexCss);
    while (font.find()) {
      expected.add("vendor/katex/" + font.group(1));
    }
    return expected;
  }

  @Test
  void theTarballHoldsEveryFileThePackageNeedsAndNothingElse() throws Exception {
    JsonObject tarball = packed();
    TreeSet<String> packedFiles = new TreeSet<>();
    List<String> empty = new ArrayList<>();
    for (JsonValue file : tarball.getArray("files").items()) {
      String path = file.asObject().getString("path", "");
      packedFiles.add(path);
      if (file.asObject().get("size").asNumber() == 0) {
        empty.add(path);
      }
    }
    TreeSet<String> expected = expectedFiles();
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(packedFiles);
    TreeSet<String> stray = new TreeSet<>(packedFiles);
    stray.removeAll(expected);
    assertEquals(List.of(), List.copyOf(missing), "files the package needs but the tarball lacks");
    assertEquals(List.of(), List.copyOf(stray), "files in the tarball that nothing needs");
    assertEquals(List.of(), empty, "empty files");
    System.out.printf("npm package %s: %d files, tarball %,d bytes, unpacked %,d bytes%n",
        tarball.getString("filename", "?"), packedFiles.size(), (long) tarball.get("size").asNumber(),
        (long) tarball.get("unpackedSize").asNumber());
  }

  @Test
  void thePackageHasTheMavenProjectsVersion() throws Exception {
    String mavenVersion = System.getProperty("jupyterkit.version");
    assertTrue(mavenVersion != null && !mavenVersion.isEmpty(), "surefire passes the Maven project's version");
    String npmVersion = mavenVersion.replaceFirst("-SNAPSHOT$", "");
    assertEquals(npmVersion, packed().getString("version", null));
    String bundle = Files.readString(Commands.PACKAGE.resolve("jupyter-kit.js"));
    assertTrue(bundle.contains("const jupyterKitVersion = '" + npmVersion + "';"),
        "the bundle's jupyterkit.version is the package's");
  }

  @Test
  void npmPublishDryRunIsClean() throws Exception {
    Commands.Result publish = Commands.run(Commands.PACKAGE, 5, "npm", "publish", "--dry-run");
    assertEquals(0, publish.exitCode(), publish.toString());
    // Only the warning that no one is logged in may stay: a test machine never is.
    List<String> warnings = publish.output().lines().filter(line -> line.toLowerCase().contains("warn"))
        .filter(line -> !line.contains("requires you to be logged in")).toList();
    assertEquals(List.of(), warnings, publish.toString());
    assertTrue(publish.output().contains("jupyter-kit-j2cl@"), publish.toString());
  }
}
