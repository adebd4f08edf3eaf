package io.jupyterkit.nbformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.json.JsonString;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.json.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * nbformat 1, 2 and 3 files read by the element (upgraded to nbformat 4 JSON by {@link LegacyNotebooks}, then read by
 * {@link NotebookReader}, as in the browser) and by nbformat itself (Debian's python3-nbformat, run as
 * {@code nbformat.reads(text, as_version=4)} by src/test/python/nbformat_oracle.py): the notebooks must be the same.
 */
class LegacyNotebooksOracleTest {
  private static final Path PYTHON = Paths.get("/usr/bin/python3");
  private static final Path ORACLE = Paths.get("src/test/python/nbformat_oracle.py");
  private static final Path FIXTURES = Paths.get("src/test/resources/notebooks/legacy");
  private static final Path DAMAGED = Paths.get("src/test/resources/notebooks/legacy-damaged");

  private static final Set<String> CELL_KEYS = new HashSet<>(Arrays.asList(
      "cell_type", "id", "metadata", "source", "attachments", "execution_count", "outputs"));
  private static final Set<String> OUTPUT_KEYS = new HashSet<>(Arrays.asList(
      "output_type", "name", "text", "data", "metadata", "execution_count", "ename", "evalue", "traceback"));

  @BeforeAll
  static void oracleIsThere() throws Exception {
    boolean hasNbformat = Files.isExecutable(PYTHON)
        && run(PYTHON.toString(), "-c", "import nbformat").waitFor() == 0;
    Assumptions.assumeTrue(hasNbformat, "Skipped: " + PYTHON + " has no nbformat, the oracle of this test "
        + "(apt-get install python3-nbformat; .ci/install-debian-packages installs it).");
  }

  @Test
  void oldNotebooksAreConvertedAsNbformatConvertsThem() throws Exception {
    List<Path> files = fixtures(FIXTURES);
    assertTrue(files.size() >= 5, "fixtures of nbformat 1, 2 and 3: " + files);
    List<JsonValue> answers = oracle(files);
    for (int i = 0; i < files.size(); i++) {
      JsonObject answer = answers.get(i).asObject();
      String name = files.get(i).getFileName().toString();
      assertNotNull(answer.getObject("notebook"), name + ": nbformat refused it: " + answer.getString("error", ""));
      JsonObject expected = normalised(answer.getObject("notebook"), name + " (nbformat)");
      JsonObject actual = normalised(ours(files.get(i)), name + " (ours)");
      assertEquals(canonical(expected), canonical(actual), name);
    }
  }

