package org.summitry.charts.boundary;

import java.util.ArrayList;
import java.util.List;
import org.summitry.platform.boundary.Messages;

/**
 * What the {@code barChart} fragment of {@code charts.html} draws: a horizontal bar chart of the
 * first {@link #MAX_BARS} rows of a table, each row a link narrowing the page as the table's name
 * does (when it has one), with a label saying what its bars count. Addresses are within the site;
 * the template adds the context path and escapes.
 *
 * @param chart the geometry
 * @param items a row of the chart with where it leads (null: nowhere) and what it says
 */
public record BarChartView(BarChart chart, List<Item> items) {

  /** Rows of a table a chart shows at most, the first ones (tables list the most gifts first). */
  public static final int MAX_BARS = 12;

  /** A row of the chart, the address it narrows to (or null) and its label. */
  public record Item(String href, String label, BarChart.Row row) {}

  /** A row of a table: its name, where its name leads (or null) and its counts, one per series. */
  public record Entry(String name, String href, long... counts) {}

  /** Gifts per name (a category's), one bar each. */
  public static BarChartView gifts(List<Entry> entries) {
    List<Entry> shown = first(entries);
    BarChart chart = Charts.bars(names(shown), counts(shown), 1);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Entry entry = shown.get(i);
      long count = entry.counts()[0];
      items.add(
          new Item(
              entry.href(),
              Messages.get(
                  count == 1 ? "statistics.bars.gifts.one" : "statistics.bars.gifts.other",
                  entry.name(),
                  YearChartView.grouped(count)),
              chart.rows().get(i)));
    }
    return new BarChartView(chart, List.copyOf(items));
  }

  /** Gifts given and received per name (a country's, a person's), a pair of bars each. */
  public static BarChartView givenAndReceived(List<Entry> entries) {
    List<Entry> shown = first(entries);
    BarChart chart = Charts.bars(names(shown), counts(shown), 2);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Entry entry = shown.get(i);
      items.add(
          new Item(
              entry.href(),
              Messages.get(
                  "statistics.bars.party",
                  entry.name(),
                  YearChartView.grouped(entry.counts()[0]),
                  YearChartView.grouped(entry.counts()[1])),
              chart.rows().get(i)));
    }
    return new BarChartView(chart, List.copyOf(items));
  }

  private static List<Entry> first(List<Entry> entries) {
    return List.copyOf(entries.subList(0, Math.min(MAX_BARS, entries.size())));
  }

  private static List<String> names(List<Entry> entries) {
    return entries.stream().map(Entry::name).toList();
  }

  private static List<long[]> counts(List<Entry> entries) {
    return entries.stream().map(Entry::counts).toList();
  }
}
