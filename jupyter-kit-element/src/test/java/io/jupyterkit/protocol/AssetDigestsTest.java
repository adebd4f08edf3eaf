package io.jupyterkit.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AssetDigestsTest {
  @Test
  void digestsAreWrittenAsSubresourceIntegrityWritesThem() throws Exception {
    for (String text : new String[] {"", "a", "ab", "abc", "jupyter-kit verifies what it loads"}) {
      byte[] digest = MessageDigest.getInstance(AssetDigests.ALGORITHM).digest(text.getBytes(StandardCharsets.UTF_8));
      int[] values = new int[digest.length];
      for (int i = 0; i < digest.length; i++) {
        values[i] = digest[i] & 0xff;
      }
      assertEquals("sha384-" + Base64.getEncoder().encodeToString(digest), AssetDigests.sri(values), text);
    }
  }

  @Test
  void lengthsThatAreNotAMultipleOfThreeArePadded() {
    assertEquals("sha384-AQ==", AssetDigests.sri(new int[] {1}));
    assertEquals("sha384-AQI=", AssetDigests.sri(new int[] {1, 2}));
    assertEquals("sha384-AQID", AssetDigests.sri(new int[] {1, 2, 3}));
  }
}
