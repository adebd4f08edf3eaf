package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The widget state a notebook saves ({@code metadata.widgets}): only the models its outputs show and the models
 * those refer to (layouts, styles, children, the views inside Output widgets), and the links ({@code jslink},
 * {@code jsdlink}) between those, which nothing refers to but which work with no kernel. Models of earlier runs of a
 * cell, which no output shows any more, are left out, so re-running cells does not pile up stale duplicates.
 */
public final class WidgetState {
  /** The MIME type of a widget view output. */
  public static final String VIEW_MIME = "application/vnd.jupyter.widget-view+json";
  /** The key of the saved state in {@code metadata.widgets}. */
  public static final String STATE_MIME = "application/vnd.jupyter.widget-state+json";
  private static final String REFERENCE_PREFIX = "IPY_MODEL_";

  private WidgetState() {}

  /** The ids of the models the notebook's outputs show. */
  public static Set<String> shownModels(Notebook notebook) {
    Set<String> shown = new LinkedHashSet<>();
    for (Cell cell : notebook.cells()) {
      for (Output output : cell.outputs()) {
        JsonValue view = output.data().get(VIEW_MIME);
        String id = view == null || view.asObject() == null ? null : view.asObject().getString("model_id", null);
        if (id != null) {
          shown.add(id);
        }
      }
    }
    return shown;
  }

  /**
   * {@code document} (a widget state document: {@code version_major}, {@code version_minor}, {@code state}) with
   * only the models reachable from {@code shown}.
   */
  public static JsonObject reachable(JsonObject document, Set<String> shown) {
    JsonObject models = document.getObject("state");
    if (models == null) {
      return document;
    }
    Set<String> kept = new LinkedHashSet<>();
    List<String> toVisit = new ArrayList<>();
    for (String id : shown) {
      if (models.has(id) && kept.add(id)) {
        toVisit.add(id);
      }
    }
    while (!toVisit.isEmpty()) {
      String id = toVisit.remove(toVisit.size() - 1);
      for (String referenced : references(models, id)) {
        if (kept.add(referenced)) {
          toVisit.add(referenced);
        }
      }
    }
    for (String id : models.keys()) {
      JsonValue model = models.get(id);
      String name = model == null || model.asObject() == null ? null : model.asObject().getString("model_name", null);
      if ("LinkModel".equals(name) || "DirectionalLinkModel".equals(name)) {
        List<String> linked = references(models, id);
        if (!linked.isEmpty() && kept.containsAll(linked)) {
          kept.add(id);
        }
      }
    }
    JsonObject filtered = new JsonObject();
    for (String key : document.keys()) {
      filtered.put(key, document.get(key));
    }
    JsonObject keptModels = new JsonObject();
    for (String id : models.keys()) {
      if (kept.contains(id)) {
        keptModels.put(id, models.get(id));
      }
    }
    filtered.put("state", keptModels);
    return filtered;
  }

  /** The ids of the models that model {@code id} refers to, by IPY_MODEL_ reference or by bare id. */
  private static List<String> references(JsonObject models, String id) {
    List<String> strings = new ArrayList<>();
    collectStrings(models.get(id), strings);
    List<String> referenced = new ArrayList<>();
    for (String text : strings) {
      String other = text.startsWith(REFERENCE_PREFIX) ? text.substring(REFERENCE_PREFIX.length()) : text;
      if (!other.equals(id) && models.has(other)) {
        referenced.add(other);
      }
    }
    return referenced;
  }

  /** Every string inside {@code value}, walked without recursion. */
  private static void collectStrings(JsonValue value, List<String> strings) {
    List<JsonValue> stack = new ArrayList<>();
    stack.add(value);
    while (!stack.isEmpty()) {
      JsonValue next = stack.remove(stack.size() - 1);
      if (next == null) {
        continue;
      }
      if (next.isString()) {
        strings.add(next.asString());
      } else if (next.isArray()) {
        stack.addAll(next.asArray().items());
      } else if (next.isObject()) {
        JsonObject object = next.asObject();
        for (String key : object.keys()) {
          stack.add(object.get(key));
        }
      }
    }
  }
}
