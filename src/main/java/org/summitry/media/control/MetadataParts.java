package org.summitry.media.control;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.stream.ImageInputStream;
import org.summitry.kernel.Refusal;

/**
 * The metadata an image file carries, found by walking the file's own structure (JPEG segments, PNG
 * chunks, WebP chunks, TIFF directories) within fixed bounds, before anything parses it: the XMP
 * packets and IPTC IIM blocks, handed whole to {@link EmbeddedMetadata}, and the two Exif values
 * the archive uses, the orientation and the date the picture was taken.
 *
 * <p>Why not let a metadata library read the whole file: it reads every part it knows, as large as
 * the file declares it. metadata-extractor inflates a PNG text chunk whole, so a 30 MB upload can
 * ask for many gigabytes; and every tag of a 64 KB Exif segment may point at the same bytes, which
 * it then copies once per tag (a 65 KB JPEG made it hold 400 MB). An {@link OutOfMemoryError} ends
 * the server (the container image runs it with {@code -XX:+ExitOnOutOfMemoryError}), so the only
 * defence is not to ask for the memory. Here nothing is read that the archive does not use; each
 * XMP packet or IIM block is at most {@link #MAX_PART_BYTES}, compressed text is inflated only that
 * far, all parts together at most {@link #MAX_TOTAL_BYTES}; and the two Exif values are read
 * straight from their entries.
 *
 * <p>A part larger than the bound is left unread, as are the parts the archive does not use (colour
 * profiles, thumbnails, extended XMP): they are skipped by their declared length. Compressed PNG
 * text is the exception: every zTXt and compressed iTXt chunk is inflated up to the bound, and one
 * that would inflate further, or metadata past the total, stops the walk; {@link
 * #requireWithinBounds()} then refuses the file with the reason, so that a decompression bomb is
 * neither stored nor served to whoever reads it next. GIF files are not searched (press photos are
 * not GIFs).
 */
public final class MetadataParts {

  /** Most bytes of one part (an XMP packet, an IIM block, one text chunk once inflated). */
  public static final int MAX_PART_BYTES = 1 << 20;

  /** Most bytes of metadata read from one file, inflated text included. */
  public static final int MAX_TOTAL_BYTES = 4 << 20;

  /** Segments, chunks or directory entries looked at before the walk gives up. */
  static final int MAX_STRUCTURES = 100_000;

  private static final byte[] EXIF = ascii("Exif\0\0");
  private static final byte[] XMP = ascii("http://ns.adobe.com/xap/1.0/\0");
  private static final byte[] PHOTOSHOP = ascii("Photoshop 3.0\0");
  private static final String XMP_KEYWORD = "XML:com.adobe.xmp";
  private static final List<String> RESOURCE_SIGNATURES = List.of("8BIM", "PHUT", "AgHg", "DCSR");
  private static final int IPTC_RESOURCE = 0x0404;
  private static final int TAG_ORIENTATION = 0x0112;
  private static final int TAG_EXIF_IFD = 0x8769;
  private static final int TAG_DATE_TIME_ORIGINAL = 0x9003;
  private static final int TAG_XMP = 700;
  private static final int TAG_IPTC = 33723;
  private static final int TAG_PHOTOSHOP = 34377;

  private static final Logger LOG = Logger.getLogger(MetadataParts.class.getName());

  private final List<byte[]> xmp = new ArrayList<>();
  private final List<byte[]> iim = new ArrayList<>();
  private Integer orientation;
  private String dateTimeOriginal;
  private String beyondBounds;
  private long bytesRead;
  private int structures;

  private MetadataParts() {}

  /**
   * The metadata of a file in memory. Never throws: a file whose structure breaks off (a part
   * running past the end, a cut-off file) has none, since what it says cannot be trusted.
   */
  public static MetadataParts of(byte[] file) {
    MetadataParts parts = new MetadataParts();
    try (ImageInputStream in = ImageCodecs.stream(file)) {
      parts.walk(in);
      return parts;
    } catch (IOException | RuntimeException damaged) {
      return new MetadataParts();
    }
  }

