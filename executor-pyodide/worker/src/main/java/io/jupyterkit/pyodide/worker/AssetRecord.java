package io.jupyterkit.pyodide.worker;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.protocol.PyodideBootFiles;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The package's {@code integrity.json} as the worker reads it: the SHA-384 of the kernel archive and of every file
 * of each Pyodide release the build knows. A release is recognised by its loader's digest, never by its address or
 * version string, which whoever changed a file could also change; the files a boot then fetches from that release
 * must match it. Plain Java, so the decisions and their wording are tested on the JVM.
 */
final class AssetRecord {
  private static final String[] LOADERS = {"pyodide.js", "pyodide.mjs"};

  private final JsonObject files;
  private final JsonObject releases;

  AssetRecord(JsonObject record) {
    JsonObject files = record == null ? null : record.getObject("files");
    JsonObject releases = record == null ? null : record.getObject("pyodide");
    this.files = files != null ? files : new JsonObject();
    this.releases = releases != null ? releases : new JsonObject();
  }

  /** The release (its version) whose loader has {@code loaderDigest}, or null when it is none of them. */
  String releaseOf(String loaderDigest) {
    for (String version : releases.keys()) {
      JsonObject release = releases.getObject(version);
      for (String loader : LOADERS) {
        if (release != null && loaderDigest.equals(release.getString(loader, null))) {
          return version;
        }
      }
    }
    return null;
  }

  /** The releases recorded, for the words of a refusal: {@code 0.26.2, 314.0.7}. */
  String releases() {
    return String.join(", ", releases.keys());
  }

  /**
   * What the files a boot fetches must be, by absolute URL: the kernel archive at {@code kernelUrl} and, when
   * {@code version} is a recorded release, its files under {@code indexUrl} (its lock file only when the boot reads
   * the release's own: a lock file the page names is the page's).
   */
  Map<String, String> expectations(String version, String indexUrl, String kernelUrl, boolean ownLockFile) {
    Map<String, String> expected = new LinkedHashMap<>();
    String kernel = files.getString(PyodideBootFiles.KERNEL_ARCHIVE, null);
    if (kernel != null) {
      expected.put(kernelUrl, kernel);
    }
    JsonObject release = version == null ? null : releases.getObject(version);
    if (release != null) {
      for (String name : release.keys()) {
        JsonValue digest = release.get(name);
        boolean lock = name.equals(PyodideBootFiles.LOCK);
        if (digest != null && digest.isString() && (ownLockFile || !lock)) {
          expected.put(indexUrl + name, digest.asString());
        }
      }
    }
    return expected;
  }

  /** Why a file that does not match is refused, in words. */
  static String changed(String url, String version) {
    return url + " is not the file " + (version == null ? "this jupyter-kit build shipped"
        : "of Pyodide " + version + " this jupyter-kit build recorded")
        + " (its SHA-384 differs from integrity.json), so it was refused: it may have been changed on the server"
        + " or on its way";
  }

  /** Why a loader no recorded release has is refused, in words. */
  String unknownLoader(String src) {
    return src + " is not the loader of a Pyodide release this jupyter-kit build recorded (" + releases()
        + "), so it was refused: it may have been changed. To host another release, give its version (the version"
        + " option): the files of a release not recorded load unverified";
  }

  /**
   * Whether a loader none of the recorded releases has may run unverified: only when the page named a version
   * ({@code statedVersion}, else null) that is not recorded, since who changed the loader cannot change the page.
   */
  boolean mayRunUnrecorded(String statedVersion) {
    return statedVersion != null && !statedVersion.isEmpty() && !releases.has(statedVersion);
  }

  /** Why a file to be verified is refused when its bytes could not be read. */
  static String unreadable(String url) {
    return url + " could not be read to verify it (it must be readable by fetch: same origin, or CORS), so it was"
        + " refused";
  }
}
