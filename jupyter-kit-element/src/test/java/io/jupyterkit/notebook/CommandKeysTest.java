package io.jupyterkit.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandKeysTest {
  private final CommandKeys keys = new CommandKeys();

  private Command command(String key) {
    return keys.command(key, false, false, false, false);
  }

  @Test
  void runKeysWorkInBothModes() {
    for (boolean editing : new boolean[] {true, false}) {
      assertEquals(Command.RUN_AND_ADVANCE, keys.command("Enter", true, false, false, editing));
      assertEquals(Command.RUN, keys.command("Enter", false, true, false, editing));
      assertEquals(Command.RUN_AND_INSERT, keys.command("Enter", false, false, true, editing));
    }
    assertNull(keys.command("Enter", false, false, false, true), "Enter in an editor is a new line");
    assertEquals(Command.EDIT, command("Enter"));
  }

  @Test
  void lettersAreCommandsOnlyInCommandMode() {
    assertNull(keys.command("a", false, false, false, true));
    assertEquals(Command.COMMAND_MODE, keys.command("Escape", false, false, false, true));
    assertEquals(Command.INSERT_ABOVE, command("a"));
    assertEquals(Command.INSERT_BELOW, command("b"));
    assertEquals(Command.TO_MARKDOWN, command("m"));
    assertEquals(Command.TO_CODE, command("y"));
    assertEquals(Command.UNDO_DELETE, command("z"));
    assertEquals(Command.SELECT_PREVIOUS, command("k"));
    assertEquals(Command.SELECT_NEXT, command("ArrowDown"));
    assertEquals(Command.EXTEND_PREVIOUS, keys.command("ArrowUp", true, false, false, false));
    assertEquals(Command.EXTEND_NEXT, keys.command("J", true, false, false, false));
    assertEquals(Command.MOVE_UP, keys.command("ArrowUp", true, true, false, false));
    assertNull(keys.command("a", false, true, false, false), "Ctrl-A selects text as usual");
  }

  @Test
  void pairsNeedTheSameKeyTwiceInARow() {
    assertNull(command("d"));
    assertTrue(keys.awaitingPair());
    assertEquals(Command.DELETE, command("d"));
    assertNull(command("d"));
    assertEquals(Command.SELECT_NEXT, command("j"), "another key cancels the pair");
    assertNull(command("d"));
    assertEquals(Command.INSERT_BELOW, command("b"));
    assertNull(command("i"));
    assertEquals(Command.INTERRUPT, command("i"));
    assertNull(command("0"));
    assertEquals(Command.RESTART, command("0"));
  }
}
