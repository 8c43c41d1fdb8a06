package org.summitry.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitry.media.control.HostileFiles.chunk;
import static org.summitry.media.control.HostileFiles.concat;
import static org.summitry.media.control.HostileFiles.exifAmplifier;
import static org.summitry.media.control.HostileFiles.iTXt;
import static org.summitry.media.control.HostileFiles.latin1;
import static org.summitry.media.control.HostileFiles.png;
import static org.summitry.media.control.HostileFiles.zTXt;
import static org.summitry.media.control.HostileFiles.zlib;
import static org.summitry.media.control.HostileFiles.zlibZeros;
import static org.summitry.media.control.MetadataSegments.jpegWith;
import static org.summitry.media.control.MetadataSegments.langAlt;
import static org.summitry.media.control.MetadataSegments.simple;
import static org.summitry.media.control.MetadataSegments.xmp;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summitry.media.control.MetadataSegments.Iim;

/**
 * Hostile metadata costs a few megabytes at most: what a file declares is checked against the file
 * and the bounds before anything is read, and compressed text is inflated only so far.
 */
class MetadataPartsTest {

  private static final String CAPTION = "Kim Jong Un greets Vladimir Putin at Sunan airport";
  private static final long MB = 1 << 20;

  @Test
  @Timeout(20)
  void aPngTextChunkInflatingToHundredsOfMegabytesIsRefusedWithoutBeingInflated() {
    byte[] bomb = zlibZeros(300 * MB);
    assertTrue(bomb.length < MB, "a 300 MB bomb fits in " + bomb.length + " bytes");
    assertTrue(inflatedSize(bomb) >= 300 * MB, "it is a real one");
    byte[] file = png(64, 48, zTXt("Comment", bomb));

    MetadataParts parts = within(5 * MB, () -> MetadataParts.of(file));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, parts::requireWithinBounds);

