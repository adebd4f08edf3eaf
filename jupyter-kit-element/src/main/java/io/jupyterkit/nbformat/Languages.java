package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Which language a notebook's code cells are in, from its metadata as the tools that wrote it record it. */
public final class Languages {
  public static final String PYTHON = "python";

  private Languages() {}

  /** The canonical name of a language id: python, python3, ipython, ipython3 and py all mean Python. */
  public static String normalise(String id) {
    if (id == null) {
      return null;
    }
    String name = id.trim().toLowerCase();
    if (name.isEmpty()) {
      return null;
    }
    switch (name) {
      case "python":
      case "python2":
      case "python3":
      case "ipython":
      case "ipython2":
      case "ipython3":
      case "py":
        return PYTHON;
      default:
        return name;
    }
  }

  /**
   * The highlight.js grammars jupyter-kit ships (vendor/highlight/languages/NAME.min.js), each with the language
   * names that mean it as notebooks, kernels and fenced code blocks spell them (lower case). The first word is the
   * grammar's own name.
   */
  private static final String[] GRAMMARS = {
    "python",
    "r",
    "julia",
    "javascript js node nodejs jsx",
    "typescript ts tsx",
    "json ipynb",
    "bash sh shell zsh ksh console",
    "sql mysql sqlite postgresql postgres plsql tsql",
    "c h",
    "cpp c++ cxx cc hpp c++11 c++14 c++17 c++20 c++23 cuda",
    "java",
    "scala",
    "kotlin kt",
    "rust rs",
    "haskell hs",
    "go golang",
    "ruby rb",
    "lua",
    "perl pl",
    "php",
    "matlab octave",
    "markdown md",
    "xml html xhtml svg",
    "css",
    "yaml yml",
    "latex tex",
    "csharp c# cs",
    "fsharp f# fs",
    "swift",
    "ocaml ml",
    "erlang",
    "elixir ex",
    "clojure clj",
    "scheme racket",
    "lisp common-lisp",
    "fortran",
    "groovy",
    "powershell ps1 pwsh",
    "dockerfile docker",
    "diff patch",
    "ini toml",
    "sas",
    "stata",
    "mathematica wolfram",
    "prolog",
  };

  /**
   * The highlight.js grammar for a language name (a notebook's language, a fenced code block's info string), or
   * null when jupyter-kit ships none for it and the code stays plain.
   */
  public static String highlightGrammar(String language) {
    String name = normalise(language);
    if (name == null || name.indexOf(' ') >= 0) {
      return null;
    }
    String padded = " " + name + " ";
    for (String grammar : GRAMMARS) {
      if ((" " + grammar + " ").contains(padded)) {
        int space = grammar.indexOf(' ');
        return space < 0 ? grammar : grammar.substring(0, space);
      }
    }
    return null;
  }

  /** Every grammar {@link #highlightGrammar} may name, for the build's check that each one is shipped. */
  public static List<String> highlightGrammars() {
    List<String> names = new ArrayList<>();
    for (String grammar : GRAMMARS) {
      int space = grammar.indexOf(' ');
      names.add(space < 0 ? grammar : grammar.substring(0, space));
    }
    return names;
  }

  /**
   * The notebook's language: {@code language_info.name}, else its {@code codemirror_mode} (a name or an object
   * with one), else {@code kernelspec.language}, else the kernelspec's name, else {@code fallback} (the element's
   * {@code language} attribute); normalised.
   */
  public static String of(Notebook notebook, String fallback) {
    JsonObject metadata = notebook.metadata();
    JsonObject languageInfo = metadata.getObject("language_info");
    JsonObject kernelspec = metadata.getObject("kernelspec");
    JsonValue codemirrorMode = languageInfo == null ? null : languageInfo.get("codemirror_mode");
    String[] candidates = {
      languageInfo == null ? null : languageInfo.getString("name", null),
      codemirrorMode == null ? null
          : codemirrorMode.isObject() ? codemirrorMode.asObject().getString("name", null)
          : codemirrorMode.isString() ? codemirrorMode.asString() : null,
      kernelspec == null ? null : kernelspec.getString("language", null),
      kernelspec == null ? null : kernelspec.getString("name", null),
      fallback,
    };
    for (String candidate : candidates) {
      String language = normalise(candidate);
      if (language != null) {
        return language;
      }
    }
    return PYTHON;
  }
}
