package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The element's style sheets (src/main/css) agree with the Java that depends on their colours, and the blocks
 * CSS makes us write twice (dark theme, and auto under a dark preference) say the same.
 */
class StyleSheetFilesTest {
  private static final Path CSS = Path.of("src/main/css");
  private static final String[] ANSI_NAMES = {"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"};

  /** One rule: the selectors it is nested in (at-rules included) and its declarations, comments removed. */
  private static final class Rule {
    final String path;
    final String body;

    Rule(String path, String body) {
      this.path = path;
      this.body = body;
    }
  }

  private static List<Rule> rules(String file) throws IOException {
    String css = Files.readString(CSS.resolve(file), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
    List<Rule> rules = new ArrayList<>();
    List<String> open = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (char c : css.toCharArray()) {
      if (c == '{') {
        open.add(text.toString().trim().replaceAll("\\s+", " "));
        text.setLength(0);
      } else if (c == '}') {
        assertFalse(open.isEmpty(), "a } without its { in " + file);
        if (!text.toString().trim().isEmpty()) {
          rules.add(new Rule(String.join(" | ", open), text.toString().trim().replaceAll("\\s+", " ")));
        }
        open.remove(open.size() - 1);
        text.setLength(0);
      } else {
        text.append(c);
      }
    }
    assertTrue(open.isEmpty(), "unclosed rules in " + file + ": " + open);
    return rules;
  }

  /** The custom properties set by the rules at {@code path}, in order. */
  private static Map<String, String> properties(List<Rule> rules, String path) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (rule.path.equals(path)) {
        for (String declaration : rule.body.split(";")) {
          int colon = declaration.indexOf(':');
          if (colon > 0) {
            properties.put(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
          }
        }
      }
    }
    return properties;
  }

  private static int hex(String colour) {
    assertTrue(colour.matches("#[0-9a-f]{6}"), colour);
    return Integer.parseInt(colour.substring(1), 16);
  }

  @Test
  void theAutoThemeUnderADarkPreferenceIsTheDarkTheme() throws IOException {
    List<Rule> rules = rules("jupyter-kit.css");
    Map<String, String> dark = properties(rules, ":host([theme=dark])");
    Map<String, String> auto = properties(rules, "@media (prefers-color-scheme: dark) | :host([theme=auto])");
    assertTrue(dark.size() > 50, "the dark theme and its terminal colours: " + dark.size());
    assertEquals(dark, auto);
    assertEquals(properties(rules, ":host([theme=dark]) .ansi-rgb-fg"),
        properties(rules, "@media (prefers-color-scheme: dark) | :host([theme=auto]) .ansi-rgb-fg"));
  }

  @Test
  void namedTerminalBackgroundsAreThoseTheContrastOfColouredTextIsComputedOn() throws IOException {
    List<Rule> rules = rules("jupyter-kit.css");
    Map<String, String> light = properties(rules, ":host");
    Map<String, String> dark = properties(rules, ":host([theme=dark])");
    for (int i = 0; i < 16; i++) {
      String name = "--jk-ansi-" + ANSI_NAMES[i % 8] + (i >= 8 ? "-intense" : "") + "-bg";
      assertEquals(AnsiContrast.LIGHT_NAMED_BACKGROUNDS[i], hex(light.get(name)), name);
      assertEquals(AnsiContrast.DARK_NAMED_BACKGROUNDS[i], hex(dark.get(name)), name);
    }
    assertEquals(AnsiContrast.LIGHT_BACKGROUNDS[0], hex(light.get("--jk-bg").replace("#fff", "#ffffff")));
    assertEquals(AnsiContrast.LIGHT_BACKGROUNDS[1], hex(light.get("--jk-error-bg")));
    assertEquals(AnsiContrast.DARK_BACKGROUNDS[0], hex(dark.get("--jk-bg")));
    assertEquals(AnsiContrast.DARK_BACKGROUNDS[1], hex(dark.get("--jk-error-bg")));
    assertEquals(AnsiContrast.LIGHT_TEXT, hex(light.get("--jk-fg")));
    assertEquals(AnsiContrast.DARK_TEXT, hex(dark.get("--jk-fg")));
  }

  @Test
  void everyNamedTerminalColourHasItsClasses() throws IOException {
    List<Rule> rules = rules("jupyter-kit.css");
    for (String name : ANSI_NAMES) {
      for (String variant : new String[] {name, name + "-intense"}) {
        assertEquals("color: var(--jk-ansi-" + variant + ")",
            properties(rules, ".ansi-" + variant + "-fg").entrySet().iterator().next().toString().replace("=", ": "));
        assertEquals("var(--jk-ansi-" + variant + "-bg)",
            properties(rules, ".ansi-" + variant + "-bg").get("background-color"));
      }
    }
  }

  @Test
  void outputRulesAreLayeredSoAnOutputsOwnStylesWin() throws IOException {
    for (Rule rule : rules("jupyter-kit-output.css")) {
      assertTrue(rule.path.startsWith("@layer jupyter-kit | "), rule.path);
    }
  }
}
