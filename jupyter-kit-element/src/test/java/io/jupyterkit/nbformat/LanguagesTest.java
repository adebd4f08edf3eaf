package io.jupyterkit.nbformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonParser;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {
  private static String grammarOf(String metadata) {
    Notebook notebook = NotebookReader.read(JsonParser.parse("{\"metadata\":" + metadata + ",\"cells\":[]}"));
    return Languages.highlightGrammar(Languages.of(notebook, null));
  }

  @Test
  void notebookLanguagesAsKernelsWriteThem() {
    // IRkernel, IJulia, IJavascript, bash_kernel, xeus-sql, xeus-cling, almond, evcxr, IHaskell, IJava.
    assertEquals("r", grammarOf("{\"language_info\":{\"name\":\"R\",\"codemirror_mode\":\"r\"}}"));
    assertEquals("julia", grammarOf("{\"language_info\":{\"name\":\"julia\"},\"kernelspec\":{\"language\":\"julia\"}}"));
    assertEquals("javascript", grammarOf("{\"language_info\":{\"name\":\"javascript\"}}"));
    assertEquals("bash", grammarOf("{\"language_info\":{\"name\":\"bash\",\"codemirror_mode\":\"shell\"}}"));
    assertEquals("sql", grammarOf("{\"language_info\":{\"name\":\"sql\"}}"));
    assertEquals("cpp", grammarOf("{\"language_info\":{\"name\":\"c++\",\"codemirror_mode\":\"text/x-c++src\"}}"));
    assertEquals("cpp", grammarOf("{\"kernelspec\":{\"language\":\"C++17\"}}"));
    assertEquals("scala", grammarOf("{\"language_info\":{\"name\":\"scala\"}}"));
    assertEquals("rust", grammarOf("{\"language_info\":{\"name\":\"Rust\"}}"));
    assertEquals("haskell", grammarOf("{\"language_info\":{\"name\":\"haskell\"}}"));
    assertEquals("java", grammarOf("{\"language_info\":{\"name\":\"Java\"}}"));
    assertEquals("matlab", grammarOf("{\"language_info\":{\"name\":\"octave\"}}"));
    assertEquals("python", grammarOf("{\"language_info\":{\"name\":\"python\",\"codemirror_mode\":{\"name\":\"ipython\",\"version\":3}}}"));
    assertEquals("python", grammarOf("{}"), "no language recorded: the element's fallback, Python");
  }

  @Test
  void codemirrorModeNamesTheLanguageWhenTheNameIsMissing() {
    assertEquals("r", grammarOf("{\"language_info\":{\"codemirror_mode\":\"r\"},\"kernelspec\":{\"language\":\"python\"}}"));
    assertEquals("python", grammarOf("{\"language_info\":{\"codemirror_mode\":{\"name\":\"ipython\",\"version\":3}}}"));
    assertEquals("julia", grammarOf("{\"language_info\":{\"codemirror_mode\":5},\"kernelspec\":{\"language\":\"julia\"}}"),
        "a mode that is no name is passed over");
  }

  @Test
  void fencedCodeInfoStrings() {
    assertEquals("r", Languages.highlightGrammar("r"));
    assertEquals("bash", Languages.highlightGrammar("sh"));
    assertEquals("bash", Languages.highlightGrammar("shell"));
    assertEquals("javascript", Languages.highlightGrammar("js"));
    assertEquals("typescript", Languages.highlightGrammar("ts"));
    assertEquals("markdown", Languages.highlightGrammar("md"));
    assertEquals("xml", Languages.highlightGrammar("html"));
    assertEquals("cpp", Languages.highlightGrammar("C++"));
    assertEquals("csharp", Languages.highlightGrammar("c#"));
    assertEquals("python", Languages.highlightGrammar("ipython3"));
    assertEquals("yaml", Languages.highlightGrammar(" YAML "));
  }

  @Test
  void languagesWithoutAGrammarStayPlain() {
    assertNull(Languages.highlightGrammar("brainfudge"));
    assertNull(Languages.highlightGrammar(""));
    assertNull(Languages.highlightGrammar(null));
    assertNull(Languages.highlightGrammar("c++ java"), "a name is one word");
    assertNull(Languages.highlightGrammar("ja"), "no partial match inside an alias");
    assertNull(Languages.highlightGrammar("vascript"));
    assertNull(grammarOf("{\"language_info\":{\"name\":\"sos\"}}"));
  }

  @Test
  void everyGrammarIsNamedOnce() {
    List<String> grammars = Languages.highlightGrammars();
    assertEquals(grammars.size(), new HashSet<>(grammars).size());
    assertTrue(grammars.containsAll(List.of("python", "r", "julia", "javascript", "bash", "sql", "cpp", "markdown")));
    for (String grammar : grammars) {
      assertEquals(grammar, Languages.highlightGrammar(grammar), "a grammar's own name means it");
    }
  }
}
