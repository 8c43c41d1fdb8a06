package org.summitry.exchange.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.summitry.kernel.Note;

/**
 * A member of an archive as it inflates, counted and digested as it is read, that stops with {@link
 * TooLarge} as soon as one byte more comes out than its limit. The limit is what the manifest (or a
 * hard cap) promises, never the size the ZIP's own headers claim: a member that inflates to
 * gigabytes from a small file costs no more than what was promised.
 */
final class MemberInput extends FilterInputStream {

  /** More bytes came out of a member than it may have; the message says which and how many. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    private final Note reason;

    TooLarge(Note reason) {
      super(reason.toString());
      this.reason = reason;
    }

    Note reason() {
      return reason;
    }
  }

  private final long limit;
  private final Note tooLarge;
  private final MessageDigest digest;
  private long count;

  /**
   * @param limit the most bytes the member may hold
   * @param tooLarge the message of the {@link TooLarge} thrown past the limit
   */
  MemberInput(InputStream in, long limit, Note tooLarge) {
    super(in);
    this.limit = limit;
    this.tooLarge = tooLarge;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    // Ask for at most one byte past the limit: enough to notice it, never more to inflate.
    int asked = (int) Math.min(length, limit - count + 1);
    int read = in.read(bytes, offset, asked);
    if (read > 0) {
      count += read;
      if (count > limit) {
        throw new TooLarge(tooLarge);
      }
      digest.update(bytes, offset, read);
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    long skipped = 0;
    int read;
    while (skipped < n
        && (read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped))) > 0) {
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** The bytes read so far. */
  long count() {
    return count;
  }

  /** The SHA-256 of the bytes read so far, in lower-case hex; call once, at the end. */
  String sha256() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
