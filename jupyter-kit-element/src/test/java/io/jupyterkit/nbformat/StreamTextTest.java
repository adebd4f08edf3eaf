package io.jupyterkit.nbformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jupyterkit.json.JsonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cases of JupyterLab's own output-area model tests, and the saved progress bars they are for. */
class StreamTextTest {
  private static String shown(String... pieces) {
    StreamText text = new StreamText();
    for (String piece : pieces) {
      text.append(piece);
    }
    return text.text();
  }

  @Test
  void carriageReturnsAndBackspacesOverwriteAcrossPieces() {
    assertEquals("jupyter", shown("Jupyter\rj"));
    assertEquals("jupyter\njupyter", shown("Jupyter\rj", "\njj\bupyter"));
    assertEquals("jupyter\njupyter\njupyter", shown("Jupyter\rj", "\njj\bupyter", "\r\r\njupyter"));
    assertEquals("abc\n-", shown("abc\r", "\n-"));
    assertEquals("The meaning of life is....\nSome people... More text.",
        shown("The meaning of life is....\nSome people... ", "More text."));
  }

  @Test
  void aProgressBarLeavesItsLastStateAndWhatFollowsIt() {
    assertEquals("100%|##########|\ndone\n", shown("  0%|          |", "\r 50%|#####     |", "\r100%|##########|",
        "\n", "done\n"));
    assertEquals("a\nb", shown("a\r\nb"), "CR LF is one line break");
    assertEquals("XYcdef\n", shown("abcdef\rXY\n"), "the tail of a longer line stays");
    assertEquals("a\nb", shown("a\n\bb"), "a backspace never joins lines");
    assertEquals("x", shown("\b\bx"), "backspaces at the start do nothing");
  }

  @Test
  void longTextWithRareControlsIsFast() {
    int size = 10_000_000;
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < size; i++) {
      many.append('a');
    }
    String half = many.toString();
    assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertEquals(2 * size, shown(half + "a\b" + half).length()));
  }

  @Test
  void savedStreamOutputsOfOneNameMergeAsJupyterLabLoadsThem() {
    Notebook notebook = NotebookReader.read(JsonParser.parse("{\"nbformat\":4,\"nbformat_minor\":5,\"metadata\":{},"
        + "\"cells\":[{\"cell_type\":\"code\",\"metadata\":{},\"source\":\"\",\"execution_count\":1,\"outputs\":["
        + "{\"output_type\":\"stream\",\"name\":\"stderr\",\"text\":\"  0%|  |\"},"
        + "{\"output_type\":\"stream\",\"name\":\"stderr\",\"text\":\"\\r 50%|# |\"},"
        + "{\"output_type\":\"stream\",\"name\":\"stderr\",\"text\":[\"\\r100%|##|\\n\"]},"
        + "{\"output_type\":\"stream\",\"name\":\"stdout\",\"text\":\"done\\n\"},"
        + "{\"output_type\":\"display_data\",\"metadata\":{},\"data\":{\"text/plain\":\"x\"}},"
        + "{\"output_type\":\"stream\",\"name\":\"stdout\",\"text\":\"after\\n\"}]}]}"));
    List<Output> outputs = notebook.cells().get(0).outputs();
    List<String> shown = new ArrayList<>();
    for (Output output : outputs) {
      shown.add(output.type() == OutputType.STREAM ? output.name() + ":" + output.shownText() : output.type().jsonName());
    }
    assertEquals(Arrays.asList("stderr:100%|##|\n", "stdout:done\n", "display_data", "stdout:after\n"), shown);
    assertEquals("  0%|  |\r 50%|# |\r100%|##|\n", outputs.get(0).text(), "the text is saved as written");
  }

  @Test
  void theShownTextFollowsAppends() {
    Output output = Output.stream("stdout", "10%");
    assertEquals("10%", output.shownText());
    output.appendText("\r20%");
    output.appendText("\r30%");
    assertEquals("30%", output.shownText());
  }
}
