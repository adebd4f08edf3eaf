package io.jupyterkit.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FingerprintTest {
  @Test
  void isTheLengthAndTheFnv1aHashOfTheText() {
    // FNV-1a 32 reference values (over these ASCII texts, code units are bytes).
    assertEquals("0:811c9dc5", Fingerprint.of(""));
    assertEquals("1:e40c292c", Fingerprint.of("a"));
    assertEquals("6:bf9cf968", Fingerprint.of("foobar"));
  }

  @Test
  void slicesGiveTheSameFingerprintAsOneGo() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      text.append("cell ").append(i).append(" \u00e9\u4e2d\n");
    }
    Fingerprint sliced = new Fingerprint(Fingerprint.whole(text.toString()));
    int slices = 0;
    while (!sliced.advance(777)) {
      slices++;
    }
    assertTrue(slices > 100);
    assertEquals(Fingerprint.of(text.toString()), sliced.value());
    assertTrue(sliced.done());
  }

  @Test
  void chunksHashAsTheirConcatenation() {
    String[] chunks = {"{\"cells\": [", "", "{\"source\": \"a\"}", ",", "{\"source\": \"b\"}", "]}"};
    int[] next = {0};
    Fingerprint chunked = new Fingerprint(() -> next[0] < chunks.length ? chunks[next[0]++] : null);
    while (!chunked.advance(3)) {
      // Three characters a slice.
    }
    assertEquals(Fingerprint.of(String.join("", chunks)), chunked.value());
  }

  @Test
  void aOneCharacterChangeOfTheSameLengthIsSeen() {
    String original = "{\"cells\": [{\"source\": \"x = 1\"}]}";
    String changed = original.replace("x = 1", "x = 2");
    assertEquals(original.length(), changed.length());
    assertNotEquals(Fingerprint.of(original), Fingerprint.of(changed));
  }

  @Test
  void aHugeSliceDoesNotOverflow() {
    Fingerprint fingerprint = new Fingerprint(Fingerprint.whole("abc"));
    assertFalse(fingerprint.done());
    assertTrue(fingerprint.advance(Integer.MAX_VALUE));
    assertEquals(Fingerprint.of("abc"), fingerprint.value());
  }
}
