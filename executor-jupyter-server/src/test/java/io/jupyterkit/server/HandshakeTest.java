package io.jupyterkit.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HandshakeTest {
  private final Handshake handshake = new Handshake();

  @Test
  void cellsGoOnlyOnceBothTheReplyAndTheIdleStatusArrived() {
    handshake.begin();
    assertFalse(handshake.heard("status", "busy"));
    assertFalse(handshake.heard("kernel_info_reply", null));
    assertTrue(handshake.heard("status", "idle"));
  }

  @Test
  void theIdleStatusMayComeFirst() {
    handshake.begin();
    assertFalse(handshake.heard("status", "idle"));
    assertTrue(handshake.heard("kernel_info_reply", null));
  }

  @Test
  void aKernelThatDoesNotAnswerYetIsAskedAgainOnTheSameSocket() {
    handshake.begin();
    for (int i = 0; i < 20; i++) {
      assertFalse(handshake.replaceSocket(), "a kernel still starting is waited for");
    }
  }

  @Test
  void aSocketWhoseIopubStaysSilentAfterTheReplyIsReplaced() {
    handshake.begin();
    handshake.heard("kernel_info_reply", null);
    for (int i = 0; i < Handshake.RETRIES_WITHOUT_IOPUB; i++) {
      assertFalse(handshake.replaceSocket(), "the subscription may take a moment");
    }
    assertTrue(handshake.replaceSocket());
    handshake.begin();
    assertFalse(handshake.replaceSocket(), "a new socket starts again");
  }
}
