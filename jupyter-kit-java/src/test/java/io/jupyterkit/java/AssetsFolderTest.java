package io.jupyterkit.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AssetsFolderTest {
  @Test
  void aFolderUrlEndsWithOneSlash() {
    assertEquals("/jupyter-kit/", AssetsFolder.withSlash("/jupyter-kit"));
    assertEquals("/jupyter-kit/", AssetsFolder.withSlash("/jupyter-kit/"));
    assertEquals("https://example.org/static/jk/", AssetsFolder.withSlash("https://example.org/static/jk"));
    assertEquals("./", AssetsFolder.withSlash("."));
  }

  @Test
  void aQueryOrFragmentIsNoPartOfTheFolder() {
    assertEquals("/jupyter-kit/", AssetsFolder.withSlash("/jupyter-kit?v=2"));
    assertEquals("/jupyter-kit/", AssetsFolder.withSlash("/jupyter-kit/#top"));
  }
}
