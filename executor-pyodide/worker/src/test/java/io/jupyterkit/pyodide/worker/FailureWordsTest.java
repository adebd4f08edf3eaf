package io.jupyterkit.pyodide.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worker's failure sentences, with Pyodide's loader messages as Pyodide 0.26 to 314 word them. */
class FailureWordsTest {
  @Test
  void aFileSentAsAnythingButJavaScriptIsNotAScript() {
    assertEquals("the server sent it as application/x-ipynb+json, which browsers do not run as a script",
        FailureWords.notAScript("application/x-ipynb+json"));
    assertNull(FailureWords.notAScript("text/javascript; charset=utf-8"));
    assertNull(FailureWords.notAScript(null), "a type not given may be a script");
  }

  private static final String NUMPY = "http://127.0.0.1:8000/pyodide/numpy-1.26.4-cp312-cp312-pyodide_2024_0_wasm32.whl";

  @Test
  void httpStatusesHaveTheirReasonEvenWhenTheServerSendsNone() {
    assertEquals("HTTP 404 Not Found", FailureWords.httpStatus(404, "Not Found"));
    assertEquals("HTTP 404 Not Found", FailureWords.httpStatus(404, ""));
    assertEquals("HTTP 503 Service Unavailable", FailureWords.httpStatus(503, null));
    assertEquals("HTTP 418", FailureWords.httpStatus(418, ""));
  }

  @Test
  void aDownloadFailureIsASentenceNamingTheUrl() {
    assertEquals("Could not download the kernel files from http://h/jupyterkit-kernel.zip (HTTP 404 Not Found)",
        FailureWords.couldNotDownload("the kernel files", "http://h/jupyterkit-kernel.zip", "HTTP 404 Not Found"));
  }

  @Test
  void pyodidesMessagesAreRead() {
    assertEquals(NUMPY, FailureWords.pyodideFailedUrl("Failed to load '" + NUMPY + "': request failed."));
    assertNull(FailureWords.pyodideFailedUrl("Failed to fetch"));
    assertEquals("numpy", FailureWords.pyodidePackageHeading("The following error occurred while loading numpy:"));
    assertNull(FailureWords.pyodidePackageHeading("Loading numpy"));
  }

  @Test
  void longTextIsCutToItsMeaningfulLine() {
    assertEquals("ModuleNotFoundError: No module named 'x'", FailureWords.shorten(
        "PythonError: Traceback (most recent call last):\n  File \"/jupyterkit/k.py\", line 1, in <module>\n"
            + "    import x\nModuleNotFoundError: No module named 'x'\n"));
    assertEquals("Can't find a wheel for: 'x'", FailureWords.shorten("Can't find a wheel for: 'x'\nSee: a link\n"));
    assertEquals("a b c", FailureWords.shorten("  a \t b \r c  "));
    String cut = FailureWords.shorten(String.join(" ", Collections.nCopies(200, "word")));
    assertEquals(FailureWords.MAX_REASON, cut.length());
    assertTrue(cut.endsWith("\u2026"));
  }

  @Test
  void eachPackageGetsItsOwnErrorWithTheUrlAndStatus() {
    DownloadLog downloads = new DownloadLog();
    downloads.record(NUMPY, "HTTP 404 Not Found");
    List<String> errors = Arrays.asList(
        "The following error occurred while loading numpy:",
        "Failed to load '" + NUMPY + "': request failed.",
        "The following error occurred while loading scipy:",
        "Failed to fetch");
    downloads.record("http://127.0.0.1:8000/pyodide/scipy-1.12.0-cp312-cp312-pyodide_2024_0_wasm32.whl",
        FailureWords.NO_ANSWER);
    JsonObject failures = FailureWords.packageFailures(Arrays.asList("numpy", "scipy", "regex"),
        Collections.singletonList("regex"), errors, null, downloads);
    assertEquals("could not download " + NUMPY + " (HTTP 404 Not Found)", failures.getString("numpy", null));
    assertEquals("could not download http://127.0.0.1:8000/pyodide/scipy-1.12.0-cp312-cp312-pyodide_2024_0_wasm32.whl"
        + " (" + FailureWords.NO_ANSWER + ")", failures.getString("scipy", null));
    assertFalse(failures.has("regex"), "a package that loaded did not fail");
  }

  @Test
  void aPackageWhoseDependencyFailedSaysWhich() {
    DownloadLog downloads = new DownloadLog();
    downloads.record(NUMPY, "HTTP 404 Not Found");
    JsonObject failures = FailureWords.packageFailures(Collections.singletonList("pandas"),
        Collections.<String>emptyList(), Arrays.asList("The following error occurred while loading numpy:",
            "Failed to load '" + NUMPY + "': request failed."), null, downloads);
    assertEquals("it needs numpy, which could not be installed: could not download " + NUMPY
        + " (HTTP 404 Not Found)", failures.getString("pandas", null));
  }

  @Test
  void aRejectedLoadAndAnUnexplainedFailureStillSaySomething() {
    DownloadLog downloads = new DownloadLog();
    JsonObject rejected = FailureWords.packageFailures(Collections.singletonList("nope"),
        Collections.<String>emptyList(), Collections.<String>emptyList(), "No known package with name 'nope'",
        downloads);
    assertEquals("No known package with name 'nope'", rejected.getString("nope", null));
    JsonObject silent = FailureWords.packageFailures(Collections.singletonList("quiet"),
        Collections.<String>emptyList(), Collections.<String>emptyList(), null, downloads);
    assertEquals("it was not installed", silent.getString("quiet", null));
  }

  @Test
  void theLogHandsOutRecentFailuresOnce() {
    DownloadLog downloads = new DownloadLog();
    downloads.record("http://h/a", "HTTP 500 Internal Server Error");
    assertEquals("http://h/a", downloads.take().keys().iterator().next());
    assertEquals(0, downloads.take().size());
    assertEquals("HTTP 500 Internal Server Error", downloads.problem("http://h/a"), "still known by URL");
    assertTrue(FailureWords.isFileOf("http://h/x/Py_Thing-1.0-py3-none-any.whl?v=2", "py-thing"));
    assertFalse(FailureWords.isFileOf("http://h/x/numpy-1.0.whl", "numpy-financial"));
  }
}