    assertEquals(
        "The file's embedded metadata is too large (a PNG zTXt chunk that inflates to more than"
            + " 1 MB); at most 1 MB per part and 4 MB in all are accepted. Save the picture again"
            + " without it and upload it again.",
        refused.getMessage());
    assertTrue(within(5 * MB, () -> EmbeddedMetadata.read(file)).isEmpty(), "nothing is parsed");
  }

  @Test
  void anXmpBombInACompressedITxtChunkIsRefusedToo() {
    byte[] file = png(64, 48, iTXt("XML:com.adobe.xmp", true, zlibZeros(200 * MB)));

    MetadataParts parts = within(5 * MB, () -> MetadataParts.of(file));

    assertTrue(parts.beyondBounds().contains("iTXt"), parts.beyondBounds());
    assertTrue(parts.xmp().isEmpty());
  }

  @Test
  void xmpInPngTextChunksIsReadCompressedOrNot() {
    byte[] packet = packet(langAlt("dc:description", CAPTION));
    byte[] compressed = png(64, 48, zTXt("XML:com.adobe.xmp", zlib(packet)));
    byte[] plain = png(64, 48, iTXt("XML:com.adobe.xmp", false, packet));
    byte[] deflated = png(64, 48, iTXt("XML:com.adobe.xmp", true, zlib(packet)));

    for (byte[] file : new byte[][] {compressed, plain, deflated}) {
      assertNull(MetadataParts.of(file).beyondBounds());
      assertEquals(CAPTION, EmbeddedMetadata.read(file).caption());
    }
  }

  @Test
  void aChunkDeclaringMoreBytesThanTheFileHasIsNeitherAllocatedNorRead() {
    byte[] lying = ByteBuffer.allocate(12).putInt(0x7FFF_FFF0).put(latin1("iTXt")).array();
    byte[] file = png(64, 48, lying);

    EmbeddedMetadata read = within(MB, () -> EmbeddedMetadata.read(file));

    assertTrue(read.isEmpty());
  }

  /**
   * 2,700 Exif tags of 4,000 RATIONAL values each, all at the same offset: 65 KB of JPEG for which
   * metadata-extractor, given the whole file, held some 400 MB for 4 seconds. Only the
   * orientation's own entry is read now.
   */
  @Test
  void exifTagsPointingAtTheSameValuesAreNotCopiedOncePerTag() {
    byte[] file = jpegWith(exifAmplifier(6, 2700, 4000));
    assertTrue(file.length < 70_000);

    EmbeddedMetadata read = within(5 * MB, () -> EmbeddedMetadata.read(file));

    assertEquals(6, read.orientation());
    assertEquals(Orientation.ROTATED_90_CLOCKWISE, within(5 * MB, () -> Orientation.of(file)));
  }

  /**
   * Extended XMP (the part of a large packet that does not fit in one JPEG segment) declares its
   * full length, which metadata-extractor allocates at once: 2 GB here. The archive reads only the
   * main packet, where the fields it uses are.
   */
  @Test
  void extendedXmpIsNotRead() {
    byte[] extension =
        concat(
            latin1("http://ns.adobe.com/xmp/extension/\0" + "0".repeat(32)),
            ByteBuffer.allocate(8).putInt(0x7FFF_FFF0).putInt(0).array());
    byte[] file =
        jpegWith(
            xmp(
                langAlt("dc:description", CAPTION),
                "<xmpNote:HasExtendedXMP xmlns:xmpNote=\"http://ns.adobe.com/xmp/note/\">"
                    + "0".repeat(32)
                    + "</xmpNote:HasExtendedXMP>"),
            MetadataSegments.segment(0xE1, concat(extension, new byte[1000])));

    EmbeddedMetadata read = within(5 * MB, () -> EmbeddedMetadata.read(file));

    assertEquals(CAPTION, read.caption());
  }

  @Test
  void xmpWithEntitiesToExpandIsNotExpanded() {
    StringBuilder laughs = new StringBuilder("<!DOCTYPE x:xmpmeta [<!ENTITY l0 \"ha\">");
    for (int i = 1; i <= 12; i++) {
      laughs.append("<!ENTITY l" + i + " \"" + ("&l" + (i - 1) + ";").repeat(10) + "\">");
    }
    laughs.append("]>");
    byte[] segment = xmp(simple("photoshop:Credit", "x"));
    String packet = new String(segment, 4, segment.length - 4, StandardCharsets.UTF_8);
    byte[] file =
        jpegWith(
            MetadataSegments.segment(
                0xE1,
                packet
                    .replace("<x:xmpmeta", laughs + "<x:xmpmeta")
                    .replace(">x<", ">&l12;<")
                    .getBytes(StandardCharsets.UTF_8)));

    EmbeddedMetadata read = within(20 * MB, () -> EmbeddedMetadata.read(file));

    assertNull(read.creditLine());
  }

  @Test
  void moreThanFourMegabytesOfMetadataInAllIsRefused() {
    byte[] segment = xmp(simple("photoshop:Credit", "x".repeat(64_000)));
    byte[][] segments = new byte[70][];
    Arrays.fill(segments, segment);
    byte[] file = jpegWith(segments);

    MetadataParts parts = within(10 * MB, () -> MetadataParts.of(file));

    assertEquals("more than 4 MB in all", parts.beyondBounds());
  }

  @Test
  void aPartLargerThanTheBoundIsLeftUnreadWithoutRefusingTheFile() {
    byte[] big = packet(simple("photoshop:Credit", "x".repeat(1_100_000)));
    byte[] file =
        png(64, 48, iTXt("XML:com.adobe.xmp", false, big), exifChunk(8), tEXtOf(2_000_000));

    MetadataParts parts = MetadataParts.of(file);

    assertNull(parts.beyondBounds(), "stored as it is, a large part costs no more than its size");
    assertTrue(parts.xmp().isEmpty());
    assertEquals(8, parts.orientation(), "the rest is read");
  }

  @Test
  void webpExifAndXmpChunksAreRead() {
    byte[] webp = DerivativesTest.webp(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB));
    byte[] tiff = Arrays.copyOfRange(exifChunk(3), 8, 8 + 26);
    byte[] withMetadata =
        concat(
            webp,
            concat(
                riff("EXIF", concat(latin1("Exif\0\0"), tiff)),
                riff("XMP ", packet(langAlt("dc:description", CAPTION)))));
    ByteBuffer.wrap(withMetadata).order(ByteOrder.LITTLE_ENDIAN).putInt(4, withMetadata.length - 8);

    EmbeddedMetadata read = EmbeddedMetadata.read(withMetadata);

    assertEquals(CAPTION, read.caption());
    assertEquals(3, read.orientation());
  }

  /** A TIFF file carries orientation, XMP and IPTC IIM as entries of its first directory. */
  @Test
  void tiffEntriesAreRead() {
    byte[] iim = iimDatasets(Iim.utf8().with(110, "KCNA via REUTERS").segment());
    byte[] xmp = packet(langAlt("dc:description", CAPTION));
    int entries = 3;
    int valuesAt = 8 + 2 + 12 * entries + 4;
    ByteBuffer tiff =
        ByteBuffer.allocate(valuesAt + xmp.length + iim.length).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put(latin1("II")).putShort((short) 42).putInt(8).putShort((short) entries);
    tiff.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) 6)
        .putShort((short) 0);
    tiff.putShort((short) 700).putShort((short) 1).putInt(xmp.length).putInt(valuesAt);
    tiff.putShort((short) 33723).putShort((short) 7).putInt(iim.length);
    tiff.putInt(valuesAt + xmp.length).putInt(0).put(xmp).put(iim);

    EmbeddedMetadata read = EmbeddedMetadata.read(tiff.array());

    assertEquals(CAPTION, read.caption());
    assertEquals("KCNA via REUTERS", read.creditLine());
    assertEquals(6, read.orientation());
  }

  // --- files and checks

  private static byte[] packet(String... properties) {
    return MetadataSegments.xmpPacket(properties).getBytes(StandardCharsets.UTF_8);
  }

  /** The IIM datasets inside the APP13 segment of {@link Iim#segment}. */
  private static byte[] iimDatasets(byte[] app13) {
    int start = 4 + 14 + 4 + 2 + 2;
    int length = ByteBuffer.wrap(app13, start, 4).getInt();
    return Arrays.copyOfRange(app13, start + 4, start + 4 + length);
  }

  /** A PNG eXIf chunk whose TIFF structure holds only the orientation. */
  private static byte[] exifChunk(int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(26);
    tiff.put(latin1("MM")).putShort((short) 42).putInt(8).putShort((short) 1);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);
    tiff.putShort((short) orientation).putShort((short) 0).putInt(0);
    return chunk("eXIf", tiff.array());
  }

  private static byte[] tEXtOf(int bytes) {
    byte[] text = new byte[bytes];
    Arrays.fill(text, (byte) 'a');
    return chunk("tEXt", concat(latin1("Comment\0"), text));
  }

  private static byte[] riff(String type, byte[] data) {
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    chunk.writeBytes(latin1(type));
    chunk.writeBytes(
        ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
    chunk.writeBytes(data);
    if (data.length % 2 == 1) {
      chunk.write(0);
    }
    return chunk.toByteArray();
  }

  private static long inflatedSize(byte[] zlib) {
    Inflater inflater = new Inflater();
    inflater.setInput(zlib);
    byte[] buffer = new byte[1 << 16];
    long size = 0;
    try {
      while (!inflater.finished()) {
        size += inflater.inflate(buffer);
      }
    } catch (java.util.zip.DataFormatException e) {
      throw new AssertionError(e);
    } finally {
      inflater.end();
    }
    return size;
  }

  /** What {@code work} gives, asserting that it allocated at most {@code bytes} on this thread. */
  private static <T> T within(long bytes, Supplier<T> work) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    T result = work.get();
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(allocated <= bytes, () -> allocated + " bytes allocated, more than " + bytes);
    assertNotNull(result);
    return result;
  }
}
