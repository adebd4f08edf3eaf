package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The npm package's TypeScript declarations (index.d.ts, named by package.json "types") as a TypeScript project
 * sees them: src/test/typescript/executor-contract.ts, which writes an executor and uses createPyodideExecutor and
 * the element (its generated properties, events and class) as the README does, compiles with --strict; an executor
 * without execute, a theme the element does not have and a detail its event does not carry do not.
 */
class TypeDeclarationsTest {
  private static final Path ROOT = Path.of(System.getProperty("jupyterkit.root", "..")).toAbsolutePath().normalize();
  private static final Path PACKAGE = ROOT.resolve("npm/target/package");

  /** Compiles {@code source} as a module of a project that depends on the package; returns tsc's exit code and output. */
  private static String compile(Path project, String source) throws IOException, InterruptedException {
    Path modules = project.resolve("node_modules");
    Files.createDirectories(modules);
    Path link = modules.resolve("jupyter-kit-j2cl");
    if (!Files.exists(link)) {
      Files.createSymbolicLink(link, PACKAGE);
    }
    Path file = project.resolve("page.ts");
    Files.writeString(file, source);
    List<String> command = new ArrayList<>(List.of("node",
        ROOT.resolve("demo/node_modules/typescript/bin/tsc").toString(), "--noEmit", "--strict", "--target",
        "es2020", "--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2020,dom", file.toString()));
    Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "tsc finished");
    return process.exitValue() + " " + output;
  }

  @Test
  void theDeclarationsShipAndDescribeTheExecutorContract(@TempDir Path project) throws Exception {
    String manifest = Files.readString(PACKAGE.resolve("package.json"));
    assertTrue(manifest.contains("\"types\": \"./index.d.ts\""), manifest);
    assertTrue(manifest.contains("\"index.d.ts\""), "listed in files: " + manifest);
    String example = Files.readString(ROOT.resolve("demo/src/test/typescript/executor-contract.ts"));
    assertEquals("0 ", compile(project, example));
    String broken = compile(project, example + "\nelement.executor = { language: 'python' };\n");
    assertTrue(broken.startsWith("2 ") && broken.contains("Property 'execute' is missing"), broken);
    String wrongTheme = compile(project, example + "\nelement.theme = 'purple';\n");
    assertTrue(wrongTheme.startsWith("2 ") && wrongTheme.contains("'\"purple\"' is not assignable"), wrongTheme);
    String wrongDetail = compile(project, example
        + "\nelement.addEventListener('jupyter-load', (event) => event.detail.status);\n");
    assertTrue(wrongDetail.startsWith("2 ") && wrongDetail.contains("Property 'status' does not exist"), wrongDetail);
  }
}
