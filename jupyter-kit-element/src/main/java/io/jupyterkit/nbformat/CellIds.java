package io.jupyterkit.nbformat;

import java.util.HashSet;
import java.util.Set;

/**
 * Cell ids, which nbformat 4.5 requires on every cell: 1 to 64 letters, digits, {@code -} or {@code _}, unique in
 * the notebook. Before saving, cells of a 4.5 notebook that lack one, or whose id breaks those rules, get a fresh
 * one, as nbformat's own normalisation does, so what the element saves validates.
 */
final class CellIds {
  private CellIds() {}

  static void assign(Notebook notebook) {
    if (notebook.nbformatMinor() < 5) {
      return;
    }
    Set<String> used = new HashSet<>();
    for (Cell cell : notebook.cells()) {
      if (valid(cell.id()) && used.add(cell.id())) {
        continue;
      }
      cell.setId(null);
    }
    int next = 1;
    for (Cell cell : notebook.cells()) {
      if (cell.id() == null && cell.type() != CellType.INVALID) {
        while (used.contains("cell-" + next)) {
          next++;
        }
        cell.setId("cell-" + next);
        used.add(cell.id());
      }
    }
  }

  static boolean valid(String id) {
    if (id == null || id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
