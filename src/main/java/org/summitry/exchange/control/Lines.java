package org.summitry.exchange.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.summitry.kernel.Note;

/**
 * The lines of a JSON Lines member, read as bytes up to a longest line, so that one endless line
 * costs no more memory than the longest allowed; {@link #text()} decodes the current line as strict
 * UTF-8 only when it is wanted. Lines end at {@code \n}; the last one may lack it.
 */
final class Lines {

  /** A line longer than the longest allowed; the message names the member and the line. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    private final Note reason;

    TooLong(Note reason) {
      super(reason.toString());
      this.reason = reason;
    }

    Note reason() {
      return reason;
    }
  }

  private final InputStream in;
  private final int maxLength;
  private final String member;
  private final byte[] chunk = new byte[65536];
  private int chunkAt;
  private int chunkEnd;
  private byte[] line = new byte[8192];
  private int length;
  private long number;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /**
   * @param maxLength the longest line in bytes, without its {@code \n}
   * @param member the member's name, for the message of {@link TooLong}
   */
  Lines(InputStream in, int maxLength, String member) {
    this.in = in;
    this.maxLength = maxLength;
    this.member = member;
  }

  /** Moves to the next line; false at the end. */
  boolean next() throws IOException {
    length = 0;
    boolean any = false;
    while (true) {
      if (chunkAt == chunkEnd) {
        chunkEnd = in.read(chunk);
        chunkAt = 0;
        if (chunkEnd <= 0) {
          chunkEnd = 0;
          if (any) {
            number++;
          }
          return any;
        }
      }
      any = true;
      int end = chunkAt;
      while (end < chunkEnd && chunk[end] != '\n') {
        end++;
      }
      append(chunkAt, end - chunkAt);
      if (end < chunkEnd) {
        chunkAt = end + 1;
        number++;
        return true;
      }
      chunkAt = end;
    }
  }

  private void append(int from, int count) throws TooLong {
    if (length + count > maxLength) {
      throw new TooLong(
          Note.of("restore.refusal.lineTooLong", number + 1, member, maxLength / (1024 * 1024)));
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLength, Math.max(length + count, line.length * 2)));
    }
    System.arraycopy(chunk, from, line, length, count);
    length += count;
  }

  /** The number of the current line, from 1. */
  long number() {
    return number;
  }

  /** The current line's length in bytes. */
  int length() {
    return length;
  }

  /** The current line as text. */
  String text() throws CharacterCodingException {
    return utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
  }
}
