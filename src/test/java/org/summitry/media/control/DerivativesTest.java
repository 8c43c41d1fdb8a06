package org.summitry.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitry.kernel.Refusal;

class DerivativesTest {

  private static final int RED = 0xFF0000;
  private static final int WHITE = 0xFFFFFF;

  private final Derivatives derivatives = new Derivatives();

  /**
   * The camera stored the picture turned or mirrored and said so in Exif; every derivative must
   * show the scene upright: wider than tall, the red square in the top-left corner only.
   */
  @ParameterizedTest(name = "Exif orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyExifOrientationComesOutUpright(int orientation) throws IOException {
    byte[] jpeg = withExifOrientation(jpeg(storedAs(orientation), false), orientation);
    assertEquals(Orientation.ofExif(orientation), Orientation.of(jpeg));

    List<Derivative> made = derivatives.of(jpeg);

    assertEquals(List.of("w400", "w800", "w1600", "sq200"), names(made));
    assertEquals(600, made.get(1).width(), "w800 of a photo 600 pixels wide is the photo itself");
    for (Derivative d : made.subList(0, 3)) {
      BufferedImage image = decode(d);
      assertEquals(d.width(), image.getWidth());
      assertEquals(d.height(), image.getHeight());
      assertEquals(Math.round(d.width() * 2 / 3.0), d.height(), d.name() + " keeps the 3:2 aspect");
      int w = image.getWidth();
      int h = image.getHeight();
      assertColour(RED, image, w / 10, h / 10, d.name() + " top left");
      assertColour(WHITE, image, w * 9 / 10, h / 10, d.name() + " top right");
      assertColour(WHITE, image, w / 10, h * 9 / 10, d.name() + " bottom left");
      assertColour(WHITE, image, w * 9 / 10, h * 9 / 10, d.name() + " bottom right");
    }
  }

  @Test
  void photosAreNeverEnlarged() throws IOException {
    assertEquals(
        Map.of("w400", 280, "w800", 560, "w1600", 700, "sq200", 200),
        heights(derivatives.of(jpeg(plain(1000, 700), false))));
    assertEquals(
        Map.of("w400", 235, "w800", 471, "w1600", 941, "sq200", 200),
        heights(derivatives.of(jpeg(plain(3400, 2000), false))));
    List<Derivative> tiny = derivatives.of(jpeg(plain(150, 100), false));
    assertEquals(Derivatives.NAMES, names(tiny), "every name, whatever the size");
    assertEquals(List.of(150, 150, 150, 100), tiny.stream().map(Derivative::width).toList());
    for (Derivative d : tiny) {
      BufferedImage image = decode(d);
      assertEquals(d.width(), image.getWidth());
      assertEquals(d.height(), image.getHeight());
    }
  }

  @Test
  void theSquareThumbnailIsCutFromTheCentre() throws IOException {
    // Red and blue bands at the far left and right, a black bar in the middle.
    BufferedImage wide = plain(900, 300);
    Graphics2D g = wide.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, 200, 300);
    g.setColor(Color.BLUE);
    g.fillRect(700, 0, 200, 300);
    g.setColor(Color.BLACK);
    g.fillRect(430, 0, 40, 300);
    g.dispose();

    Derivative square = derivatives.of(jpeg(wide, false)).get(3);

