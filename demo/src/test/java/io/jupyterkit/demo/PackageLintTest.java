package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packed tarball as the package linters see it: publint (package.json's fields and exports against the files)
 * and arethetypeswrong (the types each resolution mode finds for the package's modules, the element's API and the
 * Vite plugin) report nothing. The package is ESM only ("type": "module"), so arethetypeswrong runs with its esm-only
 * profile, which leaves out require() and node10 resolution; the other subpaths are files fetched by URL (worker,
 * style sheets, kernel), not modules to type.
 */
class PackageLintTest {
  @Test
  void publintFindsNothing(@TempDir Path folder) throws Exception {
    Path tarball = Commands.pack(folder);
    Commands.Result publint = Commands.run(folder, 5, "node", Commands.demoModule("publint/src/cli.js"), "run",
        tarball.toString(), "--strict", "--level", "suggestion");
    assertEquals(0, publint.exitCode(), publint.toString());
    assertTrue(publint.output().contains("All good!"), publint.toString());
  }

  @Test
  void areTheTypesWrongFindsNothing(@TempDir Path folder) throws Exception {
    Path tarball = Commands.pack(folder);
    Commands.Result attw = Commands.run(folder, 5, "node",
        Commands.demoModule("@arethetypeswrong/cli/dist/index.js"), tarball.toString(), "--format", "ascii",
        "--no-color", "--profile", "esm-only", "--entrypoints", ".", "./vite");
    assertEquals(0, attw.exitCode(), attw.toString());
    for (String entry : List.of("\"jupyter-kit-j2cl\"", "\"jupyter-kit-j2cl/vite\"")) {
      assertTrue(attw.output().contains(entry), "checked " + entry + ": " + attw);
    }
    assertEquals(2, attw.output().split("node16 \\(from ESM\\): 🟢 \\(ESM\\)", -1).length - 1, attw.toString());
  }
}
