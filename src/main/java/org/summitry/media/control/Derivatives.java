package org.summitry.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.summitry.kernel.Refusal;

/**
 * Makes the smaller copies of a photo that pages show: widths of 400, 800 and 1600 pixels for
 * {@code srcset} and a 200 × 200 square thumbnail cut from the centre, all upright and encoded as
 * sRGB JPEG. They are named after the standard sizes, and there are always the same four ({@link
 * #NAMES}), whatever the photo's size, so that pages can ask for any of them and the one made is
 * kept under the name asked for. Nothing is enlarged: a photo 1000 pixels wide gets {@code w400}
 * and {@code w800}, and {@code w1600} is the photo at its own 1000 pixels; one 600 pixels wide gets
 * {@code w400} and, as {@code w800} and {@code w1600}, itself; a photo 150 pixels high gets a
 * square of 150 as {@code sq200}.
 *
 * <p>The original is decoded once, already subsampled to a little above the largest size needed (a
 * 6000-pixel-wide photo to every third pixel each way, 2000 wide), so memory stays near 10 MB per
 * photo instead of 100. Subsampling only skips pixels, so each size is then made from the next
 * larger one with a filtered resize. At most {@link #DEFAULT_CONCURRENCY} photos are processed at
 * once, so a burst of uploads cannot use up the heap.
 */
@ApplicationScoped
public class Derivatives {

  /** The widths made for {@code srcset}, smallest first. */
  public static final List<Integer> WIDTHS = List.of(400, 800, 1600);

  /** Side of the square thumbnail. */
  public static final int SQUARE = 200;

  /**
   * Every derivative's name: {@code w} and a standard width, {@code sq} and the square's side. Any
   * other name is no derivative at all, so it is answered without touching the photo's file.
   */
  public static final List<String> NAMES = names();

  public static final int DEFAULT_CONCURRENCY = 2;

  private static final float JPEG_QUALITY = 0.85f;

  /** How long a request waits for a turn before it is told to try again. */
  private static final long WAIT_SECONDS = 30;

  private final Semaphore turns;
  private final long maxPixels;

  public Derivatives() {
    this(DEFAULT_CONCURRENCY, ImageInfo.DEFAULT_MAX_PIXELS);
  }

  public Derivatives(int concurrency, long maxPixels) {
    this.turns = new Semaphore(concurrency, true);
    this.maxPixels = maxPixels;
  }

  /** Derivatives of a photo in memory, turned upright as its Exif orientation says. */
  public List<Derivative> of(byte[] original) {
    return of(original, Orientation.of(original));
  }

  public List<Derivative> of(byte[] original, Orientation orientation) {
    return withTurn(
        () -> {
          try (ImageInputStream in = ImageCodecs.stream(original)) {
            return make(in, orientation);
          }
        });
  }

  /** Derivatives of a photo file, which is read as it is decoded and never held whole. */
  public List<Derivative> of(Path original) {
    return of(original, Orientation.of(original));
  }

  public List<Derivative> of(Path original, Orientation orientation) {
    return withTurn(
        () -> {
          try (ImageInputStream in = ImageCodecs.stream(original)) {
            return make(in, orientation);
          }
        });
  }

  private List<Derivative> withTurn(ImageCodecs.Reading<List<Derivative>> work) {
    try {
      if (!turns.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            "Too many photos are being processed at the moment; please try again in a minute.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to process a photo.", e);
    }
    try {
      return ImageCodecs.guarded("upload.refusal.undecodable", work);
    } finally {
      turns.release();
    }
  }