  /** Files nbformat refuses: the element still shows them, with a notice where the damage is. */
  @Test
  void whatNbformatRefusesIsShownWithANotice() throws Exception {
    List<Path> files = fixtures(DAMAGED);
    assertFalse(files.isEmpty());
    List<JsonValue> answers = oracle(files);
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).getFileName().toString();
      assertNotNull(answers.get(i).asObject().getString("error", null), name + ": nbformat reads it after all");
      Notebook notebook = oursRead(files.get(i));
      boolean notice = false;
      for (Cell cell : notebook.cells()) {
        notice |= cell.type() == CellType.INVALID && !cell.problem().isEmpty();
        for (Output output : cell.outputs()) {
          notice |= "stderr".equals(output.name()) && output.text().startsWith("[jupyter-kit] ");
        }
      }
      assertTrue(notice || name.startsWith("lenient-"), name + ": a notice says what could not be read");
      assertFalse(notebook.cells().isEmpty(), name + ": what could be read is shown");
    }
  }

  @Test
  void headingsJoinTheirLinesAsPythonSplitsThem() {
    assertEquals("a b c d  e", LegacyNotebooks.joinedLines("a\nb\r\nc\u0085d\u000c\ne\n"), "form feed then newline: two breaks");
    assertEquals("", LegacyNotebooks.joinedLines(""));
    assertEquals(" x", LegacyNotebooks.joinedLines("\nx"));
  }

  /** {@code file} read as the element reads it: upgraded to nbformat 4 JSON text, then read. */
  static Notebook oursRead(Path file) throws IOException {
    JsonObject root = JsonParser.parse(text(file)).asObject();
    assertTrue(NotebookReader.needsUpgrade(root), file + " is upgraded before it is read");
    String upgraded = JsonWriter.write(LegacyNotebooks.upgrade(root, JsonParser::parse));
    return NotebookReader.read(JsonParser.parse(upgraded));
  }

  /** Our conversion as v4 JSON; the metadata as the model holds it (the writer leaves orig_nbformat out, as nbformat's does). */
  private static JsonObject ours(Path file) throws IOException {
    Notebook notebook = oursRead(file);
    JsonObject json = NotebookWriter.write(notebook);
    json.put("metadata", notebook.metadata());
    return json;
  }

  /**
   * What may differ without the notebooks differing:
   * <ul>
   *   <li>cell ids: nbformat draws random ones; both sides must have one, its value is left out;
   *   <li>lists of lines: nbformat holds text as strings, our writer splits it into lines as v4 files store it;
   *       both are joined as v4 joins them;
   *   <li>keys outside the v4 schema (a v2 text cell's {@code rendered}, a display output's leftover
   *       {@code execution_count}): nbformat carries them through into a notebook its validator then calls invalid,
   *       the element keeps v4's fields only;
   *   <li>v2's {@code etype}, which nbformat passes through unrenamed, is read as v4's {@code ename};
   *   <li>a cell without source, which nbformat leaves without one, has the empty source.
   * </ul>
   */
  private static JsonObject normalised(JsonObject notebook, String what) {
    for (JsonValue cellJson : notebook.getArray("cells").items()) {
      JsonObject cell = cellJson.asObject();
      assertTrue(CellIds.valid(cell.getString("id", null)), what + ": every cell has a valid id: " + cell);
      cell.remove("id");
      for (String key : new ArrayList<>(cell.keys())) {
        if (!CELL_KEYS.contains(key)) {
          cell.remove(key);
        }
      }
      cell.put("source", MultilineText.join(cell.get("source") == null ? new JsonString("") : cell.get("source")));
      JsonArray outputs = cell.getArray("outputs");
      if (outputs == null) {
        continue;
      }
      for (JsonValue outputJson : outputs.items()) {
        JsonObject output = outputJson.asObject();
        if (!output.has("ename") && output.has("etype")) {
          output.put("ename", output.get("etype"));
        }
        for (String key : new ArrayList<>(output.keys())) {
          if (!OUTPUT_KEYS.contains(key)
              || ("execution_count".equals(key) && !"execute_result".equals(output.getString("output_type", "")))) {
            output.remove(key);
          }
        }
        if (output.has("text")) {
          output.put("text", MultilineText.join(output.get("text")));
        }
        JsonObject data = output.getObject("data");
        if (data != null) {
          for (String key : data.keys()) {
            boolean json = key.equals("application/json") || (key.startsWith("application/") && key.endsWith("+json"));
            String joined = json ? null : MultilineText.join(data.get(key));
            if (joined != null) {
              data.put(key, joined);
            }
          }
        }
      }
    }
    return notebook;
  }

  private static String canonical(JsonValue value) {
    return JsonWriter.write(sorted(value), " ");
  }

  private static JsonValue sorted(JsonValue value) {
    if (value.isObject()) {
      JsonObject object = value.asObject();
      JsonObject sorted = new JsonObject();
      object.keys().stream().sorted().forEach(key -> sorted.put(key, sorted(object.get(key))));
      return sorted;
    }
    if (value.isArray()) {
      JsonArray sorted = new JsonArray();
      value.asArray().items().forEach(item -> sorted.add(sorted(item)));
      return sorted;
    }
    return value;
  }

  /** nbformat's answers, one per file, from one run of the oracle. */
  private static List<JsonValue> oracle(List<Path> files) throws Exception {
    JsonArray texts = new JsonArray();
    for (Path file : files) {
      texts.add(text(file));
    }
    Process process = run(PYTHON.toString(), ORACLE.toString());
    process.getOutputStream().write(JsonWriter.write(texts).getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the nbformat oracle finished");
    assertEquals(0, process.exitValue(), "the nbformat oracle failed:\n" + err);
    List<JsonValue> answers = JsonParser.parse(out).asArray().items();
    assertEquals(files.size(), answers.size());
    return answers;
  }

  private static Process run(String... command) throws IOException {
    return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
  }

  private static List<Path> fixtures(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".ipynb")).sorted().collect(Collectors.toList());
    }
  }

  private static String text(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
