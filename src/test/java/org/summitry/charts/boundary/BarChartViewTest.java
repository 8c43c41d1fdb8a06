package org.summitry.charts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.TemplateFragments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Horizontal bar charts over the statistics tables: their geometry ({@link Charts#bars}) and the
 * {@code barChart} fragment of {@code charts.html} as a browser reads it.
 */
class BarChartViewTest {

  @Test
  void theLongestBarSpansThePlotAndTheOthersAreToScale() {
    BarChart chart =
        Charts.bars(
            List.of("Korea", "Russia", "China"),
            List.of(new long[] {40, 10}, new long[] {20, 0}, new long[] {1, 3}),
            2);
    BarChart.Bar longest = chart.rows().get(0).bars().get(0);
    assertEquals(chart.plotLeft(), longest.x());
    assertEquals(chart.plotRight() - chart.plotLeft(), longest.width(), "40 is the whole plot");
    assertEquals(longest.width() / 2, chart.rows().get(1).bars().get(0).width(), "20 is half");
    assertEquals(longest.width() / 4, chart.rows().get(0).bars().get(1).width(), "10 a quarter");
    assertEquals(0, chart.rows().get(1).bars().get(1).width(), "nothing received: no bar");
    assertTrue(chart.rows().get(2).bars().get(0).width() >= 2, "a single gift stays visible");
    assertTrue(
        chart.width() > chart.rows().get(0).bars().get(0).valueX() + 8,
        "the longest count fits after its bar");
    assertEquals(List.of(0L, 10L, 20L, 30L, 40L), ticks(chart), "ticks up to the longest bar");
    assertEquals(chart.plotRight(), chart.ticks().get(4).x());
    BarChart.Row first = chart.rows().get(0);
    BarChart.Row second = chart.rows().get(1);
    assertEquals(first.y() + first.height(), second.y(), "rows follow each other");
    assertTrue(
        first.bars().get(0).y() + first.bars().get(0).height() <= first.bars().get(1).y(),
        "the pair's bars do not overlap");
    assertTrue(second.bars().get(1).y() + second.bars().get(1).height() <= second.y() + 40);
  }

  @Test
  void longNamesAreShortenedInTheChartAndKeptWhole() {
    String long_ = "The Supreme People's Assembly of the Democratic People's Republic";
    BarChart chart = Charts.bars(List.of(long_), List.<long[]>of(new long[] {2}), 1);
    BarChart.Row row = chart.rows().get(0);
    assertEquals(long_, row.name());
    assertTrue(row.label().endsWith("…") && row.label().length() <= 26, row.label());
    assertTrue(chart.plotLeft() >= 16 + 8 * row.label().length() - 8, "the label fits");
  }

  @Test
  void koreanNamesGetRoomForTheirWiderLetters() {
    BarChart latin =
        Charts.bars(List.of("Kim Jong Un, Chairman"), List.<long[]>of(new long[] {1}), 1);
    BarChart hangul = Charts.bars(List.of("조선민주주의인민공화국 국무위원장"), List.<long[]>of(new long[] {1}), 1);
    assertEquals(16 + 8 * 21, latin.plotLeft());
    assertEquals(16 + 14 * 16 + 8, hangul.plotLeft(), "16 wide letters and a space");
  }

  @Test
  void onlyTheFirstTwelveRowsAreDrawn() {
    List<BarChartView.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      entries.add(new BarChartView.Entry("Category " + i, "/statistics?category=" + i, 30 - i));
    }
    BarChartView view = BarChartView.gifts(entries);
    assertEquals(12, view.items().size());
    assertEquals("Category 11", view.items().get(11).row().name());
    assertTrue(BarChartView.gifts(List.of()).chart().isEmpty());
  }

  @Test
  void eachRowLinksWhereTheTableDoesAndSaysWhatItCounts() throws Exception {
    BarChartView view =
        BarChartView.givenAndReceived(
            List.of(
                new BarChartView.Entry("Korea", "/statistics?country=kr", 1234, 5),
                new BarChartView.Entry("Russia", "/statistics?country=ru&year=2018", 0, 1),
                new BarChartView.Entry("Not public", null, 2, 0)));
    String markup = render(view, "/archive");
    Document svg = TemplateFragments.parse("<svg class=chart-svg>" + markup + "</svg>");

    Map<String, String> links = new LinkedHashMap<>();
    NodeList anchors = svg.getElementsByTagName("a");
    for (int i = 0; i < anchors.getLength(); i++) {
      Element a = (Element) anchors.item(i);
      links.put(a.getAttribute("href"), a.getElementsByTagName("title").item(0).getTextContent());
    }
    assertEquals(
        Map.of(
            "/archive/statistics?country=kr", "Korea: 1,234 given, 5 received",
            "/archive/statistics?country=ru&year=2018", "Russia: 0 given, 1 received"),
        links,
        "a link per row that narrows, named by its title");
    assertFalse(markup.contains("role=\"img\"><title>Korea"), "links are not images");
    assertTrue(
        markup.contains("role=\"img\"><title>Not public: 2 given, 0 received</title>"),
        "a row without a link is still named");
    assertEquals(
        List.of("1,234", "5", "0", "1", "2", "0"), texts(svg, "chart-value chart-value--bar"));
    assertEquals(List.of("Korea", "Russia", "Not public"), texts(svg, "chart-label"));
    assertEquals(
        4,
        svg.getElementsByTagName("rect").getLength() - 3,
        "besides the three rows' hit areas, four bars: the zero counts draw none");
    assertEquals(
        "true", ((Element) svg.getElementsByTagName("g").item(0)).getAttribute("aria-hidden"));
  }

  @Test
  void aFigureOfBarsIsValidHtml() {
    BarChartView view =
        BarChartView.gifts(
            List.of(
                new BarChartView.Entry("Vehicle <&>", "/statistics?category=a%26b", 3),
                new BarChartView.Entry("No category", null, 1)));
    String figure =
        TemplateFragments.render(
            "statistics/fragments",
            "bars",
            Map.of(
                "id", "categories-chart",
                "view", view,
                "title", "Gifts per category",
                "caption", "The categories with the most gifts.",
                "contextPath", ""));
    assertFalse(figure.contains("<&>"), "names are escaped");
    String page =
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>t</title></head><body><main>"
            + figure
            + "</main></body></html>";
    assertEquals(List.of(), HtmlChecker.errors(page));
    assertTrue(figure.contains("aria-labelledby=\"categories-chart-title\""), figure);
    assertFalse(figure.contains("chart-legend"), "one series needs no legend");
  }

  private static String render(BarChartView view, String contextPath) {
    return TemplateFragments.render(
        "charts", "barChart", Map.of("view", view, "contextPath", contextPath));
  }

  private static List<Long> ticks(BarChart chart) {
    return chart.ticks().stream().map(BarChart.Tick::value).toList();
  }

  private static List<String> texts(Document page, String className) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = page.getElementsByTagName("text");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element text = (Element) nodes.item(i);
      if (text.getAttribute("class").equals(className)) {
        texts.add(text.getTextContent());
      }
    }
    return texts;
  }
}
