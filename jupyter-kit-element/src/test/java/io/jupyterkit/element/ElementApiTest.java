package io.jupyterkit.element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.json.JsonValue;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The element's API file (src/main/api/jupyter-notebook.json), from which the build writes the package's
 * custom-elements.json and element.d.ts, says what the element really has: its attributes and events are the
 * element's constants, its properties and methods are the element's and are kept from renaming by the externs, its
 * parts are the ones the element sets, its CSS custom properties the ones its style sheets declare, and the README
 * names each of them.
 */
class ElementApiTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path SOURCES = MODULE.resolve("src/main/java/io/jupyterkit/element");
  private static final JsonObject API = read();

  private static JsonObject read() {
    try {
      return JsonParser.parse(Files.readString(MODULE.resolve("src/main/api/jupyter-notebook.json"))).asObject();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Set<String> names(String section, String key) {
    return API.getArray(section).items().stream().map(item -> item.asObject().getString(key, null))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> constants(Class<?> type) throws IllegalAccessException {
    Set<String> values = new TreeSet<>();
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }

  private static Set<String> matches(String text, String regex) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = Pattern.compile(regex).matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static String source(String file) throws IOException {
    return Files.readString(SOURCES.resolve(file));
  }

  /** The names of every property and method of the element, as pages use them. */
  private static Set<String> members() {
    Set<String> members = names("attributes", "property");
    members.addAll(names("properties", "name"));
    members.addAll(names("methods", "name"));
    return members;
  }

  @Test
  void theAttributesAreTheElementsAndTheObservedOnesAmongThem() throws Exception {
    assertEquals(constants(NotebookAttributes.class), names("attributes", "name"));
    assertTrue(names("attributes", "name").containsAll(Arrays.asList(NotebookAttributes.observed())));
  }

  @Test
  void theEventsAreTheOnesTheElementFiresAndNoneHasANativeName() throws Exception {
    Set<String> events = names("events", "name");
    assertEquals(constants(NotebookEvents.class), events);
    for (String event : events) {
      assertTrue(event.startsWith("jupyter-"), event);
    }
  }

  @Test
  void everyPropertyAndMethodIsTheElementsAndKeptByTheExterns() throws IOException {
    String element = source("JupyterNotebookElement.java");
    Set<String> javaProperties = matches(element, "@JsProperty\\(name = \"(\\w+)\"\\)\\s+public (?!static)");
    Set<String> properties = names("attributes", "property");
    properties.addAll(names("properties", "name"));
    assertEquals(properties, javaProperties, "the element's @JsProperty members");
    for (String method : names("methods", "name")) {
      assertTrue(Pattern.compile("public \\S+ " + method + "\\(").matcher(element).find(), method);
    }
    Set<String> externs =
        matches(source("jupyter-notebook.externs.js"), "JupyterNotebookElementApi\\.prototype\\.(\\w+)");
    assertEquals(members(), externs, "the externs declare every member, so Closure renames none");
  }

  @Test
  void propertiesSetBeforeTheElementIsDefinedAreHandedOverForEveryWritableOne() throws IOException {
    Set<String> writable = names("attributes", "property");
    API.getArray("properties").items().stream().map(JsonValue::asObject)
        .filter(property -> !property.getBoolean("readonly", false))
        .forEach(property -> writable.add(property.getString("name", null)));
    String element = source("JupyterNotebookElement.java");
    Matcher list = Pattern.compile("SETTABLE_PROPERTIES = \\{([^}]*)\\}").matcher(element);
    assertTrue(list.find());
    assertEquals(writable, matches(list.group(1), "\"(\\w+)\""));
  }

  @Test
  void thePartsAreTheOnesTheElementSets() throws IOException {
    Set<String> set = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        set.addAll(matches(Files.readString(file), "setAttribute\\(\"part\", \"([a-z-]+)\"\\)"));
      }
    }
    assertEquals(set, names("cssParts", "name"));
  }

  @Test
  void theCssCustomPropertiesAreTheOnesTheStyleSheetsDeclare() throws IOException {
    Set<String> declared = new TreeSet<>();
    try (Stream<Path> files = Files.list(MODULE.resolve("src/main/css"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        declared.addAll(matches(Files.readString(file), "(--jk-[a-z0-9-]+)\\s*:"));
      }
    }
    assertEquals(declared, names("cssProperties", "name"));
  }

  @Test
  void theReadmeNamesEveryAttributePropertyMethodEventAndPart() throws IOException {
    String readme = Files.readString(MODULE.resolve("../README.md"));
    List<String> missing = new ArrayList<>();
    Set<String> all = members();
    all.addAll(names("attributes", "name"));
    all.addAll(names("events", "name"));
    all.addAll(names("cssParts", "name"));
    for (String name : all) {
      if (!readme.contains("`" + name + "`") && !readme.contains("`" + name + "(")) {
        missing.add(name);
      }
    }
    assertEquals(List.of(), missing, "named in the README");
  }
}