  private List<Derivative> make(ImageInputStream in, Orientation orientation) throws IOException {
    ImageReader reader =
        ImageCodecs.reader(in)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Only JPEG, PNG, WebP, GIF and TIFF images are accepted."));
    BufferedImage upright;
    try {
      int storedWidth = reader.getWidth(0);
      int storedHeight = reader.getHeight(0);
      ImageInfo.requireAtMost(storedWidth, storedHeight, maxPixels);
      int width = orientation.turnsSideways() ? storedHeight : storedWidth;
      int height = orientation.turnsSideways() ? storedWidth : storedHeight;

      // Skip as many pixels as still leaves the largest width and the thumbnail's short side.
      int largest = Math.min(WIDTHS.get(WIDTHS.size() - 1), width);
      int shortSide = Math.min(width, height);
      int step = Math.max(1, Math.min(width / largest, shortSide / Math.min(SQUARE, shortSide)));
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(step, step, 0, 0);
      Truncation truncation = new Truncation();
      reader.addIIOReadWarningListener(truncation);
      BufferedImage decoded = reader.read(0, param);
      truncation.check();
      upright = orientation.upright(rgb(decoded));
    } finally {
      reader.dispose();
    }

    List<Derivative> derivatives = new ArrayList<>();
    int width = upright.getWidth();
    int height = upright.getHeight();
    BufferedImage larger = upright;
    // Largest first, each from the one before: every resize then shrinks by at most about 2.
    List<Integer> widths = widthsFor(width);
    BufferedImage forSquare = upright;
    for (int i = widths.size() - 1; i >= 0; i--) {
      int w = pixelWidth(widths.get(i), width);
      int h = Math.max(1, (int) Math.round((double) height * w / width));
      BufferedImage scaled = resize(larger, w, h);
      derivatives.add(0, new Derivative("w" + widths.get(i), w, h, jpeg(scaled)));
      larger = scaled;
      if (Math.min(w, h) >= Math.min(SQUARE, Math.min(width, height))) {
        forSquare = scaled;
      }
    }
    // The standard widths the photo does not reach are the photo at its own width again.
    Derivative whole = derivatives.get(derivatives.size() - 1);
    for (int w : WIDTHS.subList(widths.size(), WIDTHS.size())) {
      derivatives.add(new Derivative("w" + w, whole.width(), whole.height(), whole.jpeg()));
    }
    int side = Math.min(forSquare.getWidth(), forSquare.getHeight());
    int square = Math.min(SQUARE, Math.min(width, height));
    BufferedImage centre =
        forSquare.getSubimage(
            (forSquare.getWidth() - side) / 2, (forSquare.getHeight() - side) / 2, side, side);
    derivatives.add(
        new Derivative("sq" + SQUARE, square, square, jpeg(resize(centre, square, square))));
    return derivatives;
  }

  /** Whether {@code name} is one of the {@link #NAMES}. */
  public static boolean isName(String name) {
    return NAMES.contains(name);
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    WIDTHS.forEach(w -> names.add("w" + w));
    names.add("sq" + SQUARE);
    return List.copyOf(names);
  }

  /**
   * The standard widths that name the different derivatives of a picture {@code width} pixels wide,
   * smallest first: each standard width below its own, and the next one, which holds the picture at
   * its own width (see {@link #pixelWidth}). A picture 1000 pixels wide has 400, 800 and 1600; one
   * 600 wide has 400 and 800; one at least 1600 wide has all three.
   */
  public static List<Integer> widthsFor(int width) {
    List<Integer> widths = new ArrayList<>();
    for (int w : WIDTHS) {
      widths.add(w);
      if (w >= width) {
        break;
      }
    }
    return widths;
  }

  /**
   * The width in pixels of the derivative named after the standard width {@code nominal} of a
   * picture {@code width} pixels wide: the standard width, or the picture's own when it is
   * narrower.
   */
  public static int pixelWidth(int nominal, int width) {
    return width > 0 ? Math.min(nominal, width) : nominal;
  }

  /**
   * The picture as 8-bit sRGB without transparency, which JPEG needs: transparent parts become
   * white (the page background), grey stays grey. TwelveMonkeys has already turned CMYK into RGB.
   */
  private static BufferedImage rgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  /**
   * A filtered resize. Bilinear or bicubic interpolation looks at only 2 × 2 or 4 × 4 source
   * pixels, so shrinking by more than half at once would skip pixels and alias; halving first, then
   * one bicubic step, averages every pixel.
   */
  static BufferedImage resize(BufferedImage source, int width, int height) {
    BufferedImage current = source;
    while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
      current = draw(current, current.getWidth() / 2, current.getHeight() / 2, false);
    }
    if (current.getWidth() == width && current.getHeight() == height) {
      return current;
    }
    return draw(current, width, height, true);
  }

  private static BufferedImage draw(BufferedImage source, int width, int height, boolean bicubic) {
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION,
          bicubic
              ? RenderingHints.VALUE_INTERPOLATION_BICUBIC
              : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageCodecs.jpegWriter();
    try {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      ByteArrayOutputStream bytes =
          new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
      try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(image, null, null), param);
      }
      return bytes.toByteArray();
    } finally {
      writer.dispose();
    }
  }

  /**
   * The JDK's JPEG decoder fills the missing end of a cut-off file with grey and only warns. A
   * half-grey derivative would be published silently, so such a warning fails the decode.
   */
  private static final class Truncation implements IIOReadWarningListener {
    private String warning;

    @Override
    public void warningOccurred(ImageReader source, String message) {
      String lower = message.toLowerCase(Locale.ROOT);
      if (warning == null && (lower.contains("premature end") || lower.contains("truncated"))) {
        warning = message;
      }
    }

    void check() {
      if (warning != null) {
        throw new Refusal("upload.refusal.incomplete", warning);
      }
    }
  }
}
