package org.summitry.media.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a file is, decided from its first bytes rather than its name, and its size in pixels read
 * from the header without decoding the picture.
 */
public record ImageInfo(String mediaType, String extension, int width, int height) {

  /** Reads type and size, or throws {@link IllegalArgumentException} with a reason to show. */
  public static ImageInfo of(byte[] content) {
    String[] type = sniff(content);
    if (type == null) {
      throw new IllegalArgumentException("Only JPEG, PNG, WebP, GIF and TIFF images are accepted.");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IllegalArgumentException(
            "The " + type[1].toUpperCase() + " image cannot be read.");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new ImageInfo(type[0], type[1], reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("The image is damaged: " + e.getMessage(), e);
    }
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
