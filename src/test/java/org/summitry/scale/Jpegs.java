package org.summitry.scale;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Real JPEG files for uploads, each with pixels of its own (a noise pattern seeded by its marker,
 * and the marker drawn on it), so that every upload is a new file to the archive and not a copy it
 * recognises by its digest.
 */
final class Jpegs {

  private Jpegs() {}

  /**
   * A {@code width} × {@code height} JPEG. {@code noise} from 0 (smooth: a few kilobytes) to 1
   * (every pixel random: large files that fill a disk quickly).
   */
  static byte[] unique(String marker, int width, int height, double noise) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    SplittableRandom random = new SplittableRandom(marker.hashCode() * 31L + System.nanoTime());
    Graphics2D g = image.createGraphics();
    try {
      g.setPaint(
          new java.awt.GradientPaint(
              0,
              0,
              new Color(random.nextInt(0x1000000)),
              width,
              height,
              new Color(random.nextInt(0x1000000))));
      g.fillRect(0, 0, width, height);
      // The marker's characters as a row of coloured squares: no fonts needed.
      int side = Math.max(2, Math.min(width / Math.max(1, marker.length()), height / 4));
      for (int i = 0; i < marker.length(); i++) {
        g.setColor(new Color(marker.charAt(i) * 0x10101 & 0xFFFFFF));
        g.fillRect(i * side % width, height / 2, side, side);
      }
    } finally {
      g.dispose();
    }
    long pixels = Math.round((long) width * height * noise);
    for (long i = 0; i < Math.max(64, pixels); i++) {
      image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt(0x1000000));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "jpg", out)) {
        throw new IllegalStateException("No JPEG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
