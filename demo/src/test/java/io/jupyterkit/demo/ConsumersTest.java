package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Projects that use the npm package as its users would (src/test/consumers), each installed from the packed tarball
 * with {@code npm install <tarball>} and nothing copied by hand: a plain page with one module script, served as it
 * is, runs a cell; a TypeScript project passes {@code tsc --noEmit --strict}; a React 19 app and a Vue 3 app, passing {@code executor} and {@code ipynb} to the element as props and
 * using the package's Vite plugin, are built for production with {@code vite build}, served, and in Chromium show
 * the notebook (its markdown drawn by the on-demand module) and run a cell in Pyodide (the worker and the kernel
 * found beside the built chunk). Pyodide is the demo server's self-hosted copy, at {@code /pyodide/} on the same
 * origin as the app. Each prints the time from the install to its result.
 */
class ConsumersTest extends BrowserTestSupport {
  private static final Path CONSUMERS = Commands.ROOT.resolve("demo/target/consumers");
  private static Path tarball;

  @BeforeAll
  static void packAndCopyConsumers() throws Exception {
    Path packs = Commands.ROOT.resolve("demo/target/consumer-tarball");
    deleteTree(packs);
    Files.createDirectories(packs);
    tarball = Commands.pack(packs);
    // The apps sit under demo/ so that Node finds Vite, React and Vue in demo/node_modules, as in a project of theirs.
    deleteTree(CONSUMERS);
    Path sources = Commands.ROOT.resolve("demo/src/test/consumers");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.toList()) {
        Path copy = CONSUMERS.resolve(sources.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /** Installs the tarball into consumer {@code name} as its one dependency; returns the consumer's folder. */
  private static Path install(String name) throws Exception {
    Path project = CONSUMERS.resolve(name);
    Commands.Result install = Commands.run(project, 5, "npm", "install", "--offline", "--no-audit", "--no-fund",
        "--loglevel=error", tarball.toString());
    assertEquals(0, install.exitCode(), install.toString());
    assertTrue(Files.isRegularFile(project.resolve("node_modules/jupyter-kit-j2cl/index.mjs")), "installed");
    return project;
  }

  private static String seconds(long startNanos) {
    return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  @Test
  void aTypeScriptProjectChecksStrictly() throws Exception {
    long start = System.nanoTime();
    Path project = install("typescript");
    Commands.Result tsc = Commands.run(project, 5, "node", Commands.demoModule("typescript/bin/tsc"), "-p", ".");
    assertEquals(0, tsc.exitCode(), tsc.toString());
    System.out.println("consumer typescript: install to a clean tsc --noEmit --strict in " + seconds(start));
  }

  @Test
  void aReactAppBuiltForProductionRunsACell() throws Exception {
    buildServeAndRun("react");
  }

  @Test
  void aVueAppBuiltForProductionRunsACell() throws Exception {
    buildServeAndRun("vue");
  }

  @Test
  void aPlainPageWithOneModuleScriptRunsACell() throws Exception {
    long start = System.nanoTime();
    install("html");
    // The page and its node_modules as they are, and the notebook it fetches beside them.
    server.addFolder("/consumers/", CONSUMERS);
    openAndRunACell("/consumers/html/index.html");
    System.out.println("consumer html: install to a running cell in " + seconds(start));
  }

  private static void buildServeAndRun(String name) throws Exception {
    long start = System.nanoTime();
    Path project = install(name);
    Commands.Result build = Commands.run(project, 5, "node", Commands.demoModule("vite/bin/vite.js"), "build",
        "--mode", "production");
    assertEquals(0, build.exitCode(), build.toString());
    String built = seconds(start);
    String prefix = "/built/" + name + "/";
    server.addFolder(prefix, project.resolve("dist"));
    openAndRunACell(prefix + "index.html");
    System.out.println("consumer " + name + ": install to built app in " + built + ", to a running cell in "
        + seconds(start));
  }

  /** Opens {@code path}, waits for its notebook's markdown to be drawn, runs its code cell and checks the result. */
  private static void openAndRunACell(String path) {
    // Drops what earlier pages logged.
    driver.manage().logs().get(LogType.BROWSER).getAll();
    driver.get(server.url(path));
    await(120, () -> (String) js("const el = document.getElementById('nb');"
        + "const heading = el && el.shadowRoot && el.shadowRoot.querySelector('.markdown h1, h1');"
        + "return heading ? heading.textContent : null;"), text -> text != null && text.contains("A notebook in an app"));
    String output = runAndWait("nb", 1, 240);
    assertTrue(output != null && output.contains("42 from Python 3."), "the cell ran in Pyodide: " + output);
    List<LogEntry> errors = consoleErrors();
    assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList(), "console errors");
  }
}
