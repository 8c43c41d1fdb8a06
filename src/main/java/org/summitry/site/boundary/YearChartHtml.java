package org.summitry.site.boundary;

import java.util.List;
import org.summitry.platform.boundary.Messages;
import org.summitry.site.control.YearChart;
import org.unbescape.html.HtmlEscape;
import org.unbescape.uri.UriEscape;

/**
 * Writes the inside of a year chart's SVG (axis, columns, their links and titles) and the rows of
 * the table that stands in for it. The timeline and a country's page draw up to 150 years of one or
 * two series, each column with a link and a label: as template loops that would be thousands of
 * expressions a page, and here each label is formatted once for both the chart and the table. Every
 * text is escaped; the addresses are built from percent-encoded parts.
 */
public final class YearChartHtml {

  /**
   * Where a series' column of a year leads, {@code before} and {@code after} the year (the address
   * within the site, percent-encoded), and the message keys of its label: {@code labelKey + ".one"}
   * for a count of one, {@code ".other"} otherwise, with the year and the count written out.
   */
  record Series(String before, String after, String labelKey) {

    String href(String base, int year) {
      return base + before + year + after;
    }
  }

  private final YearChart chart;
  private final List<Series> series;
  private final boolean linkPerYear;

  /**
   * Each column's label by slot and series (null for an empty column), written once for both the
   * chart and the table.
   */
  private final String[][] labels;

  private YearChartHtml(YearChart chart, List<Series> series, boolean linkPerYear) {
    this.chart = chart;
    this.series = List.copyOf(series);
    this.linkPerYear = linkPerYear;
    this.labels = new String[chart.slots().size()][series.size()];
    for (int i = 0; i < labels.length; i++) {
      YearChart.Slot slot = chart.slots().get(i);
      for (int s = 0; s < series.size(); s++) {
        long count = slot.bars().get(s).count();
        if (count > 0) {
          labels[i][s] =
              Messages.get(
                  series.get(s).labelKey() + (count == 1 ? ".one" : ".other"),
                  Integer.toString(slot.year()),
                  grouped(count));
        }
      }
    }
  }

  /** A country's gifts given and received per year, each column linked to its gifts. */
  static YearChartHtml countryGifts(YearChart chart, String code) {
    String country = UriEscape.escapeUriQueryParam(code);
    return new YearChartHtml(
        chart,
        List.of(
            new Series("/gifts?from=" + country + "&year=", "", "countries.years.bar.given"),
            new Series("/gifts?to=" + country + "&year=", "", "countries.years.bar.received")),
        false);
  }

  /** Summits per year, each year linked to its list on the timeline. */
  static YearChartHtml timeline(YearChart chart) {
    return new YearChartHtml(
        chart, List.of(new Series("/timeline?year=", "#year-summits", "timeline.bar")), true);
  }

  /** The inside of the chart's {@code <svg>}: axis and columns with their links. */
  public String svg(String contextPath) {
    String base = contextPath == null ? "" : contextPath;
    return axis(chart) + (linkPerYear ? yearLinks(base) : columnLinks(base));
  }

  /** The rows of the table that stands in for the chart. */
  public String rows(String contextPath) {
    return tableRows(contextPath == null ? "" : contextPath);
  }

