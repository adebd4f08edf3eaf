package io.jupyterkit.sharedmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StdinBufferTest {
  private final ArrayMemory memory = new ArrayMemory(StdinBuffer.BYTES);
  private final StdinBuffer<byte[]> page = new StdinBuffer<>(memory, memory);
  private final StdinBuffer<byte[]> worker = new StdinBuffer<>(memory, memory);

  private String roundTrip(String answer) {
    worker.expectAnswer();
    assertFalse(worker.answered());
    page.answer(answer);
    assertTrue(worker.answered());
    return worker.read();
  }

  @Test
  void anEmptyAnswerIsAnAnswer() {
    assertEquals("", roundTrip(""));
  }

  @Test
  void multiByteCharactersArriveWhole() {
    assertEquals("Grüße, 世界 🐍", roundTrip("Grüße, 世界 🐍"));
  }

  @Test
  void anAnswerOfExactlyTheCapacityArrivesWhole() {
    String answer = repeat('é', StdinBuffer.CAPACITY / 2);
    assertEquals(StdinBuffer.CAPACITY, answer.getBytes(StandardCharsets.UTF_8).length);
    assertEquals(answer, roundTrip(answer));
  }

  @Test
  void aLongerAnswerIsCutToTheCapacity() {
    assertEquals(repeat('x', StdinBuffer.CAPACITY), roundTrip(repeat('x', StdinBuffer.CAPACITY + 10)));
  }

  @Test
  void aCharacterCutInTwoBecomesAReplacementCharacter() {
    String answer = repeat('x', StdinBuffer.CAPACITY - 1) + "é";
    assertEquals(repeat('x', StdinBuffer.CAPACITY - 1) + "\uFFFD", roundTrip(answer));
  }

  @Test
  void theAnswerWakesTheWaitingWorker() {
    worker.expectAnswer();
    worker.awaitAnswer(100);
    assertEquals(1, memory.waits[0], "the worker waits on the state word");
    page.answer("y");
    assertEquals(1, memory.wakes[0]);
    worker.awaitAnswer(100);
    assertEquals(1, memory.waits[0], "an answer already there ends the wait at once");
  }

  @Test
  void anEarlierAnswerIsForgottenBeforeTheNextQuestion() {
    assertEquals("first", roundTrip("first"));
    worker.expectAnswer();
    assertFalse(worker.answered());
    assertEquals("second", roundTrip("second"));
  }

  private static String repeat(char c, int times) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < times; i++) {
      text.append(c);
    }
    return text.toString();
  }
}
