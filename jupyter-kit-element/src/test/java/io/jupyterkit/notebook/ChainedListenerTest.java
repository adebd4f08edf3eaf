package io.jupyterkit.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainedListenerTest {
  private static NotebookModel.Listener recording(String name, List<String> heard) {
    return new NotebookModel.Listener() {
      @Override
      public void cellsInserted(int index, List<CellState> inserted) {
        heard.add(name + " inserted " + index);
      }

      @Override
      public void cellsRemoved(int index, List<CellState> removed) {
        heard.add(name + " removed " + index);
      }

      @Override
      public void changed() {
        heard.add(name + " changed");
      }
    };
  }

  @Test
  void bothHearEveryChangeTheFirstFirst() {
    List<String> heard = new ArrayList<>();
    NotebookModel.Listener chain = ChainedListener.of(recording("view", heard), recording("drafts", heard));
    chain.cellsInserted(2, List.of());
    chain.cellsRemoved(1, List.of());
    chain.changed();
    assertEquals(List.of("view inserted 2", "drafts inserted 2", "view removed 1", "drafts removed 1", "view changed",
        "drafts changed"), heard);
  }
}
