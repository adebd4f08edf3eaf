package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jupyterkit.nbformat.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package ships exactly the highlight.js grammars the element may ask for (npm/pom.xml copies them by name). */
class HighlightGrammarsTest {
  @Test
  void theShippedGrammarsAreTheOnesTheElementNames() throws IOException {
    Path root = Path.of(System.getProperty("jupyterkit.root", ".."));
    Path folder = root.resolve("npm/target/package/vendor/highlight/languages");
    List<String> shipped;
    try (Stream<Path> files = Files.list(folder)) {
      shipped = files.map(file -> file.getFileName().toString().replace(".min.js", "")).sorted()
          .collect(Collectors.toList());
    }
    assertEquals(Languages.highlightGrammars().stream().sorted().collect(Collectors.toList()), shipped);
  }
}
