package org.summitry.charts.boundary;

import java.util.List;

/**
 * A map ready to draw as SVG: its {@code viewBox}, the land, borders and the globe's outline as
 * path data in the map's units, and the markers on it. Sizes of markers and their labels are in the
 * same units, chosen so that they look the same at every zoom.
 *
 * @param <T> what each marker stands for (a summit)
 */
public record MapView<T>(
    MapRegion region,
    double x,
    double y,
    double width,
    double height,
    String outline,
    String land,
    String borders,
    double markerRadius,
    double labelSize,
    List<Marker<T>> markers) {

  /** Radius of a numbered marker, larger than a single one's to hold its number. */
  public double clusterRadius() {
    return WorldMap.round(markerRadius * 1.6);
  }

  /**
   * Radius of a numbered marker of {@code count} items, wide enough for its number: two digits fit
   * the plain one, three and "999+" (what larger counts show) a wider one.
   */
  public double clusterRadius(int count) {
    return count < 100
        ? clusterRadius()
        : WorldMap.round(markerRadius * (count < 1000 ? 2.4 : 3.0));
  }

  /** The SVG {@code viewBox} attribute. */
  public String viewBox() {
    return WorldMap.number(x)
        + " "
        + WorldMap.number(y)
        + " "
        + WorldMap.number(width)
        + " "
        + WorldMap.number(height);
  }

  /**
   * One marker: a single item, or several that would overlap at this zoom merged into one numbered
   * marker. {@code zoom} is the region that shows them apart (null when none does: they share a
   * place, or no region is closer).
   */
  public record Marker<T>(double x, double y, List<T> items, MapRegion zoom) {

    public boolean single() {
      return items.size() == 1;
    }

    public T first() {
      return items.get(0);
    }

    /** The number a numbered marker shows: how many items, or "999+" above that. */
    public String countLabel() {
      return items.size() < 1000 ? Integer.toString(items.size()) : "999+";
    }

    /** {@code translate(x y)} for the marker's group. */
    public String translate() {
      return "translate(" + WorldMap.number(x) + " " + WorldMap.number(y) + ")";
    }
  }
}
