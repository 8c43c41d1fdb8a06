package org.summitry.media.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Builds real JPEG files with embedded metadata for tests, byte by byte, so that no binary fixture
 * has to be kept and each test shows exactly what its file says.
 *
 * <p>A JPEG is a sequence of segments: the marker {@code FF D8} (start of image), then segments of
 * the form {@code FF xx}, a two-byte big-endian length that counts itself but not the marker, and
 * the payload. Metadata lives in application segments that readers recognise by a signature at the
 * start of the payload:
 *
 * <ul>
 *   <li>Exif: APP1 ({@code FF E1}) with {@code "Exif\0\0"} and a TIFF structure (see {@link
 *       #exif}).
 *   <li>XMP: APP1 with {@code "http://ns.adobe.com/xap/1.0/\0"} and an RDF/XML packet (see {@link
 *       #xmp}).
 *   <li>IPTC IIM: APP13 ({@code FF ED}) with {@code "Photoshop 3.0\0"} and Photoshop image resource
 *       blocks, one of which (id {@code 0x0404}) holds the IIM datasets (see {@link Iim}).
 * </ul>
 */
public final class MetadataSegments {

  private static final int APP1 = 0xE1;
  private static final int APP13 = 0xED;

  private MetadataSegments() {}

  /** A small real JPEG written by javax.imageio, with no metadata beyond its JFIF header. */
  static byte[] plainJpeg() {
    BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x33, 0x66, 0x99));
    g.fillRect(0, 0, 32, 12);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "jpeg", out)) {
        throw new IllegalStateException("no JPEG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A plain JPEG with the given segments placed right after its start-of-image marker. */
  public static byte[] jpegWith(byte[]... segments) {
    byte[] jpeg = plainJpeg();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    for (byte[] segment : segments) {
      out.writeBytes(segment);
    }
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** One JPEG segment: marker, length (payload + 2, big-endian), payload. */
  static byte[] segment(int marker, byte[] payload) {
    if (payload.length + 2 > 0xFFFF) {
      throw new IllegalArgumentException("a JPEG segment holds at most 65533 bytes");
    }
    return ByteBuffer.allocate(payload.length + 4)
        .put((byte) 0xFF)
        .put((byte) marker)
        .putShort((short) (payload.length + 2))
        .put(payload)
        .array();
  }

  /**
   * An APP1 Exif segment: {@code "Exif\0\0"}, then a big-endian TIFF header ({@code "MM"}, 42, the
   * offset 8 of the first IFD). An IFD is a two-byte entry count, 12-byte entries (tag, type,
   * count, and the value itself when it fits in four bytes, else its offset from the TIFF header),
   * and the four-byte offset of the next IFD (0: none). IFD0 carries Orientation (0x0112, SHORT)
   * and the pointer to the Exif sub-IFD (0x8769, LONG), which carries DateTimeOriginal (0x9003,
   * ASCII, "YYYY:MM:DD HH:MM:SS" and a NUL). Either may be null to leave it out.
   */
  static byte[] exif(Integer orientation, String dateTimeOriginal) {
    final short typeAscii = 2;
    final short typeShort = 3;
    final short typeLong = 4;
    int ifd0Entries = (orientation != null ? 1 : 0) + (dateTimeOriginal != null ? 1 : 0);
    int ifd0Offset = 8;
    int subIfdOffset = ifd0Offset + 2 + 12 * ifd0Entries + 4;
    int dateOffset = subIfdOffset + 2 + 12 + 4;
    byte[] date =
        dateTimeOriginal == null
            ? new byte[0]
            : (dateTimeOriginal + "\0").getBytes(StandardCharsets.US_ASCII);
    int tiffLength = dateTimeOriginal == null ? subIfdOffset : dateOffset + date.length;

    ByteBuffer tiff = ByteBuffer.allocate(tiffLength); // big-endian, as "MM" declares
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0Offset);
    tiff.putShort((short) ifd0Entries);
    if (orientation != null) {
      tiff.putShort((short) 0x0112).putShort(typeShort).putInt(1);
      tiff.putShort(orientation.shortValue()).putShort((short) 0); // left-justified in 4 bytes
    }
    if (dateTimeOriginal != null) {
      tiff.putShort((short) 0x8769).putShort(typeLong).putInt(1).putInt(subIfdOffset);
    }
    tiff.putInt(0);
    if (dateTimeOriginal != null) {
      tiff.putShort((short) 1);
      tiff.putShort((short) 0x9003).putShort(typeAscii).putInt(date.length).putInt(dateOffset);
      tiff.putInt(0);
      tiff.put(date);
    }
    return segment(APP1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array()));
  }

  /**
   * An APP1 XMP segment: the namespace {@code "http://ns.adobe.com/xap/1.0/"} and a NUL, then an
   * XMP packet in UTF-8: {@code <?xpacket begin?>}, {@code x:xmpmeta}, {@code rdf:RDF} and one
   * {@code rdf:Description} holding the given properties (use {@link #simple}, {@link #langAlt},
   * {@link #seq}). The prefixes dc, photoshop, Iptc4xmpCore and Iptc4xmpExt are declared.
   */
  static byte[] xmp(String... properties) {
    return segment(
        APP1,
        concat(
            "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII),
            xmpPacket(properties).getBytes(StandardCharsets.UTF_8)));
  }

  /** The XMP packet of {@link #xmp}, as other formats than JPEG store it. */
  static String xmpPacket(String... properties) {
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "  <rdf:Description rdf:about=\"\"\n"
        + "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        + "    xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\"\n"
        + "    xmlns:Iptc4xmpCore=\"http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/\"\n"
        + "    xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\"\n"
        + "    xmlns:xmpRights=\"http://ns.adobe.com/xap/1.0/rights/\">\n"
        + String.join("\n", properties)
        + "\n  </rdf:Description>\n"
        + " </rdf:RDF>\n"
        + "</x:xmpmeta>\n"
        + "<?xpacket end=\"w\"?>";
  }

  /** A simple XMP property, such as {@code photoshop:Credit}. */
  static String simple(String name, String value) {
    return "<" + name + ">" + escape(value) + "</" + name + ">";
  }

  /** A language alternative (rdf:Alt) with only the x-default item, as dc:description is. */
  static String langAlt(String name, String value) {
    return "<"
        + name
        + "><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + escape(value)
        + "</rdf:li></rdf:Alt></"
        + name
        + ">";
  }

  /** An ordered array (rdf:Seq), as dc:creator is. */
  static String seq(String name, String... values) {
    StringBuilder xml = new StringBuilder("<" + name + "><rdf:Seq>");
    for (String value : values) {
      xml.append("<rdf:li>").append(escape(value)).append("</rdf:li>");
    }
    return xml.append("</rdf:Seq></").append(name).append(">").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
  }

  /**
   * IPTC IIM datasets packed into an APP13 segment.
   *
   * <p>A dataset is the tag marker {@code 0x1C}, the record number, the dataset number, a two-byte
   * big-endian length (values under 32768 bytes) and the value. Record 1 (envelope) comes before
   * record 2 (application); 1:90 is the coded character set, where the ISO 2022 escape sequence
   * {@code ESC % G} declares UTF-8. Without it, readers must guess.
   *
   * <p>The APP13 payload is {@code "Photoshop 3.0\0"} followed by image resource blocks: {@code
   * "8BIM"}, a two-byte resource id ({@code 0x0404}: IPTC-NAA), a Pascal-string name padded to an
   * even length (empty: two zero bytes), a four-byte data length and the data, padded to even.
   */
  public static final class Iim {

    private final Charset charset;
    private final List<byte[]> datasets = new ArrayList<>();

    private Iim(Charset charset, boolean declareUtf8) {
      this.charset = charset;
      if (declareUtf8) {
        datasets.add(dataset(1, 90, new byte[] {0x1B, '%', 'G'}));
      }
      datasets.add(dataset(2, 0, new byte[] {0, 4})); // application record version 4
    }

    /** Text encoded in UTF-8, declared so by 1:90. */
    public static Iim utf8() {
      return new Iim(StandardCharsets.UTF_8, true);
    }

    /** Text encoded in the given charset with no 1:90 declaration, as older software writes it. */
    static Iim undeclared(Charset charset) {
      return new Iim(charset, false);
    }

    /** Adds dataset 2:{@code number}; repeat a number for a repeatable dataset such as 2:80. */
    public Iim with(int number, String value) {
      datasets.add(dataset(2, number, value.getBytes(charset)));
      return this;
    }

    /** The APP13 segment holding these datasets. */
    public byte[] segment() {
      ByteArrayOutputStream iim = new ByteArrayOutputStream();
      datasets.forEach(iim::writeBytes);
      byte[] data = iim.toByteArray();
      int padding = data.length % 2;
      ByteBuffer payload =
          ByteBuffer.allocate(14 + 4 + 2 + 2 + 4 + data.length + padding)
              .put("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII))
              .put("8BIM".getBytes(StandardCharsets.US_ASCII))
              .putShort((short) 0x0404)
              .putShort((short) 0) // empty name, padded to even length
              .putInt(data.length)
              .put(data);
      return MetadataSegments.segment(APP13, payload.array());
    }

    private static byte[] dataset(int record, int number, byte[] value) {
      if (value.length >= 0x8000) {
        throw new IllegalArgumentException("extended datasets are not needed here");
      }
      return ByteBuffer.allocate(5 + value.length)
          .put((byte) 0x1C)
          .put((byte) record)
          .put((byte) number)
          .putShort((short) value.length)
          .put(value)
          .array();
    }
  }
}