    assertEquals("sq200", square.name());
    BufferedImage image = decode(square);
    assertEquals(200, image.getWidth());
    assertEquals(200, image.getHeight());
    assertColour(WHITE, image, 3, 100, "left edge");
    assertColour(WHITE, image, 196, 100, "right edge");
    assertColour(0x000000, image, 100, 100, "centre");
  }

  @Test
  void cmykJpegKeepsItsColours() throws IOException {
    byte[] cmyk = cmykJpeg();

    BufferedImage image = decode(derivatives.of(cmyk).get(0));
    assertColour(RED, image, 50, 100, "red half", 70);
    assertColour(WHITE, image, 250, 100, "white half", 40);
  }

  @Test
  void progressiveJpegPngAndWebpAreRead() throws IOException {
    byte[] progressive = jpeg(storedAs(1), true);
    assertUpright(derivatives.of(progressive).get(0));

    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(storedAs(1), "png", png);
    assertUpright(derivatives.of(png.toByteArray()).get(0));

    assertUpright(derivatives.of(webp(storedAs(1))).get(0));
  }

  @Test
  void transparentPartsBecomeWhite() throws IOException {
    BufferedImage clear = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(clear, "png", png);
    assertColour(WHITE, decode(derivatives.of(png.toByteArray()).get(0)), 150, 100, "centre");
  }

  @Test
  void aHugeHeaderIsRefusedBeforeAnyPixelIsDecoded() {
    byte[] bomb = pngClaiming(50_000, 50_000);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();

    IllegalArgumentException byInfo =
        assertThrows(
            IllegalArgumentException.class,
            () -> ImageInfo.of(bomb).requireAtMost(ImageInfo.DEFAULT_MAX_PIXELS));
    IllegalArgumentException byDerivatives =
        assertThrows(IllegalArgumentException.class, () -> derivatives.of(bomb));

    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertEquals(
        "The image is 50,000 × 50,000 pixels (2,500 megapixels); at most 100 megapixels are"
            + " accepted.",
        byInfo.getMessage());
    assertEquals(byInfo.getMessage(), byDerivatives.getMessage());
    assertEquals(
        "Размер изображения — 50 000 × 50 000 пикселей (2 500 мегапикселей); допустимый предел —"
            + " 100 мегапикселей.",
        ((Refusal) byInfo).message(new Locale("ru")).replace('\u00a0', ' '),
        "a Russian curator reads why in Russian");
    // Decoding would need 7.5 GB; reading headers needs a few kilobytes.
    assertTrue(allocated < 20_000_000, () -> allocated + " bytes allocated");
  }

  @Test
  void aTruncatedJpegIsRefusedWithAReason() throws IOException {
    byte[] whole = jpeg(noise(800, 600), false);
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> derivatives.of(cut));

    assertTrue(
        refused.getMessage().startsWith("The image is incomplete"), () -> refused.getMessage());
  }

  /**
   * Decoders throw all kinds of things on hostile files; whatever it is, the curator or the visitor
   * gets a refusal with a reason rather than a 500, and the decoding turn is given back.
   */
  @Test
  @Timeout(10)
  void whatADecoderThrowsBecomesARefusalAndTheTurnIsGivenBack() {
    Derivatives oneTurn = new Derivatives(1, ImageInfo.DEFAULT_MAX_PIXELS);
    byte[] cut = Arrays.copyOf(MetadataSegments.plainJpeg(), 200);
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThrows(IllegalArgumentException.class, () -> oneTurn.of(cut));
    }

    assertTrue(
        refusal(new OutOfMemoryError("Java heap space")).contains("needs more memory"),
        "out of memory");
    assertTrue(refusal(new StackOverflowError()).contains("StackOverflowError"));
    assertTrue(refusal(new ArrayIndexOutOfBoundsException(-1)).startsWith("The image is damaged"));
    assertEquals("the reason", refusal(new IllegalArgumentException("the reason")));
    assertThrows(
        NoClassDefFoundError.class,
        () ->
            ImageCodecs.guarded(
                "",
                () -> {
                  throw new NoClassDefFoundError("java/awt/Image");
                }),
        "a broken installation is not the file's fault");
  }

  private static String refusal(Throwable thrown) {
    return assertThrows(
            IllegalArgumentException.class,
            () ->
                ImageCodecs.guarded(
                    "damaged: ",
                    () -> {
                      if (thrown instanceof RuntimeException e) {
                        throw e;
                      }
                      throw (Error) thrown;
                    }))
        .getMessage();
  }

  /**
   * Inside Payara, ImageIO's JVM-wide registry usually does not know the plugins packaged in the
   * WAR. With them taken out of it, CMYK JPEG and WebP must still be decoded.
   */
  @Test
  void codecsAreFoundWithoutImageIoKnowingThem() throws IOException {
    IIORegistry global = IIORegistry.getDefaultInstance();
    List<ImageReaderSpi> twelveMonkeys = new ArrayList<>();
    global
        .getServiceProviders(ImageReaderSpi.class, false)
        .forEachRemaining(
            spi -> {
              if (spi.getClass().getName().startsWith("com.twelvemonkeys.")) {
                twelveMonkeys.add(spi);
              }
            });
    byte[] cmyk = cmykJpeg();
    byte[] webp = webp(storedAs(1));
    twelveMonkeys.forEach(spi -> global.deregisterServiceProvider(spi, ImageReaderSpi.class));
    try {
      assertEquals(0, ImageIO.getImageReadersByFormatName("webp").hasNext() ? 1 : 0);
      assertColour(RED, decode(derivatives.of(cmyk).get(0)), 50, 100, "CMYK red", 70);
      assertUpright(derivatives.of(webp).get(0));
      assertEquals("image/webp", ImageInfo.of(webp).mediaType());
    } finally {
      twelveMonkeys.forEach(spi -> global.registerServiceProvider(spi, ImageReaderSpi.class));
    }
  }

  // --- pictures made for the tests

  /** The upright scene: 600 × 400, white, a red 150 × 100 rectangle in the top-left corner. */
  private static BufferedImage upright() {
    BufferedImage image = plain(600, 400);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, 150, 100);
    g.dispose();
    return image;
  }

  /**
   * The pixels a camera stores for the upright scene under each Exif orientation, worked out from
   * the standard's words (which side of the scene the first stored row and column show), not from
   * the code under test.
   */
  private static BufferedImage storedAs(int orientation) {
    boolean sideways = orientation >= 5;
    int w = sideways ? 400 : 600;
    int h = sideways ? 600 : 400;
    int rw = sideways ? 100 : 150;
    int rh = sideways ? 150 : 100;
    // Where the scene's top-left corner was stored.
    boolean right = orientation == 2 || orientation == 3 || orientation == 7 || orientation == 8;
    boolean bottom = orientation == 3 || orientation == 4 || orientation == 6 || orientation == 7;
    BufferedImage image = plain(w, h);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(right ? w - rw : 0, bottom ? h - rh : 0, rw, rh);
    g.dispose();
    return image;
  }

  private static BufferedImage plain(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return image;
  }

  private static BufferedImage noise(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random(7);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    return image;
  }

  static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
    ImageWriter writer = jdkJpegWriter();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.9f);
    if (progressive) {
      param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static ImageWriter jdkJpegWriter() {
    var writers = ImageIO.getImageWritersByFormatName("jpeg");
    while (writers.hasNext()) {
      ImageWriter writer = writers.next();
      if (writer.getClass().getName().startsWith("com.sun.")) {
        return writer;
      }
    }
    throw new IllegalStateException("The JDK's JPEG writer is missing");
  }

  /**
   * Puts an APP1 Exif segment holding only IFD0 tag 0x0112 (orientation) right after the JPEG's
   * APP0 (JFIF) segment, as cameras do.
   */
  static byte[] withExifOrientation(byte[] jpeg, int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(ByteOrder.BIG_ENDIAN);
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    tiff.putShort((short) 1); // one entry
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1); // SHORT, count 1
    tiff.putShort((short) orientation).putShort((short) 0); // value, left-justified
    tiff.putInt(0); // no next IFD
    byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    int length = 2 + exif.length + tiff.capacity();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0xE0, jpeg[3] & 0xFF, "the JDK writes JFIF first");
    int afterApp0 = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
    out.write(jpeg, 0, afterApp0);
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes(exif);
    out.writeBytes(tiff.array());
    out.write(jpeg, afterApp0, jpeg.length - afterApp0);
    return out.toByteArray();
  }

  /**
   * A CMYK JPEG as Photoshop writes them: four channels, an Adobe APP14 segment and inverted values
   * (255 is no ink). Left half red (magenta + yellow), right half white (no ink).
   */
  private static byte[] cmykJpeg() throws IOException {
    WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 300, 200, 4, null);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 300; x++) {
        int[] cmyk = x < 150 ? new int[] {0, 255, 255, 0} : new int[] {0, 0, 0, 0};
        for (int b = 0; b < 4; b++) {
          raster.setSample(x, y, b, 255 - cmyk[b]);
        }
      }
    }
    ImageWriter writer = jdkJpegWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(raster, null, null), null);
    } finally {
      writer.dispose();
    }
    // The JDK writes the four channels but no APP14; without it readers guess YCCK.
    byte[] plain = bytes.toByteArray();
    byte[] adobe = {
      (byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0 // transform 0
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    out.writeBytes(adobe);
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  /**
   * A lossless WebP (VP8L) of a picture in red and white only, written by hand because no WebP
   * encoder is at hand: no transforms, no colour cache, and "simple" prefix codes (one or two
   * symbols per channel), so each pixel is one green bit and one blue bit.
   */
  static byte[] webp(BufferedImage image) {
    Bits bits = new Bits();
    bits.put(0x2F, 8); // VP8L signature
    bits.put(image.getWidth() - 1, 14);
    bits.put(image.getHeight() - 1, 14);
    bits.put(0, 1); // no alpha
    bits.put(0, 3); // version 0
    bits.put(0, 1); // no transform
    bits.put(0, 1); // no colour cache
    bits.put(0, 1); // no meta prefix codes
    twoSymbols(bits, 0, 255); // green: 0 (red pixel) or 255 (white)
    oneSymbol(bits, 255); // red: always 255
    twoSymbols(bits, 0, 255); // blue: 0 or 255
    oneSymbol(bits, 255); // alpha: opaque
    bits.put(1, 1); // distance: simple code, one symbol, 1-bit symbol 0
    bits.put(0, 1);
    bits.put(0, 1);
    bits.put(0, 1);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int white = (image.getRGB(x, y) & 0xFF) > 127 ? 1 : 0;
        bits.put(white, 1); // green
        bits.put(white, 1); // blue
      }
    }
    byte[] vp8l = bits.toByteArray();
    int padded = vp8l.length + (vp8l.length & 1);
    ByteBuffer riff = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
    riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded);
    riff.put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII)).putInt(vp8l.length);
    riff.put(vp8l);
    return riff.array();
  }

  private static void oneSymbol(Bits bits, int symbol) {
    bits.put(1, 1); // simple code
    bits.put(0, 1); // one symbol
    bits.put(1, 1); // 8-bit symbol
    bits.put(symbol, 8);
  }

  private static void twoSymbols(Bits bits, int first, int second) {
    bits.put(1, 1);
    bits.put(1, 1); // two symbols: the smaller gets code 0
    bits.put(1, 1);
    bits.put(first, 8);
    bits.put(second, 8);
  }

  /** Bits written least significant first, as VP8L reads them. */
  private static final class Bits {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int current;
    private int used;

    void put(int value, int count) {
      for (int i = 0; i < count; i++) {
        current |= ((value >> i) & 1) << used;
        if (++used == 8) {
          out.write(current);
          current = 0;
          used = 0;
        }
      }
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

  /** A PNG whose header claims {@code w × h} pixels, followed by a few bytes of picture. */
  private static byte[] pngClaiming(int w, int h) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[64]);
    deflater.finish();
    byte[] body = new byte[128];
    chunk(out, "IDAT", Arrays.copyOf(body, deflater.deflate(body)));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  // --- checks

  private static BufferedImage decode(Derivative d) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(d.jpeg()));
  }

  private static void assertUpright(Derivative d) throws IOException {
    BufferedImage image = decode(d);
    int w = image.getWidth();
    int h = image.getHeight();
    assertTrue(w > h, d.name() + " is wider than tall");
    assertColour(RED, image, w / 10, h / 10, d.name() + " top left");
    assertColour(WHITE, image, w * 9 / 10, h * 9 / 10, d.name() + " bottom right");
  }

  private static void assertColour(int rgb, BufferedImage image, int x, int y, String where) {
    assertColour(rgb, image, x, y, where, 40);
  }

  private static void assertColour(
      int rgb, BufferedImage image, int x, int y, String where, int tolerance) {
    int actual = image.getRGB(x, y) & 0xFFFFFF;
    for (int shift = 0; shift <= 16; shift += 8) {
      int difference = Math.abs(((actual >> shift) & 0xFF) - ((rgb >> shift) & 0xFF));
      assertTrue(
          difference <= tolerance,
          () -> String.format("%s at (%d, %d): expected %06X, was %06X", where, x, y, rgb, actual));
    }
  }

  private static List<String> names(List<Derivative> made) {
    return made.stream().map(Derivative::name).toList();
  }

  private static Map<String, Integer> heights(List<Derivative> made) {
    return made.stream()
        .collect(Collectors.toMap(Derivative::name, Derivative::height, (a, b) -> a));
  }
}