  /** The metadata of a stored file, read by seeking from part to part. Never throws. */
  public static MetadataParts of(Path file) {
    MetadataParts parts = new MetadataParts();
    try (ImageInputStream in = ImageCodecs.stream(file)) {
      parts.walk(in);
      return parts;
    } catch (IOException | RuntimeException damaged) {
      return new MetadataParts();
    }
  }

  /** XMP packets (RDF/XML, UTF-8 as a rule), in file order. */
  public List<byte[]> xmp() {
    return List.copyOf(xmp);
  }

  /** IPTC IIM blocks (datasets starting with {@code 0x1C}), in file order. */
  public List<byte[]> iim() {
    return List.copyOf(iim);
  }

  /** The Exif orientation, 1–8 as stored (or anything a broken file says), 1 when absent. */
  public int orientation() {
    return orientation == null ? 1 : orientation;
  }

  /** Exif DateTimeOriginal as stored ("YYYY:MM:DD HH:MM:SS"), or null. */
  public String dateTimeOriginal() {
    return dateTimeOriginal;
  }

  /** Why the file's metadata was not read to its end, or null when it was within the bounds. */
  public String beyondBounds() {
    return beyondBounds;
  }

  /**
   * These parts, if the file's metadata is within the bounds; otherwise {@link
   * IllegalArgumentException} with the reason to show.
   */
  public MetadataParts requireWithinBounds() {
    if (beyondBounds != null) {
      throw new Refusal("upload.refusal.metadata", beyondBounds);
    }
    return this;
  }

