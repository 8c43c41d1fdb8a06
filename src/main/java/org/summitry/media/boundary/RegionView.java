package org.summitry.media.boundary;

import java.util.Locale;

/**
 * A tagged region of a photo as pages show it: the rectangle in pixels of the upright picture, and
 * the person or the gift it shows (exactly one of the two ids is set).
 *
 * @param photoWidth the photo's width in pixels, from which the {@link #position} is told
 * @param photoHeight the photo's height, the other side of the picture the outlines are drawn on
 */
public record RegionView(
    Long id,
    Long photoId,
    int x,
    int y,
    int w,
    int h,
    Long personId,
    Long giftId,
    String label,
    int photoWidth,
    int photoHeight) {

  /**
   * Where a region stands in the picture, told from its centre: the left, middle or right third.
   */
  public enum Position {
    LEFT,
    CENTRE,
    RIGHT;

    /** The message key of the word for it ("left", "centre", "right"). */
    public String messageKey() {
      return "photos.regions." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The position of a rectangle from {@code x}, {@code w} wide, in a picture {@code width} wide.
     */
    public static Position of(int x, int w, int width) {
      double centre = x + w / 2.0;
      if (centre * 3 < width) {
        return LEFT;
      }
      return centre * 3 > width * 2 ? RIGHT : CENTRE;
    }
  }

  public Position position() {
    return Position.of(x, w, photoWidth);
  }

  /** A W3C Media Fragments {@code xywh} value for a canvas {@code scale} times the photo's size. */
  public String xywh(double scale) {
    long sx = Math.round(x * scale);
    long sy = Math.round(y * scale);
    long sw = Math.max(1, Math.round(w * scale));
    long sh = Math.max(1, Math.round(h * scale));
    return sx + "," + sy + "," + sw + "," + sh;
  }

  public boolean showsPerson() {
    return personId != null;
  }
}
