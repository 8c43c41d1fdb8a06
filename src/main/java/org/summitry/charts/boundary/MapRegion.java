package org.summitry.charts.boundary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of the world the map zooms to by link ({@code /map?region=east-asia}): a box of
 * longitudes and latitudes the view must show, widened to the map's proportions.
 */
public enum MapRegion {
  WORLD("world", -180, 180, -90, 90),
  EAST_ASIA("east-asia", 96, 150, 18, 56),
  SOUTHEAST_ASIA("southeast-asia", 92, 142, -11, 24),
  SOUTH_ASIA("south-asia", 60, 98, 5, 37),
  MIDDLE_EAST("middle-east", 25, 63, 12, 42),
  EUROPE("europe", -12, 42, 35, 70),
  AFRICA("africa", -20, 52, -36, 37),
  NORTH_AMERICA("north-america", -168, -52, 8, 72),
  SOUTH_AMERICA("south-america", -84, -33, -56, 13),
  OCEANIA("oceania", 110, 180, -48, 2);

  private final String slug;
  private final double west;
  private final double east;
  private final double south;
  private final double north;

  MapRegion(String slug, double west, double east, double south, double north) {
    this.slug = slug;
    this.west = west;
    this.east = east;
    this.south = south;
    this.north = north;
  }

  /**
   * The region's address in {@code ?region=}, also the end of its message key ({@code
   * map.region.…}).
   */
  public String slug() {
    return slug;
  }

  double west() {
    return west;
  }

  double east() {
    return east;
  }

  double south() {
    return south;
  }

  double north() {
    return north;
  }

  /** The region with this address; the whole world for none or one not known. */
  public static MapRegion of(String slug) {
    return slug == null ? WORLD : bySlug(slug).orElse(WORLD);
  }

  /** The region with this address, if there is one. */
  public static Optional<MapRegion> bySlug(String slug) {
    return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
  }
}
