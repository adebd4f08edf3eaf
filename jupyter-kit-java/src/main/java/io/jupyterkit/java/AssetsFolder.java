package io.jupyterkit.java;

/** Plain-Java URL rules of {@link JupyterKit#setAssetsUrl}, apart so the JVM tests reach them. */
final class AssetsFolder {
  private AssetsFolder() {}

  /**
   * A folder URL ends with a slash: the element resolves its files against it, and {@code /jupyter-kit} would
   * otherwise mean the files beside a file named {@code jupyter-kit}.
   */
  static String withSlash(String folderUrl) {
    int end = folderUrl.length();
    for (int i = 0; i < folderUrl.length(); i++) {
      char c = folderUrl.charAt(i);
      if (c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String path = folderUrl.substring(0, end);
    return path.endsWith("/") ? path : path + "/";
  }
}
