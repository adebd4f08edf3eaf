package io.jupyterkit.sharedmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class CommInboxTest {
  private final ArrayMemory memory = new ArrayMemory(CommInbox.BYTES);
  private final CommInbox<byte[]> page = new CommInbox<>(memory, memory);
  private final CommInbox<byte[]> worker = new CommInbox<>(memory, memory);

  @Test
  void messagesArriveInOrderAndTheDrainEmptiesTheInbox() {
    assertTrue(page.offer("{\"a\":1}"));
    assertTrue(page.offer("{\"text\":\"Grüße 🐍\"}"));
    assertTrue(page.offer(""));
    assertEquals(Arrays.asList("{\"a\":1}", "{\"text\":\"Grüße 🐍\"}", ""), worker.drain());
    assertEquals(Collections.emptyList(), worker.drain());
    assertEquals(0, memory.load(1), "no bytes used");
    assertEquals(0, memory.load(0), "the lock is free again");
  }

  @Test
  void eachRecordIsALengthWordAndBytesPaddedToFour() {
    page.offer("abcde");
    page.offer("xyz");
    assertEquals(4 + 8 + 4 + 4, memory.load(1));
    assertEquals(5, memory.load(2), "the first record's length, at byte 8");
    assertEquals("abcde", new String(memory.memory, 12, 5, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(3, memory.load(5), "the second record starts on the next word after the padding");
    assertEquals(Arrays.asList("abcde", "xyz"), worker.drain());
  }

  @Test
  void aFullInboxRefusesWhatDoesNotFitAndKeepsWhatItHas() {
    String big = repeat('x', CommInbox.CAPACITY - 4 - 8);
    assertTrue(page.offer(big));
    assertTrue(page.offer("1234"), "exactly fills the inbox");
    assertEquals(CommInbox.CAPACITY, memory.load(1));
    assertFalse(page.offer(""));
    assertEquals(0, memory.load(0), "a refusal frees the lock");
    assertEquals(Arrays.asList(big, "1234"), worker.drain());
    assertTrue(page.offer("after"), "drained, it takes messages again");
  }

  @Test
  void aMessageLargerThanTheInboxIsRefused() {
    assertFalse(page.offer(repeat('x', CommInbox.CAPACITY)));
    assertEquals(Collections.emptyList(), worker.drain());
  }

  @Test
  void whileTheWorkerHoldsTheLockThePageIsRefused() {
    memory.store(0, 1);
    assertFalse(page.offer("{}"));
    assertEquals(1, memory.load(0), "the worker's lock is left alone");
    assertEquals(0, memory.load(1));
    memory.store(0, 0);
    assertTrue(page.offer("{}"));
  }

  private static String repeat(char c, int times) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < times; i++) {
      text.append(c);
    }
    return text.toString();
  }
}
