package org.summitry.charts.boundary;

import java.util.List;

/**
 * A column chart of counts per year, laid out by {@link Charts#years}: the SVG's size, the plot
 * area (from {@code plotLeft} to {@code plotRight}, {@code plotTop} down to {@code baseline}), the
 * value axis ticks and one slot per year holding a bar per series. {@code continuous} is false when
 * the years span too long to show every one, and only years with entries are drawn.
 */
public record YearChart(
    int width,
    int height,
    int plotLeft,
    int plotTop,
    int baseline,
    int plotRight,
    boolean continuous,
    List<Tick> ticks,
    List<Slot> slots) {

  /** A value on the count axis and its height. */
  public record Tick(long value, int y) {}

  /** A year's column: where it is, whether its year is written under it, and its bars. */
  public record Slot(
      int year, int x, int width, int labelX, boolean labelled, boolean selected, List<Bar> bars) {

    public long total() {
      return bars.stream().mapToLong(Bar::count).sum();
    }
  }

  /** One series' count in a year; {@code valueShown} when the number fits above the bar. */
  public record Bar(
      int series, long count, int x, int y, int width, int height, boolean valueShown) {

    public int centerX() {
      return x + width / 2;
    }
  }

  public int firstYear() {
    return slots.get(0).year();
  }

  public int lastYear() {
    return slots.get(slots.size() - 1).year();
  }

  public boolean isEmpty() {
    return slots.isEmpty();
  }
}
