package org.summitry.media.control;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;

/**
 * How the camera held the picture, as Exif tag 0x0112 records it: the stored pixels must be
 * mirrored and/or rotated by this to stand upright. ImageIO ignores the tag, so without it portrait
 * photos from most cameras would be shown lying on their side.
 */
public enum Orientation {
  /** 1: stored upright. */
  NORMAL,
  /** 2: stored mirrored left to right. */
  MIRRORED,
  /** 3: stored upside down. */
  ROTATED_180,
  /** 4: stored mirrored top to bottom. */
  MIRRORED_VERTICALLY,
  /** 5: stored mirrored across the top-left to bottom-right diagonal. */
  TRANSPOSED,
  /** 6: stored turned a quarter anticlockwise; shown turned a quarter clockwise. */
  ROTATED_90_CLOCKWISE,
  /** 7: stored mirrored across the top-right to bottom-left diagonal. */
  TRANSVERSED,
  /** 8: stored turned a quarter clockwise; shown turned a quarter anticlockwise. */
  ROTATED_270_CLOCKWISE;

  /** The orientation of an Exif value 1–8; anything else (absent, 0, garbage) counts as upright. */
  public static Orientation ofExif(int value) {
    return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
  }

  /** The Exif value, 1–8. */
  public int exif() {
    return ordinal() + 1;
  }

  /**
   * Reads the Exif orientation; a file without one, or with unreadable metadata, is upright. Only
   * the orientation's own entry is read (see {@link MetadataParts}).
   */
  public static Orientation of(byte[] content) {
    return ofExif(MetadataParts.of(content).orientation());
  }

  /** Reads the Exif orientation of a file, seeking to it; the picture is not read. */
  public static Orientation of(Path file) {
    return ofExif(MetadataParts.of(file).orientation());
  }

  /** Whether standing upright swaps width and height. */
  public boolean turnsSideways() {
    return ordinal() >= TRANSPOSED.ordinal();
  }

  /**
   * The picture standing upright. Pixels are moved one by one, not resampled, so nothing blurs;
   * {@code stored} must be {@link BufferedImage#TYPE_INT_RGB}.
   */
  BufferedImage upright(BufferedImage stored) {
    if (this == NORMAL) {
      return stored;
    }
    int w = stored.getWidth();
    int h = stored.getHeight();
    int outW = turnsSideways() ? h : w;
    int outH = turnsSideways() ? w : h;
    int[] src = ((DataBufferInt) stored.getRaster().getDataBuffer()).getData();
    BufferedImage result = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
    int[] dst = ((DataBufferInt) result.getRaster().getDataBuffer()).getData();
    // The stored pixel (sx, sy) behind the upright pixel (x, y) is sx = x0 + xx*x + xy*y and
    // sy = y0 + yx*x + yy*y, read from the Exif meaning of each value: which side of the scene the
    // stored first row and first column show.
    int x0 = 0, xx = 0, xy = 0, y0 = 0, yx = 0, yy = 0;
    switch (this) {
      case MIRRORED -> {
        x0 = w - 1;
        xx = -1;
        yy = 1;
      }
      case ROTATED_180 -> {
        x0 = w - 1;
        xx = -1;
        y0 = h - 1;
        yy = -1;
      }
      case MIRRORED_VERTICALLY -> {
        xx = 1;
        y0 = h - 1;
        yy = -1;
      }
      case TRANSPOSED -> {
        xy = 1;
        yx = 1;
      }
      case ROTATED_90_CLOCKWISE -> {
        xy = 1;
        y0 = h - 1;
        yx = -1;
      }
      case TRANSVERSED -> {
        x0 = w - 1;
        xy = -1;
        y0 = h - 1;
        yx = -1;
      }
      case ROTATED_270_CLOCKWISE -> {
        x0 = w - 1;
        xy = -1;
        yx = 1;
      }
      default -> throw new IllegalStateException(name());
    }
    for (int y = 0; y < outH; y++) {
      int sx = x0 + xy * y;
      int sy = y0 + yy * y;
      int row = y * outW;
      for (int x = 0; x < outW; x++, sx += xx, sy += yx) {
        dst[row + x] = src[sy * w + sx];
      }
    }
    return result;
  }
}
