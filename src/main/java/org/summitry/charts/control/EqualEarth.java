package org.summitry.charts.control;

/**
 * The Equal Earth projection (Šavrič, Patterson and Jenny, 2018) on a sphere of radius 1: longitude
 * and latitude in degrees to x east and y north, the origin where the Equator meets Greenwich.
 *
 * <p>Why this one: it keeps areas true, so Russia and Greenland do not swell the way they do on a
 * Mercator or a plain equirectangular grid, and its rounded outline still reads as "the world" at a
 * glance; it is a pseudocylindrical projection with straight parallels, so a region is still a
 * rectangle of the map and zooming by viewBox works. Its formulas are closed-form, so projecting a
 * point costs a few multiplications.
 */
public final class EqualEarth {

  private static final double A1 = 1.340264;
  private static final double A2 = -0.081106;
  private static final double A3 = 0.000893;
  private static final double A4 = 0.003796;
  private static final double M = Math.sqrt(3) / 2;

  /** x at the antimeridian on the Equator: half the map's width. */
  public static final double MAX_X = x(180, 0);

  /** y at the North Pole: half the map's height. */
  public static final double MAX_Y = y(90);

  private EqualEarth() {}

  /** The projected x of a point, between {@code -MAX_X} and {@code MAX_X}. */
  public static double x(double longitude, double latitude) {
    double theta = theta(latitude);
    double t2 = theta * theta;
    double t6 = t2 * t2 * t2;
    return 2
        * Math.sqrt(3)
        * Math.toRadians(longitude)
        * Math.cos(theta)
        / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
  }

  /** The projected y of a latitude, north positive, between {@code -MAX_Y} and {@code MAX_Y}. */
  public static double y(double latitude) {
    double theta = theta(latitude);
    double t2 = theta * theta;
    double t6 = t2 * t2 * t2;
    return theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  }

  private static double theta(double latitude) {
    return Math.asin(M * Math.sin(Math.toRadians(latitude)));
  }
}
