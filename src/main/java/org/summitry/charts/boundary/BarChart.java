package org.summitry.charts.boundary;

import java.util.List;

/**
 * A horizontal bar chart of counts, laid out by {@link Charts#bars}: the SVG's size, the plot area
 * (from {@code plotLeft} to {@code plotRight}, {@code plotTop} down to {@code plotBottom}) with the
 * names written left of it, the count axis ticks along the bottom, and a row per name holding a bar
 * per series (one series, or two drawn one above the other). The longest bar spans the plot.
 */
public record BarChart(
    int width,
    int height,
    int plotLeft,
    int plotTop,
    int plotRight,
    int plotBottom,
    int series,
    List<Tick> ticks,
    List<Row> rows) {

  /** A value on the count axis and where it is across. */
  public record Tick(long value, int x) {}

  /**
   * A name's row: the {@code label} drawn (shortened when long), the {@code name} in full, its band
   * from {@code y} down {@code height}, the baseline of its label and its bars.
   */
  public record Row(String label, String name, int y, int height, int labelY, List<Bar> bars) {

    public long total() {
      return bars.stream().mapToLong(Bar::count).sum();
    }
  }

  /**
   * One series' count: the bar (no width for zero) and where its count is written, just past its
   * end.
   */
  public record Bar(
      int series, long count, int x, int y, int width, int height, int valueX, int valueY) {}

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
