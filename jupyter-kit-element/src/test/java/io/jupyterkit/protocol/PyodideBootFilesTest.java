package io.jupyterkit.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PyodideBootFilesTest {
  @Test
  void theInterpreterScriptIsTheOneTheLoaderNames() {
    assertEquals("pyodide.asm.mjs", PyodideBootFiles.asmScript("let t=`${e.indexURL}pyodide.asm.mjs`;return(await O(t))"));
    assertEquals("pyodide.asm.js", PyodideBootFiles.asmScript("const scriptSrc = `${config.indexURL}pyodide.asm.js`;"));
    assertEquals("pyodide.asm.js", PyodideBootFiles.asmScript(null), "an unreadable loader: the classic name");
  }

  @Test
  void runtimeFilesAreInTheIndexFolder() {
    assertEquals(List.of("https://x/p/pyodide.asm.js", "https://x/p/pyodide.asm.wasm", "https://x/p/python_stdlib.zip"),
        PyodideBootFiles.runtime("https://x/p/", "pyodide.asm.js"));
    assertEquals("https://x/p/pyodide-lock.json", PyodideBootFiles.lockFile("https://x/p/", null));
    assertEquals("https://y/lock.json", PyodideBootFiles.lockFile("https://x/p/", "https://y/lock.json"));
  }
}
