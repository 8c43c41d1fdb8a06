package org.summitry.media.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Image files made byte by byte for tests, good and hostile: PNG chunks, zlib streams (among them a
 * decompression bomb made without compressing anything) and JPEG Exif segments whose tags all point
 * at the same bytes.
 */
public final class HostileFiles {

  private HostileFiles() {}

  /** A real PNG of the given size (written by javax.imageio) with {@code chunks} after IHDR. */
  public static byte[] png(int width, int height, byte[]... chunks) {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try {
      ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return afterHeader(written.toByteArray(), chunks);
  }

  /** A PNG whose header claims {@code width × height} pixels, with a few bytes of picture. */
  public static byte[] pngClaiming(int width, int height, byte[]... chunks) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    png.writeBytes(chunk("IHDR", ihdr.array()));
    png.writeBytes(chunk("IDAT", zlib(new byte[64])));
    png.writeBytes(chunk("IEND", new byte[0]));
    return afterHeader(png.toByteArray(), chunks);
  }

  private static byte[] afterHeader(byte[] png, byte[]... chunks) {
    int afterIhdr = 8 + 4 + 4 + 13 + 4;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, afterIhdr);
    for (byte[] chunk : chunks) {
      out.writeBytes(chunk);
    }
    out.write(png, afterIhdr, png.length - afterIhdr);
    return out.toByteArray();
  }

  /** A PNG chunk: length, type, data and the CRC of type and data. */
  public static byte[] chunk(String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length)
        .putInt(data.length)
        .put(name)
        .put(data)
        .putInt((int) crc.getValue())
        .array();
  }

  /** A zTXt chunk: keyword, NUL, compression method 0, then {@code zlib}, already compressed. */
  public static byte[] zTXt(String keyword, byte[] zlib) {
    return chunk("zTXt", concat(latin1(keyword + "\0\0"), zlib));
  }

  /**
   * An iTXt chunk without language tags, its text compressed (then {@code text} is zlib) or not.
   */
  public static byte[] iTXt(String keyword, boolean compressed, byte[] text) {
    return chunk(
        "iTXt", concat(latin1(keyword + "\0" + (compressed ? "\1" : "\0") + "\0\0\0"), text));
  }

  /** {@code text} compressed as a zlib stream, as PNG stores compressed text. */
  public static byte[] zlib(byte[] text) {
    Deflater deflater = new Deflater();
    deflater.setInput(text);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  /**
   * A valid zlib stream that inflates to at least {@code bytes} zero bytes, about a thousandth of
   * that in size, written bit by bit instead of compressed (compressing 300 MB takes seconds).
   *
   * <p>It is one dynamic-Huffman deflate block (RFC 1951, 3.2.7) whose codes make each repeat as
   * cheap as deflate allows: the literal/length alphabet has three codes, a zero byte ({@code 10}),
   * the end of the block ({@code 11}) and "repeat 258 bytes" ({@code 0}); the one distance code, "1
   * back", is {@code 0}. One zero byte then two bits per 258 further zeros. The code lengths are
   * themselves coded with three code-length codes: 18 ("11 to 138 zeros", {@code 0}), 1 ({@code
   * 10}) and 2 ({@code 11}). The zlib wrapper's Adler-32 of n zero bytes is {@code (n mod 65521) <<
   * 16 | 1}.
   */
  public static byte[] zlibZeros(long bytes) {
    long repeats = (bytes + 256) / 258;
    Bits bits = new Bits();
    bits.put(1, 1); // the final block
    bits.put(2, 2); // dynamic Huffman codes
    bits.put(286 - 257, 5); // literal/length codes up to 285
    bits.put(1 - 1, 5); // one distance code
    bits.put(18 - 4, 4); // code-length code lengths given up to the 18th in their order
    int[] order = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    int[] lengths = new int[19];
    lengths[18] = 1;
    lengths[1] = 2;
    lengths[2] = 2;
    for (int i = 0; i < 18; i++) {
      bits.put(lengths[order[i]], 3);
    }
    bits.code(0b11, 2); // literal 0: length 2
    bits.code(0, 1).put(138 - 11, 7); // literals 1-138: none
    bits.code(0, 1).put(117 - 11, 7); // literals 139-255: none
    bits.code(0b11, 2); // end of block (256): length 2
    bits.code(0, 1).put(28 - 11, 7); // lengths 257-284: none
    bits.code(0b10, 2); // length 285 (258 bytes): length 1
    bits.code(0b10, 2); // distance 0 (1 back): length 1
    bits.code(0b10, 2); // the first zero byte
    bits.zeros(2 * repeats); // each "repeat 258 bytes, 1 back" is two 0 bits
    bits.code(0b11, 2); // end of block
    long total = 1 + 258 * repeats;
    long adler = (total % 65521) << 16 | 1;
    return concat(
        new byte[] {0x78, (byte) 0x9C},
        concat(bits.toByteArray(), ByteBuffer.allocate(4).putInt((int) adler).array()));
  }

  /**
   * An APP1 Exif segment whose first directory holds the orientation and then {@code tags} RATIONAL
   * entries that all point at the same {@code rationals} values: a few kilobytes that a reader
   * copying each tag's values turns into {@code tags × rationals} objects.
   */
  public static byte[] exifAmplifier(int orientation, int tags, int rationals) {
    int entries = 1 + tags;
    int directory = 2 + 12 * entries + 4;
    int valuesAt = 8 + directory;
    ByteBuffer tiff = ByteBuffer.allocate(valuesAt + 8 * rationals);
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    tiff.putShort((short) entries);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);
    tiff.putShort((short) orientation).putShort((short) 0);
    for (int i = 0; i < tags; i++) {
      tiff.putShort((short) (0x1000 + i)).putShort((short) 5).putInt(rationals).putInt(valuesAt);
    }
    tiff.putInt(0);
    while (tiff.hasRemaining()) {
      tiff.putInt(1);
    }
    return MetadataSegments.segment(0xE1, concat(latin1("Exif\0\0"), tiff.array()));
  }

  static byte[] concat(byte[] a, byte[] b) {
    return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
  }

  static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Bits written least significant first, as deflate packs them. */
  private static final class Bits {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int current;
    private int used;

    Bits put(int value, int count) {
      for (int i = 0; i < count; i++) {
        current |= ((value >> i) & 1) << used;
        if (++used == 8) {
          out.write(current);
          current = 0;
          used = 0;
        }
      }
      return this;
    }

    /** A Huffman code, which deflate packs starting from its most significant bit. */
    Bits code(int code, int length) {
      for (int i = length - 1; i >= 0; i--) {
        put((code >> i) & 1, 1);
      }
      return this;
    }

    void zeros(long count) {
      long left = count;
      while (left > 0 && used != 0) {
        put(0, 1);
        left--;
      }
      out.writeBytes(new byte[(int) (left / 8)]);
      put(0, (int) (left % 8));
    }

    byte[] toByteArray() {
      if (used > 0) {
        out.write(current);
        current = 0;
        used = 0;
      }
      return out.toByteArray();
    }
  }
}
