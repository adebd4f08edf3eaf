package io.jupyterkit.nbformat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WidgetStateTest {
  private static final String DOCUMENT = "{\"version_major\": 2, \"version_minor\": 0, \"state\": {"
      + "\"old\": {\"model_name\": \"IntSliderModel\", \"state\": {\"layout\": \"IPY_MODEL_oldlayout\"}},"
      + "\"oldlayout\": {\"model_name\": \"LayoutModel\", \"state\": {}},"
      + "\"box\": {\"model_name\": \"VBoxModel\", \"state\": {\"children\": [\"IPY_MODEL_slider\"],"
      + "  \"layout\": \"IPY_MODEL_boxlayout\"}},"
      + "\"boxlayout\": {\"model_name\": \"LayoutModel\", \"state\": {}},"
      + "\"slider\": {\"model_name\": \"IntSliderModel\", \"state\": {\"style\": \"IPY_MODEL_style\"}},"
      + "\"style\": {\"model_name\": \"SliderStyleModel\", \"state\": {}},"
      + "\"out\": {\"model_name\": \"OutputModel\", \"state\": {\"outputs\": [{\"output_type\": \"display_data\","
      + "  \"data\": {\"application/vnd.jupyter.widget-view+json\": {\"model_id\": \"inner\"}}}]}},"
      + "\"inner\": {\"model_name\": \"ButtonModel\", \"state\": {}}}}";

  @Test
  void onlyModelsTheOutputsShowAndWhatTheyReferToAreSaved() {
    JsonObject document = JsonParser.parse(DOCUMENT).asObject();
    JsonObject saved = WidgetState.reachable(document, Set.of("box", "out", "gone"));
    assertEquals(Set.of("box", "boxlayout", "slider", "style", "out", "inner"),
        Set.copyOf(saved.getObject("state").keys()));
    assertEquals(2, saved.getInt("version_major"));
  }

  @Test
  void linksBetweenSavedModelsAreSavedAndLinksToLeftOutOnesAreNot() {
    JsonObject document = JsonParser.parse(DOCUMENT.substring(0, DOCUMENT.length() - 2)
        + ", \"link\": {\"model_name\": \"LinkModel\", \"state\": {\"source\": [\"IPY_MODEL_slider\", \"value\"],"
        + "  \"target\": [\"IPY_MODEL_inner\", \"value\"]}},"
        + "\"stale\": {\"model_name\": \"DirectionalLinkModel\", \"state\": {"
        + "  \"source\": [\"IPY_MODEL_old\", \"value\"], \"target\": [\"IPY_MODEL_slider\", \"value\"]}}}}").asObject();
    JsonObject saved = WidgetState.reachable(document, Set.of("box", "out"));
    assertEquals(Set.of("box", "boxlayout", "slider", "style", "out", "inner", "link"),
        Set.copyOf(saved.getObject("state").keys()));
  }

  @Test
  void theShownModelsAreReadFromTheOutputs() {
    Cell cell = new Cell(CellType.CODE, "", null);
    JsonObject data = JsonParser.parse("{\"application/vnd.jupyter.widget-view+json\": {\"model_id\": \"box\"},"
        + " \"text/plain\": \"VBox()\"}").asObject();
    cell.outputs().add(Output.displayData(data, null));
    Notebook notebook = NotebookReader.read(JsonParser.parse("{\"nbformat\": 4, \"nbformat_minor\": 5,"
        + " \"metadata\": {}, \"cells\": []}"));
    notebook.cells().add(cell);
    assertEquals(Set.of("box"), WidgetState.shownModels(notebook));
  }
}
