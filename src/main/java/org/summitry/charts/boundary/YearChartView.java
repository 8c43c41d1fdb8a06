package org.summitry.charts.boundary;

import java.util.ArrayList;
import java.util.List;
import org.summitry.platform.boundary.Messages;
import org.unbescape.uri.UriEscape;

/**
 * What the {@code yearChart} and {@code yearRows} fragments of {@code charts.html} draw: the
 * chart's geometry, its links (each with the columns it holds and a label formatted once for both
 * the chart and the table), the band behind a chosen year, and the table's rows. Addresses are
 * within the site and percent-encoded; the templates add the context path and escape.
 *
 * @param chart the geometry: size, plot area, count axis, a slot per year
 * @param links a link per column with a count (a country's gifts), or per year (the timeline)
 * @param chosen the chosen year's slot, with a band drawn behind its columns, or null
 * @param rows a row per year of the table that stands in for the chart
 */
public record YearChartView(
    YearChart chart, List<Link> links, YearChart.Slot chosen, List<Row> rows) {

  /**
   * A link around one or more columns: where it leads, what it says, whether it is the page shown,
   * the area that takes the pointer, and the bars it draws.
   */
  public record Link(
      String href,
      String label,
      boolean current,
      int x,
      int y,
      int width,
      int height,
      List<YearChart.Bar> bars) {}

  /** A year and each series' count in it. */
  public record Row(int year, List<Cell> cells) {}

  /**
   * One series' count in a year, written with thousands separators, with where it leads and its
   * label when it counts anything (null otherwise).
   */
  public record Cell(String count, String href, String label) {}

  /**
   * Where a series' column of a year leads, {@code before} and {@code after} the year (the address
   * within the site, percent-encoded), and the message keys of its label: {@code labelKey + ".one"}
   * for a count of one, {@code ".other"} otherwise, with the year and the count written out.
   */
  private record Series(String before, String after, String labelKey) {

    String href(int year) {
      return before + year + after;
    }

    String label(int year, long count) {
      return Messages.get(
          labelKey + (count == 1 ? ".one" : ".other"), Integer.toString(year), grouped(count));
    }
  }

  /** A country's gifts given and received per year, each column linked to its gifts. */
  public static YearChartView countryGifts(YearChart chart, String code) {
    String country = UriEscape.escapeUriQueryParam(code);
    List<Series> series =
        List.of(
            new Series("/gifts?from=" + country + "&year=", "", "countries.years.bar.given"),
            new Series("/gifts?to=" + country + "&year=", "", "countries.years.bar.received"));
    List<Link> links = new ArrayList<>();
    for (YearChart.Slot slot : chart.slots()) {
      for (YearChart.Bar bar : slot.bars()) {
        if (bar.count() > 0) {
          Series of = series.get(bar.series());
          links.add(
              new Link(
                  of.href(slot.year()),
                  of.label(slot.year(), bar.count()),
                  false,
                  bar.x(),
                  chart.plotTop(),
                  bar.width(),
                  chart.baseline() - chart.plotTop(),
                  List.of(bar)));
        }
      }
    }
    return new YearChartView(chart, links, null, rows(chart, series));
  }

  /**
   * Summits per year, one link per year around its column and linked to its list on the timeline;
   * the year {@link YearChart.Slot#selected chosen} has a band behind it and its link marks the
   * current page.
   */
  public static YearChartView timeline(YearChart chart) {
    return perYear(chart, new Series("/timeline?year=", "#year-summits", "timeline.bar"));
  }

  /**
   * Gifts per year on the statistics page, one link per year narrowing the statistics to it ({@code
   * before} the year: the address with the other filters, ending in {@code year=}); the chosen year
   * has a band behind it.
   */
  public static YearChartView statistics(YearChart chart, String before) {
    return perYear(chart, new Series(before, "", "statistics.years.bar"));
  }

  private static YearChartView perYear(YearChart chart, Series only) {
    List<Link> links = new ArrayList<>();
    YearChart.Slot chosen = null;
    for (YearChart.Slot slot : chart.slots()) {
      if (slot.selected()) {
        chosen = slot;
      }
      if (slot.total() > 0) {
        links.add(
            new Link(
                only.href(slot.year()),
                only.label(slot.year(), slot.bars().get(0).count()),
                slot.selected(),
                slot.x(),
                chart.plotTop(),
                slot.width(),
                chart.height() - chart.plotTop(),
                slot.bars().stream().filter(bar -> bar.count() > 0).toList()));
      }
    }
    return new YearChartView(chart, links, chosen, rows(chart, List.of(only)));
  }

  private static List<Row> rows(YearChart chart, List<Series> series) {
    List<Row> rows = new ArrayList<>(chart.slots().size());
    for (YearChart.Slot slot : chart.slots()) {
      List<Cell> cells = new ArrayList<>(series.size());
      for (int s = 0; s < series.size(); s++) {
        long count = slot.bars().get(s).count();
        cells.add(
            count > 0
                ? new Cell(
                    grouped(count),
                    series.get(s).href(slot.year()),
                    series.get(s).label(slot.year(), count))
                : new Cell("0", null, null));
      }
      rows.add(new Row(slot.year(), cells));
    }
    return rows;
  }

  /** A count with thousands separators, as the templates write numbers. */
  static String grouped(long value) {
    String digits = Long.toString(value);
    int start = value < 0 ? 1 : 0;
    int length = digits.length() - start;
    if (length <= 3) {
      return digits;
    }
    StringBuilder grouped = new StringBuilder(digits.length() + length / 3);
    grouped.append(digits, 0, start);
    for (int i = 0; i < length; i++) {
      if (i > 0 && (length - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(digits.charAt(start + i));
    }
    return grouped.toString();
  }
}
