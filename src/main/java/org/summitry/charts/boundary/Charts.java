package org.summitry.charts.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.summitry.kernel.YearTally;

/**
 * The geometry of the site's charts, in whole CSS pixels, so templates only place numbers: scales
 * and ticks, bar heights, label spacing and the shading of matrix cells. Charts are drawn at their
 * natural size (one SVG unit is one pixel, text stays readable) and scroll sideways on narrow
 * screens rather than shrink.
 */
public final class Charts {

  /** Plot height of year charts, in pixels. */
  static final int PLOT_HEIGHT = 180;

  /** Room above the plot for the count written over the tallest bar. */
  static final int TOP = 22;

  /** Room below the plot for the year labels. */
  static final int BOTTOM = 30;

  static final int RIGHT = 12;

  /** Width the year slots aim to fill together, within {@link #MIN_SLOT} and {@link #MAX_SLOT}. */
  static final int TARGET_PLOT_WIDTH = 760;

  static final int MIN_SLOT = 12;
  static final int MAX_SLOT = 64;

  /** Year labels are at least this far apart, centre to centre. */
  static final int LABEL_SPACING = 44;

  /** Up to this many years a chart shows every year, empty ones included, to scale. */
  static final int MAX_CONTINUOUS_YEARS = 150;

  /** Shading levels of matrix cells with at least one entry; level 0 is an empty cell. */
  static final int SHADES = 5;

  /** Approximate advance of a digit or a Latin letter at the charts' 13px type. */
  static final int CHAR_WIDTH = 8;

  /** Approximate advance of a Hangul or Han character at 13px. */
  static final int WIDE_CHAR_WIDTH = 14;

  /** Advance of a digit in the cells' larger, bold numbers. */
  static final int CELL_CHAR_WIDTH = 10;

  static final int MATRIX_HEAD = 52;
  static final int MIN_CELL = 52;
  static final int MAX_ROW_LABEL = 26;

  /** Room for the title over the columns ("Received by →"). */
  static final int AXIS_TITLE_WIDTH = 130;

  private Charts() {}

  /**
   * Axis ticks from 0 to at least {@code max}, about four steps of 1, 2 or 5 times a power of ten
   * (whole numbers only: counts have no fractions).
   */
  public static List<Long> ticks(long max) {
    if (max <= 0) {
      return List.of(0L, 1L);
    }
    long rough = Math.max(1, (max + 3) / 4);
    long power = 1;
    while (power * 10 <= rough) {
      power *= 10;
    }
    long step = power;
    for (long factor : new long[] {1, 2, 5, 10}) {
      if (power * factor >= rough) {
        step = power * factor;
        break;
      }
    }
    List<Long> ticks = new ArrayList<>();
    for (long value = 0; value < max + step; value += step) {
      ticks.add(value);
      if (value >= max) {
        break;
      }
    }
    return List.copyOf(ticks);
  }

  /**
   * The shading level of a count from 0 (none) to {@link #SHADES}, on a logarithmic scale so a few
   * large flows do not wash out the many small ones.
   */
  public static int shade(long count, long max) {
    if (count <= 0 || max <= 0) {
      return 0;
    }
    double level = SHADES * Math.log1p(count) / Math.log1p(max);
    return (int) Math.max(1, Math.min(SHADES, Math.ceil(level - 1e-9)));
  }

