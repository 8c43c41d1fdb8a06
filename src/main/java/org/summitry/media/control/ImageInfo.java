package org.summitry.media.control;

import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.summitry.kernel.Refusal;

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
      throw new Refusal("upload.refusal.type");
    }
    return ImageCodecs.guarded(
        "upload.refusal.damaged",
        () -> {
          try (ImageInputStream in = ImageCodecs.stream(content)) {
            ImageReader reader =
                ImageCodecs.reader(in)
                    .orElseThrow(
                        () ->
                            new Refusal(
                                "upload.refusal.unreadable", type[1].toUpperCase(Locale.ROOT)));
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
      throw new Refusal("upload.refusal.noSize");
    }
    if (width * height > maxPixels) {
      throw new Refusal(
          "upload.refusal.pixels",
          width,
          height,
          megapixels(width * height),
          megapixels(maxPixels));
    }
  }

  /** Megapixels to one decimal, a whole number without one (the message formats them). */
  private static double megapixels(long pixels) {
    return Math.round(pixels / 100_000.0) / 10.0;
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