  /** The count axis, the baseline and the year labels. */
  private static String axis(YearChart chart) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<g class=\"chart-axis\" aria-hidden=\"true\">");
    for (YearChart.Tick tick : chart.ticks()) {
      html.append("<line class=\"chart-grid\" x1=\"")
          .append(chart.plotLeft())
          .append("\" x2=\"")
          .append(chart.plotRight())
          .append("\" y1=\"")
          .append(tick.y())
          .append("\" y2=\"")
          .append(tick.y())
          .append("\"/><text class=\"chart-tick\" x=\"")
          .append(chart.plotLeft() - 6)
          .append("\" y=\"")
          .append(tick.y())
          .append("\" text-anchor=\"end\" dominant-baseline=\"central\">")
          .append(grouped(tick.value()))
          .append("</text>");
    }
    html.append("<line class=\"chart-baseline\" x1=\"")
        .append(chart.plotLeft())
        .append("\" x2=\"")
        .append(chart.plotRight())
        .append("\" y1=\"")
        .append(chart.baseline())
        .append("\" y2=\"")
        .append(chart.baseline())
        .append("\"/>");
    for (YearChart.Slot slot : chart.slots()) {
      if (slot.labelled() || slot.selected()) {
        html.append("<text class=\"chart-year")
            .append(slot.selected() ? " chart-year--selected" : "")
            .append("\" x=\"")
            .append(slot.labelX())
            .append("\" y=\"")
            .append(chart.baseline() + 20)
            .append("\" text-anchor=\"middle\">")
            .append(slot.year())
            .append("</text>");
      }
    }
    return html.append("</g>").toString();
  }

  /**
   * Each year's columns side by side, each column a link of its own with a title (a country's gifts
   * given and received).
   */
  private String columnLinks(String base) {
    StringBuilder html = new StringBuilder(512 * Math.max(1, chart.slots().size()));
    for (int i = 0; i < labels.length; i++) {
      YearChart.Slot slot = chart.slots().get(i);
      for (YearChart.Bar bar : slot.bars()) {
        if (bar.count() <= 0) {
          continue;
        }
        link(html, series.get(bar.series()).href(base, slot.year()), false);
        title(html, labels[i][bar.series()]);
        hit(html, bar.x(), chart.plotTop(), bar.width(), chart.baseline() - chart.plotTop());
        bar(html, bar);
        html.append("</a>");
      }
    }
    return html.toString();
  }

  /**
   * One link per year around all its columns (the timeline), and a band behind the year {@link
   * YearChart.Slot#selected chosen}, which its link marks as the current page.
   */
  private String yearLinks(String base) {
    Series only = series.get(0);
    StringBuilder html = new StringBuilder(400 * Math.max(1, chart.slots().size()));
    for (YearChart.Slot slot : chart.slots()) {
      if (slot.selected()) {
        html.append("<rect class=\"chart-band\"");
        box(html, slot.x(), chart.plotTop(), slot.width(), chart.baseline() - chart.plotTop());
        html.append("/>");
      }
    }
    for (int i = 0; i < labels.length; i++) {
      YearChart.Slot slot = chart.slots().get(i);
      if (slot.total() <= 0) {
        continue;
      }
      link(html, only.href(base, slot.year()), slot.selected());
      title(html, labels[i][0]);
      hit(html, slot.x(), chart.plotTop(), slot.width(), chart.height() - chart.plotTop());
      for (YearChart.Bar bar : slot.bars()) {
        if (bar.count() > 0) {
          bar(html, bar);
        }
      }
      html.append("</a>");
    }
    return html.toString();
  }

  /**
   * The table's body: a row per year with each series' count, linked to its entries when there are
   * any, the link labelled as the column is.
   */
  private String tableRows(String base) {
    StringBuilder html = new StringBuilder(160 * Math.max(1, chart.slots().size()));
    for (int i = 0; i < labels.length; i++) {
      YearChart.Slot slot = chart.slots().get(i);
      html.append("<tr><th scope=\"row\">").append(slot.year()).append("</th>");
      for (int s = 0; s < series.size(); s++) {
        long count = slot.bars().get(s).count();
        html.append("<td>");
        if (count > 0) {
          html.append("<a href=\"")
              .append(escape(series.get(s).href(base, slot.year())))
              .append("\" aria-label=\"")
              .append(escape(labels[i][s]))
              .append("\">")
              .append(grouped(count))
              .append("</a>");
        } else {
          html.append('0');
        }
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.toString();
  }

  private static void link(StringBuilder html, String href, boolean current) {
    html.append("<a class=\"chart-link\" href=\"").append(escape(href)).append('"');
    if (current) {
      html.append(" aria-current=\"page\"");
    }
    html.append('>');
  }

  private static void title(StringBuilder html, String label) {
    html.append("<title>").append(escape(label)).append("</title>");
  }

  private static void hit(StringBuilder html, int x, int y, int width, int height) {
    html.append("<rect class=\"chart-hit\"");
    box(html, x, y, width, height);
    html.append("/>");
  }

  private static void bar(StringBuilder html, YearChart.Bar bar) {
    html.append("<rect class=\"chart-bar chart-bar--").append(bar.series()).append('"');
    box(html, bar.x(), bar.y(), bar.width(), bar.height());
    html.append("/>");
    if (bar.valueShown()) {
      html.append("<text class=\"chart-value\" x=\"")
          .append(bar.centerX())
          .append("\" y=\"")
          .append(bar.y() - 6)
          .append("\" text-anchor=\"middle\">")
          .append(bar.count())
          .append("</text>");
    }
  }

  private static void box(StringBuilder html, int x, int y, int width, int height) {
    html.append(" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append('"');
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

  private static String escape(String value) {
    return value == null ? "" : HtmlEscape.escapeHtml4Xml(value);
  }
}