  private void walk(ImageInputStream in) throws IOException {
    if (length(in) < 12) {
      return;
    }
    byte[] head = new byte[12];
    in.readFully(head);
    if (starts(head, 0xFF, 0xD8)) {
      jpeg(in);
    } else if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      png(in);
    } else if (starts(head, 'R', 'I', 'F', 'F')
        && Arrays.equals(head, 8, 12, ascii("WEBP"), 0, 4)) {
      webp(in);
    } else if (starts(head, 'I', 'I', 42, 0) || starts(head, 'M', 'M', 0, 42)) {
      tiff(in, 0, true);
    }
  }

  // --- JPEG: segments FF xx, a big-endian length counting itself, the payload; up to the picture

  private void jpeg(ImageInputStream in) throws IOException {
    in.setByteOrder(ByteOrder.BIG_ENDIAN);
    in.seek(2);
    while (counted()) {
      if (in.read() != 0xFF) {
        throw new EOFException("No JPEG marker where one was due");
      }
      int marker = in.read();
      while (marker == 0xFF) {
        marker = in.read();
      }
      if (marker < 0 || marker == 0xD9 || marker == 0xDA) {
        return; // the end, or the start of the picture: metadata comes before it
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        continue; // markers without a length
      }
      int size = in.readUnsignedShort() - 2;
      if (size < 0 || size > remaining(in)) {
        throw new EOFException("A JPEG segment runs past the end");
      }
      long start = in.getStreamPosition();
      if (marker == 0xE1 || marker == 0xED) {
        byte[] prefix = new byte[Math.min(size, XMP.length)];
        in.readFully(prefix);
        if (marker == 0xE1 && startsWith(prefix, EXIF, 4)) {
          exif(readPart(in, start, size, "an Exif segment"), EXIF.length);
        } else if (marker == 0xE1 && startsWith(prefix, XMP, XMP.length)) {
          byte[] segment = readPart(in, start, size, "an XMP segment");
          if (segment != null) {
            addXmp(Arrays.copyOfRange(segment, XMP.length, segment.length));
          }
        } else if (marker == 0xED && startsWith(prefix, PHOTOSHOP, PHOTOSHOP.length)) {
          resources(readPart(in, start, size, "a Photoshop segment"), PHOTOSHOP.length);
        }
        if (beyondBounds != null) {
          return;
        }
      }
      in.seek(start + size);
    }
  }

  // --- PNG: chunks of a big-endian length, a type, the data and a CRC; text may follow the picture

  private void png(ImageInputStream in) throws IOException {
    in.setByteOrder(ByteOrder.BIG_ENDIAN);
    in.seek(8);
    while (counted()) {
      long length = in.readUnsignedInt();
      String type = fourCc(in);
      long start = in.getStreamPosition();
      if (type.equals("IEND")) {
        return;
      }
      if (length > remaining(in)) {
        throw new EOFException("A PNG chunk runs past the end");
      }
      switch (type) {
        case "eXIf" -> exif(readPart(in, start, length, "a PNG eXIf chunk"), 0);
        case "zTXt" -> compressedText(readPart(in, start, length, "a PNG zTXt chunk"));
        case "iTXt" -> internationalText(readPart(in, start, length, "a PNG iTXt chunk"));
        default -> {
          // Other chunks, tEXt included (plain Latin-1 text, no XMP by the rules), are not read.
        }
      }
      if (beyondBounds != null) {
        return;
      }
      in.seek(start + length + 4);
    }
  }

  /** zTXt: keyword, NUL, compression method (0: deflate), compressed Latin-1 text. */
  private void compressedText(byte[] chunk) {
    int keywordEnd = indexOf(chunk, 0, 0);
    if (chunk == null || keywordEnd < 0 || keywordEnd + 2 > chunk.length) {
      return;
    }
    byte[] text = inflate(chunk, keywordEnd + 2, "a PNG zTXt chunk");
    if (text != null && keyword(chunk, keywordEnd).equals(XMP_KEYWORD)) {
      addXmp(text);
    }
  }

  /**
   * iTXt: keyword, NUL, compression flag, compression method, language tag, NUL, translated
   * keyword, NUL, UTF-8 text (deflated when the flag is 1). XMP is stored so, keyword {@code
   * XML:com.adobe.xmp}.
   */
  private void internationalText(byte[] chunk) {
    int keywordEnd = indexOf(chunk, 0, 0);
    if (chunk == null || keywordEnd < 0 || keywordEnd + 3 > chunk.length) {
      return;
    }
    boolean compressed = chunk[keywordEnd + 1] == 1;
    int languageEnd = indexOf(chunk, 0, keywordEnd + 3);
    int translatedEnd = languageEnd < 0 ? -1 : indexOf(chunk, 0, languageEnd + 1);
    if (translatedEnd < 0) {
      return;
    }
    byte[] text =
        compressed
            ? inflate(chunk, translatedEnd + 1, "a PNG iTXt chunk")
            : Arrays.copyOfRange(chunk, translatedEnd + 1, chunk.length);
    if (text != null && keyword(chunk, keywordEnd).equals(XMP_KEYWORD)) {
      addXmp(text);
    }
  }

  // --- WebP: RIFF chunks of a FourCC, a little-endian size and the data, padded to even

  private void webp(ImageInputStream in) throws IOException {
    in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
    in.seek(12);
    while (counted() && remaining(in) >= 8) {
      String type = fourCc(in);
      long size = in.readUnsignedInt();
      long start = in.getStreamPosition();
      if (size > remaining(in)) {
        throw new EOFException("A WebP chunk runs past the end");
      }
      if (type.equals("EXIF")) {
        byte[] exif = readPart(in, start, size, "a WebP EXIF chunk");
        exif(exif, exif != null && startsWith(exif, EXIF, EXIF.length) ? EXIF.length : 0);
      } else if (type.equals("XMP ")) {
        addXmp(readPart(in, start, size, "a WebP XMP chunk"));
      }
      if (beyondBounds != null) {
        return;
      }
      in.seek(start + size + (size & 1));
    }
  }

  // --- TIFF: a header, then directories of 12-byte entries whose values lie inline or at offsets

  /** An Exif block: a TIFF structure starting at {@code offset}. */
  private void exif(byte[] block, int offset) throws IOException {
    if (block == null) {
      return;
    }
    try (ImageInputStream in = ImageCodecs.stream(block)) {
      tiff(in, offset, false);
    }
  }

  /**
   * Reads the orientation from the first directory and the date taken from the Exif directory; in a
   * TIFF file ({@code wholeFile}) also the XMP, IPTC and Photoshop entries of the first directory.
   * Offsets count from {@code base}, where the TIFF header starts.
   */
  private void tiff(ImageInputStream in, long base, boolean wholeFile) throws IOException {
    in.seek(base);
    int order = in.readUnsignedShort();
    if (order != 0x4949 && order != 0x4D4D) {
      return;
    }
    in.setByteOrder(order == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    if (in.readUnsignedShort() != 42) {
      return;
    }
    Map<Integer, Entry> first = directory(in, base, in.readUnsignedInt());
    Entry turned = first.get(TAG_ORIENTATION);
    if (orientation == null && turned != null && turned.type() == 3 && turned.count() >= 1) {
      in.seek(turned.valueAt());
      orientation = in.readUnsignedShort();
    }
    Entry exif = first.get(TAG_EXIF_IFD);
    if (dateTimeOriginal == null && exif != null && exif.count() >= 1 && exif.size() == 4) {
      in.seek(exif.valueAt());
      Entry taken = directory(in, base, in.readUnsignedInt()).get(TAG_DATE_TIME_ORIGINAL);
      if (taken != null && taken.type() == 2) {
        byte[] text = new byte[(int) Math.min(taken.count(), 32)];
        in.seek(taken.valueAt());
        in.readFully(text);
        int end = indexOf(text, 0, 0);
        dateTimeOriginal =
            new String(text, 0, end < 0 ? text.length : end, StandardCharsets.ISO_8859_1);
      }
    }
    if (!wholeFile) {
      return;
    }
    Entry xmpEntry = first.get(TAG_XMP);
    if (xmpEntry != null) {
      addXmp(readPart(in, xmpEntry.valueAt(), xmpEntry.byteCount(), "a TIFF XMP entry"));
    }
    Entry iptc = first.get(TAG_IPTC);
    if (iptc != null) {
      addIim(readPart(in, iptc.valueAt(), iptc.byteCount(), "a TIFF IPTC entry"));
    }
    Entry photoshop = first.get(TAG_PHOTOSHOP);
    if (photoshop != null) {
      resources(
          readPart(in, photoshop.valueAt(), photoshop.byteCount(), "a TIFF Photoshop entry"), 0);
    }
  }

  /** One directory entry: its type, count, and where its value is (inline or at an offset). */
  private record Entry(int type, long count, int size, long valueAt) {
    long byteCount() {
      return count * size;
    }
  }

  /**
   * The entries of the directory at {@code offset} (from {@code base}) whose values lie within the
   * stream, first of each tag; none when the directory itself does not fit.
   */
  private Map<Integer, Entry> directory(ImageInputStream in, long base, long offset)
      throws IOException {
    Map<Integer, Entry> entries = new HashMap<>();
    long at = base + offset;
    if (offset < 8 || at + 2 > length(in)) {
      return entries;
    }
    in.seek(at);
    int count = in.readUnsignedShort();
    if (at + 2 + 12L * count > length(in)) {
      return entries;
    }
    for (int i = 0; i < count && counted(); i++) {
      long entryAt = at + 2 + 12L * i;
      in.seek(entryAt);
      int tag = in.readUnsignedShort();
      int type = in.readUnsignedShort();
      long n = in.readUnsignedInt();
      int size = typeSize(type);
      long bytes = n * size;
      long valueAt = bytes <= 4 ? entryAt + 8 : base + in.readUnsignedInt();
      if (size > 0 && valueAt + bytes <= length(in)) {
        entries.putIfAbsent(tag, new Entry(type, n, size, valueAt));
      }
    }
    return entries;
  }

  private static int typeSize(int type) {
    return switch (type) {
      case 1, 2, 6, 7 -> 1; // BYTE, ASCII, SBYTE, UNDEFINED
      case 3, 8 -> 2; // SHORT, SSHORT
      case 4, 9, 11, 13 -> 4; // LONG, SLONG, FLOAT, IFD
      case 5, 10, 12 -> 8; // RATIONAL, SRATIONAL, DOUBLE
      default -> 0;
    };
  }

  // --- Photoshop image resources: signature, id, padded Pascal name, size, data padded to even

  private void resources(byte[] block, int offset) {
    if (block == null) {
      return;
    }
    int at = offset;
    while (at + 12 <= block.length && counted()) {
      String signature = new String(block, at, 4, StandardCharsets.ISO_8859_1);
      if (!RESOURCE_SIGNATURES.contains(signature)) {
        return;
      }
      int id = (block[at + 4] & 0xFF) << 8 | (block[at + 5] & 0xFF);
      int nameLength = block[at + 6] & 0xFF;
      at += 6 + 1 + nameLength + ((1 + nameLength) % 2);
      if (at + 4 > block.length) {
        return;
      }
      long size =
          (long) (block[at] & 0xFF) << 24
              | (block[at + 1] & 0xFF) << 16
              | (block[at + 2] & 0xFF) << 8
              | (block[at + 3] & 0xFF);
      at += 4;
      if (size > block.length - at) {
        return;
      }
      if (id == IPTC_RESOURCE) {
        addIim(Arrays.copyOfRange(block, at, at + (int) size));
      }
      at += (int) size + (int) (size & 1);
    }
  }

  // --- bounds

  /**
   * The {@code size} bytes at {@code at}, which the caller has checked lie within the stream; null
   * when the part is larger than {@link #MAX_PART_BYTES} (it is left unread: storing a large part
   * costs nobody more than its size) or when it would take the file past {@link #MAX_TOTAL_BYTES}
   * (then the walk stops with the reason).
   */
  private byte[] readPart(ImageInputStream in, long at, long size, String what) throws IOException {
    if (size > MAX_PART_BYTES) {
      LOG.info(() -> "Metadata left unread: " + what + " of " + megabytes(size));
      return null;
    }
    if (!charge(size)) {
      return null;
    }
    byte[] part = new byte[(int) size];
    in.seek(at);
    in.readFully(part);
    return part;
  }

  /**
   * Deflated data from {@code offset} on, inflated no further than {@link #MAX_PART_BYTES}: null
   * when it is damaged, or when it would inflate further (then the walk stops with the reason).
   */
  private byte[] inflate(byte[] data, int offset, String what) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data, offset, data.length - offset);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0) {
          return null; // cut off or needs a dictionary: damaged text, not worth reading
        }
        out.write(buffer, 0, n);
        if (out.size() > MAX_PART_BYTES) {
          beyondBounds = what + " that inflates to more than " + megabytes(MAX_PART_BYTES);
          return null;
        }
        if (!charge(n)) {
          return null;
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  private boolean charge(long bytes) {
    bytesRead += bytes;
    if (bytesRead > MAX_TOTAL_BYTES) {
      beyondBounds = "more than " + megabytes(MAX_TOTAL_BYTES) + " in all";
      return false;
    }
    return true;
  }

  /** Counts one more structure looked at; false once there were too many to go on. */
  private boolean counted() {
    return beyondBounds == null && ++structures <= MAX_STRUCTURES;
  }

  private void addXmp(byte[] packet) {
    if (packet != null && packet.length > 0) {
      xmp.add(packet);
    }
  }

  private void addIim(byte[] block) {
    if (block != null && block.length > 0) {
      iim.add(block);
    }
  }

  // --- small helpers

  private static long length(ImageInputStream in) throws IOException {
    long length = in.length();
    return length < 0 ? Long.MAX_VALUE : length;
  }

  private static long remaining(ImageInputStream in) throws IOException {
    return length(in) - in.getStreamPosition();
  }

  private static String fourCc(ImageInputStream in) throws IOException {
    byte[] type = new byte[4];
    in.readFully(type);
    return new String(type, StandardCharsets.ISO_8859_1);
  }

  private static String keyword(byte[] chunk, int end) {
    return new String(chunk, 0, end, StandardCharsets.ISO_8859_1);
  }

  private static int indexOf(byte[] bytes, int value, int from) {
    if (bytes == null) {
      return -1;
    }
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code bytes} begins with the first {@code length} bytes of {@code prefix}. */
  private static boolean startsWith(byte[] bytes, byte[] prefix, int length) {
    return bytes.length >= length && Arrays.equals(bytes, 0, length, prefix, 0, length);
  }

  private static boolean starts(byte[] bytes, int... prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ENGLISH, "%,.1f MB", bytes / 1_048_576.0).replace(".0 MB", " MB");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
