package org.summitry.exchange.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.summitry.kernel.Note;
import org.summitry.media.control.PhotoStore;

class MemberInputTest {

  private static final Note TOO_LARGE =
      Note.of("restore.refusal.memberTooLarge", "entries/gift.jsonl", 8);

  @Test
  void aMemberOfItsDeclaredSizeIsReadWithItsDigest() throws IOException {
    byte[] content = "{\"id\":1}\n".getBytes();
    try (MemberInput in = new MemberInput(new ByteArrayInputStream(content), 9, TOO_LARGE)) {
      assertArrayEquals(content, in.readAllBytes());
      assertEquals(9, in.count());
      assertEquals(PhotoStore.sha256(content), in.sha256());
    }
  }

  @Test
  void oneByteMoreThanDeclaredIsRefusedBeforeItIsHandedOn() throws IOException {
    byte[] content = "{\"id\":1}\n".getBytes();
    try (MemberInput in = new MemberInput(new ByteArrayInputStream(content), 8, TOO_LARGE)) {
      byte[] into = new byte[100];
      assertEquals(8, in.readNBytes(into, 0, 8));
      assertEquals(
          "The archive is damaged: entries/gift.jsonl holds more than the 8 bytes its manifest"
              + " declares, so nothing was restored.",
          assertThrows(MemberInput.TooLarge.class, in::read).getMessage());
    }
  }

  @Test
  void aDeflateBombIsInflatedNoFurtherThanTheLimit() throws IOException {
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
      out.write(new byte[64 << 20]);
    }
    long[] inflated = {0};
    InputStream counted =
        new InflaterInputStream(new ByteArrayInputStream(deflated.toByteArray())) {
          @Override
          public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = super.read(bytes, offset, length);
            inflated[0] += Math.max(read, 0);
            return read;
          }
        };
    try (MemberInput in = new MemberInput(counted, 1000, TOO_LARGE)) {
      assertThrows(MemberInput.TooLarge.class, in::readAllBytes);
    }
    assertTrue(inflated[0] <= 1001, inflated[0] + " bytes inflated");
  }
}
