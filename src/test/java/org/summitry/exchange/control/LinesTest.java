package org.summitry.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

  @Test
  void linesAreSplitAsJsonLinesAreWritten() throws IOException {
    assertEquals(List.of(), read("", 100));
    assertEquals(List.of("a"), read("a\n", 100));
    assertEquals(List.of("a", "", "김정은"), read("a\n\n김정은", 100), "the last needs no \\n");
  }

  @Test
  void aLineOfTheLongestLengthIsReadAndOneByteMoreIsRefused() throws IOException {
    String longest = "x".repeat(70_000);
    assertEquals(List.of("a", longest), read("a\n" + longest + "\n", 70_000), "across chunks");
    Lines.TooLong tooLong =
        assertThrows(Lines.TooLong.class, () -> read("a\n" + longest + "x\nb\n", 70_000));
    assertTrue(tooLong.getMessage().contains("line 2 of entries/gift.jsonl"), tooLong.getMessage());
  }

  @Test
  void anEndlessLineIsRefusedAfterTheLongestLength() {
    int max = 4 * 1024 * 1024;
    long[] served = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return 'a';
          }

          @Override
          public int read(byte[] bytes, int offset, int length) {
            Arrays.fill(bytes, offset, offset + length, (byte) 'a');
            served[0] += length;
            return length;
          }
        };
    Lines lines = new Lines(endless, max, "entries/gift.jsonl");
    assertEquals(
        "The archive is damaged: line 1 of entries/gift.jsonl is longer than 4 MB, longer than any"
            + " row Summitry writes, so nothing was restored.",
        assertThrows(Lines.TooLong.class, lines::next).getMessage());
    assertTrue(served[0] <= max + 65536, "read no further than one chunk past the limit");
  }

  @Test
  void textThatIsNotUtf8IsRefusedWhenDecoded() throws IOException {
    Lines lines = new Lines(new ByteArrayInputStream(new byte[] {'"', (byte) 0xC3, '"'}), 100, "m");
    assertTrue(lines.next());
    assertThrows(CharacterCodingException.class, lines::text);
    assertFalse(lines.next());
  }

  private static List<String> read(String text, int max) throws IOException {
    Lines lines =
        new Lines(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            max,
            "entries/gift.jsonl");
    List<String> read = new ArrayList<>();
    while (lines.next()) {
      assertEquals(read.size() + 1, lines.number());
      read.add(lines.text());
    }
    return read;
  }
}
