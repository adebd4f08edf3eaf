package io.jupyterkit.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The files a Pyodide release downloads to boot, besides its loader ({@code pyodide.js} or {@code pyodide.mjs}): what
 * the Pyodide executor's page side and its worker agree on, like the boot messages ({@link MessageTypes#BOOT_REQUEST}).
 * The worker measures them as they arrive; {@code prefetch()} puts them in the browser's cache.
 */
public final class PyodideBootFiles {
  public static final String WASM = "pyodide.asm.wasm";
  public static final String STDLIB = "python_stdlib.zip";
  public static final String LOCK = "pyodide-lock.json";
  /** The kernel's Python, which the worker unpacks: beside the worker script, and recorded in integrity.json. */
  public static final String KERNEL_ARCHIVE = "jupyterkit-kernel.zip";
  /** The interpreter's JavaScript: Pyodide 314 and later ship it as an ES module. */
  static final String ASM_SCRIPT = "pyodide.asm.js";
  static final String ASM_MODULE = "pyodide.asm.mjs";

  private PyodideBootFiles() {}

  /**
   * The interpreter script a loader will ask for, read from the loader's own text (it names the file literally):
   * versions differ, and the loader's file name does not tell ({@code pyodide.mjs} of 0.26 loads
   * {@code pyodide.asm.js}).
   */
  public static String asmScript(String loaderText) {
    return loaderText != null && loaderText.contains(ASM_MODULE) ? ASM_MODULE : ASM_SCRIPT;
  }

  /** The big files of the release in {@code indexUrl} (a folder URL ending in a slash), loader and lock file aside. */
  public static List<String> runtime(String indexUrl, String asmScript) {
    List<String> urls = new ArrayList<>();
    urls.add(indexUrl + asmScript);
    urls.add(indexUrl + WASM);
    urls.add(indexUrl + STDLIB);
    return urls;
  }

  /** The lock file booting reads: the one the options name, else the release's own. */
  public static String lockFile(String indexUrl, String lockFileUrl) {
    return lockFileUrl == null || lockFileUrl.isEmpty() ? indexUrl + LOCK : lockFileUrl;
  }
}
