package org.summitry.media.control;

import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a file is, decided from its first bytes rather than its name, and its size in pixels read
 * from the header without decoding the picture.
 */
public record ImageInfo(String mediaType, String extension, int width, int height) {

  /**
   * The largest picture accepted, 100 megapixels: decoding one takes about 400 MB, so a header
   * claiming more is refused before any pixel is decoded. Real press photos stay far below it.
   */
  public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

  /** Reads type and size, or throws {@link IllegalArgumentException} with a reason to show. */
  public static ImageInfo of(byte[] content) {
    String[] type = sniff(content);
    if (type == null) {
      throw new IllegalArgumentException("Only JPEG, PNG, WebP, GIF and TIFF images are accepted.");
    }
    return ImageCodecs.guarded(
        "The image is damaged: ",
        () -> {
          try (ImageInputStream in = ImageCodecs.stream(content)) {
            ImageReader reader =
                ImageCodecs.reader(in)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "The "
                                    + type[1].toUpperCase(Locale.ROOT)
                                    + " image cannot be read."));
            try {
              return new ImageInfo(type[0], type[1], reader.getWidth(0), reader.getHeight(0));
            } finally {
              reader.dispose();
            }
          }
        });
  }

  public long pixels() {
    return (long) width * height;
  }

  /**
   * This image if it has at most {@code maxPixels} pixels; else {@link IllegalArgumentException}
   * with a message naming the limit. Only the header has been read, so nothing large was allocated.
   */
  public ImageInfo requireAtMost(long maxPixels) {
    requireAtMost(width, height, maxPixels);
    return this;
  }

  static void requireAtMost(long width, long height, long maxPixels) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("The image header gives no size: it is damaged.");
    }
    if (width * height > maxPixels) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ENGLISH,
              "The image is %,d × %,d pixels (%s megapixels); at most %s megapixels are accepted.",
              width,
              height,
              megapixels(width * height),
              megapixels(maxPixels)));
    }
  }

  private static String megapixels(long pixels) {
    double mp = pixels / 1_000_000.0;
    return mp == Math.rint(mp)
        ? String.format(Locale.ENGLISH, "%,d", (long) mp)
        : String.format(Locale.ENGLISH, "%,.1f", mp);
  }

  private static String[] sniff(byte[] b) {
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return new String[] {"image/jpeg", "jpg"};
    }
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return new String[] {"image/png", "png"};
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return new String[] {"image/gif", "gif"};
    }
    if (starts(b, 'R', 'I', 'F', 'F')
        && b.length > 12
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B'
        && b[11] == 'P') {
      return new String[] {"image/webp", "webp"};
    }
    if (starts(b, 'I', 'I', 42, 0) || starts(b, 'M', 'M', 0, 42)) {
      return new String[] {"image/tiff", "tif"};
    }
    return null;
  }

  private static boolean starts(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