  /**
   * Columns per year for one or more series of counts (side by side within each year). {@code
   * selected} marks a year to highlight, or null.
   */
  public static YearChart years(List<YearTally> series, Integer selected) {
    NavigableSet<Integer> withData = new TreeSet<>();
    long max = 0;
    for (YearTally tally : series) {
      withData.addAll(tally.years().keySet());
      max = Math.max(max, tally.max());
    }
    List<Integer> years = new ArrayList<>();
    boolean continuous = true;
    if (!withData.isEmpty()) {
      int first = withData.first();
      int last = withData.last();
      continuous = last - first + 1 <= MAX_CONTINUOUS_YEARS;
      if (continuous) {
        for (int year = first; year <= last; year++) {
          years.add(year);
        }
      } else {
        years.addAll(withData);
      }
    }
    List<Long> ticks = ticks(max);
    long top = ticks.get(ticks.size() - 1);
    int left = 14 + CHAR_WIDTH * digits(top);
    int slot =
        years.isEmpty()
            ? MAX_SLOT
            : Math.max(MIN_SLOT, Math.min(MAX_SLOT, TARGET_PLOT_WIDTH / years.size()));
    int gap = Math.max(2, slot / 4);
    int barWidth = Math.max(1, (slot - gap) / Math.max(1, series.size()));
    int every = labelEvery(slot);
    int baseline = TOP + PLOT_HEIGHT;

    List<YearChart.Tick> tickMarks = new ArrayList<>();
    for (long value : ticks) {
      tickMarks.add(new YearChart.Tick(value, baseline - scale(value, top)));
    }
    List<YearChart.Slot> slots = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      int year = years.get(i);
      int x = left + i * slot;
      boolean labelled = continuous ? Math.floorMod(year, every) == 0 : i % every == 0;
      List<YearChart.Bar> bars = new ArrayList<>();
      for (int s = 0; s < series.size(); s++) {
        long count = series.get(s).count(year);
        int height = count == 0 ? 0 : Math.max(2, scale(count, top));
        int barX = x + gap / 2 + s * barWidth;
        boolean valueFits = barWidth >= CHAR_WIDTH * digits(count) + 2;
        bars.add(
            new YearChart.Bar(
                s, count, barX, baseline - height, barWidth, height, count > 0 && valueFits));
      }
      slots.add(
          new YearChart.Slot(
              year,
              x,
              slot,
              x + slot / 2,
              labelled,
              selected != null && selected == year,
              List.copyOf(bars)));
    }
    int width = left + years.size() * slot + RIGHT;
    return new YearChart(
        width,
        baseline + BOTTOM,
        left,
        TOP,
        baseline,
        left + years.size() * slot,
        continuous,
        List.copyOf(tickMarks),
        List.copyOf(slots));
  }

  /** Plot width of bar charts: the longest bar's length, in pixels. */
  static final int BAR_PLOT_WIDTH = 360;

  /** Thickness of a bar, alone in its row or one of a pair. */
  static final int BAR_THICKNESS = 18;

  static final int PAIRED_BAR_THICKNESS = 13;

  /** Space between rows, and between the bars of a pair. */
  static final int BAR_ROW_GAP = 10;

  static final int BAR_PAIR_GAP = 2;

  /** Room below bar charts for the count axis. */
  static final int BAR_BOTTOM = 26;

  /**
   * Horizontal bars, a row per name ({@code counts.get(r)} holds each series' count of row {@code
   * r}, one or two series), longest bar as long as the plot; names longer than {@link
   * #MAX_ROW_LABEL} characters are shortened (the table has them whole).
   */
  public static BarChart bars(List<String> names, List<long[]> counts, int series) {
    if (names.size() != counts.size() || series < 1) {
      throw new IllegalArgumentException("a row of " + series + " counts per name");
    }
    long max = 0;
    for (long[] row : counts) {
      for (int s = 0; s < series; s++) {
        max = Math.max(max, row[s]);
      }
    }
    int longest = names.stream().mapToInt(name -> textWidth(shorten(name))).max().orElse(0);
    int left = 16 + Math.max(6 * CHAR_WIDTH, longest);
    int thickness = series == 1 ? BAR_THICKNESS : PAIRED_BAR_THICKNESS;
    int rowHeight = series * thickness + (series - 1) * BAR_PAIR_GAP + BAR_ROW_GAP;
    int top = 4;
    List<BarChart.Row> rows = new ArrayList<>();
    for (int r = 0; r < names.size(); r++) {
      int y = top + r * rowHeight;
      List<BarChart.Bar> bars = new ArrayList<>();
      for (int s = 0; s < series; s++) {
        long count = counts.get(r)[s];
        int width =
            count <= 0 ? 0 : (int) Math.max(2, Math.round((double) count * BAR_PLOT_WIDTH / max));
        int barY = y + BAR_ROW_GAP / 2 + s * (thickness + BAR_PAIR_GAP);
        bars.add(
            new BarChart.Bar(
                s,
                Math.max(0, count),
                left,
                barY,
                width,
                thickness,
                left + width + 6,
                barY + thickness / 2));
      }
      rows.add(
          new BarChart.Row(
              shorten(names.get(r)),
              names.get(r),
              y,
              rowHeight,
              y + rowHeight / 2,
              List.copyOf(bars)));
    }
    int bottom = top + names.size() * rowHeight;
    List<BarChart.Tick> ticks = new ArrayList<>();
    for (long value : ticks(max)) {
      if (value <= Math.max(max, 1)) {
        ticks.add(
            new BarChart.Tick(
                value,
                left + (int) Math.round((double) value * BAR_PLOT_WIDTH / Math.max(max, 1))));
      }
    }
    return new BarChart(
        left + BAR_PLOT_WIDTH + 14 + CHAR_WIDTH * grouped(max),
        bottom + BAR_BOTTOM,
        left,
        top,
        left + BAR_PLOT_WIDTH,
        bottom,
        series,
        List.copyOf(ticks),
        List.copyOf(rows));
  }

  /**
   * A matrix of counts with row labels on the left and column labels on top; {@code counts[r][c]}
   * belongs to row {@code r} and column {@code c}.
   */
  public static MatrixChart matrix(
      List<String> rowLabels, List<String> columnLabels, long[][] counts) {
    long max = 0;
    for (long[] row : counts) {
      for (long count : row) {
        max = Math.max(max, count);
      }
    }
    int longestRow = rowLabels.stream().mapToInt(l -> shorten(l).length()).max().orElse(0);
    int longestColumn = columnLabels.stream().mapToInt(String::length).max().orElse(0);
    int labelWidth = 16 + CHAR_WIDTH * Math.max(longestRow, 10);
    int cell = Math.max(MIN_CELL, 18 + CELL_CHAR_WIDTH * Math.max(grouped(max), longestColumn));
    List<MatrixChart.Label> rows = new ArrayList<>();
    for (int r = 0; r < rowLabels.size(); r++) {
      rows.add(
          new MatrixChart.Label(
              shorten(rowLabels.get(r)),
              rowLabels.get(r),
              labelWidth - 8,
              MATRIX_HEAD + r * cell + cell / 2));
    }
    List<MatrixChart.Label> columns = new ArrayList<>();
    for (int c = 0; c < columnLabels.size(); c++) {
      columns.add(
          new MatrixChart.Label(
              columnLabels.get(c),
              columnLabels.get(c),
              labelWidth + c * cell + cell / 2,
              MATRIX_HEAD - 12));
    }
    List<MatrixChart.Cell> cells = new ArrayList<>();
    for (int r = 0; r < rowLabels.size(); r++) {
      for (int c = 0; c < columnLabels.size(); c++) {
        long count = counts[r][c];
        int x = labelWidth + c * cell;
        int y = MATRIX_HEAD + r * cell;
        cells.add(
            new MatrixChart.Cell(
                r, c, count, x, y, cell, x + cell / 2, y + cell / 2, shade(count, max)));
      }
    }
    return new MatrixChart(
        Math.max(labelWidth + columnLabels.size() * cell, labelWidth + AXIS_TITLE_WIDTH) + 2,
        MATRIX_HEAD + rowLabels.size() * cell + 2,
        cell,
        labelWidth,
        List.copyOf(rows),
        List.copyOf(columns),
        List.copyOf(cells));
  }

  /** A label cut to {@link #MAX_ROW_LABEL} characters with an ellipsis; the table has it whole. */
  static String shorten(String label) {
    if (label.length() <= MAX_ROW_LABEL) {
      return label;
    }
    return label.substring(0, MAX_ROW_LABEL - 1).strip() + "…";
  }

  /**
   * Approximate width of a label at the charts' 13px type: Hangul and Han take about two digits.
   */
  static int textWidth(String label) {
    return label
        .codePoints()
        .map(
            c -> {
              Character.UnicodeScript script = Character.UnicodeScript.of(c);
              boolean wide =
                  script == Character.UnicodeScript.HANGUL
                      || script == Character.UnicodeScript.HAN
                      || script == Character.UnicodeScript.HIRAGANA
                      || script == Character.UnicodeScript.KATAKANA;
              return wide ? WIDE_CHAR_WIDTH : CHAR_WIDTH;
            })
        .sum();
  }

  /** Years between labels, from 1, 2, 5, 10, 20, 25, 50, 100, ... so labels do not collide. */
  static int labelEvery(int slot) {
    int[] steps = {1, 2, 5, 10, 20, 25, 50};
    int power = 1;
    while (true) {
      for (int step : steps) {
        if ((long) slot * step * power >= LABEL_SPACING) {
          return step * power;
        }
      }
      power *= 100;
    }
  }

  private static int scale(long value, long top) {
    return (int) Math.round((double) value * PLOT_HEIGHT / top);
  }

  private static int digits(long value) {
    return Long.toString(Math.max(0, value)).length();
  }

  /** Characters of a count written with thousands separators. */
  private static int grouped(long value) {
    int digits = digits(value);
    return digits + (digits - 1) / 3;
  }
}
