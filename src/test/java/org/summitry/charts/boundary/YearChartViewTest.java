package org.summitry.charts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.kernel.YearTally;
import org.summitry.testing.TemplateFragments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Year charts and their tables ({@code yearChart} and {@code yearRows} of {@code charts.html}) as a
 * browser reads them (the Nu Html Checker's HTML5 parser).
 */
class YearChartViewTest {

  @Test
  void eachOfACountrysColumnsLinksItsGiftsAndSaysWhatItCounts() throws Exception {
    YearChart chart =
        Charts.years(List.of(tally(2018, 3, 2020, 1234), tally(2019, 1, 2020, 2)), null);
    YearChartView view = YearChartView.countryGifts(chart, "kp");

    Document svg = svg(view, "/archive");
    Map<String, String> links = links(svg);
    assertEquals(
        Map.of(
            "/archive/gifts?from=kp&year=2018", "2018: 3 gifts given",
            "/archive/gifts?from=kp&year=2020", "2020: 1,234 gifts given",
            "/archive/gifts?to=kp&year=2019", "2019: 1 gift received",
            "/archive/gifts?to=kp&year=2020", "2020: 2 gifts received"),
        links,
        "a link per column with a count, none for the empty ones");
    assertTrue(
        texts(svg, "text").containsAll(List.of("0", "500", "1,000", "1,500", "2018", "2020")),
        "count axis with grouped thousands and year labels: " + texts(svg, "text"));
    assertEquals(
        "true",
        ((Element) svg.getElementsByTagName("g").item(0)).getAttribute("aria-hidden"),
        "the axis is not read out; the titles say it all");

    Document table = table(view, "/archive");
    List<String> rows = new ArrayList<>();
    NodeList trs = table.getElementsByTagName("tr");
    for (int i = 0; i < trs.getLength(); i++) {
      rows.add(trs.item(i).getTextContent());
    }
    assertEquals(List.of("201830", "201901", "20201,2342"), rows, "every year, empty ones too");
    Element first = (Element) table.getElementsByTagName("a").item(0);
    assertEquals("/archive/gifts?from=kp&year=2018", first.getAttribute("href"));
    assertEquals("2018: 3 gifts given", first.getAttribute("aria-label"));
    assertEquals("row", ((Element) table.getElementsByTagName("th").item(0)).getAttribute("scope"));
  }

  @Test
  void theTimelineLinksEachYearAndMarksTheChosenOne() throws Exception {
    YearChart chart = Charts.years(List.of(tally(2018, 1, 2024, 2)), 2018);
    YearChartView view = YearChartView.timeline(chart);

    Document svg = svg(view, "");
    assertEquals(
        Map.of(
            "/timeline?year=2018#year-summits", "2018: 1 summit",
            "/timeline?year=2024#year-summits", "2024: 2 summits"),
        links(svg));
    Element chosen = (Element) svg.getElementsByTagName("a").item(0);
    assertEquals("page", chosen.getAttribute("aria-current"));
    assertFalse(((Element) svg.getElementsByTagName("a").item(1)).hasAttribute("aria-current"));
    assertEquals(
        1, count(svg, "rect", "chart-band"), "a band behind the chosen year, and only that one");

    Document table = table(view, "");
    assertEquals(7, table.getElementsByTagName("tr").getLength(), "2018 to 2024");
    assertEquals(2, table.getElementsByTagName("a").getLength(), "only years with summits link");
  }

  @Test
  void addressesAndLabelsAreEscaped() throws Exception {
    YearChart chart = Charts.years(List.of(tally(2018, 1), YearTally.empty()), null);
    YearChartView view = YearChartView.countryGifts(chart, "a&b\"<x>");
    String svg = render("yearChart", view, "/a\"b");
    Document page = parse("<svg>" + svg + "</svg>");
    assertEquals(1, page.getElementsByTagName("a").getLength());
    assertEquals(
        "/a\"b/gifts?from=a%26b%22%3Cx%3E&year=2018",
        ((Element) page.getElementsByTagName("a").item(0)).getAttribute("href"));
    assertFalse(svg.contains("<x>"));
  }

  @Test
  void anEmptyChartWritesNoColumnsAndNoRows() throws Exception {
    YearChart chart = Charts.years(List.of(YearTally.empty(), YearTally.empty()), null);
    YearChartView view = YearChartView.countryGifts(chart, "kp");
    assertEquals(0, svg(view, "").getElementsByTagName("a").getLength());
    assertEquals(0, table(view, "").getElementsByTagName("tr").getLength());
  }

  @Test
  void countsAreGroupedByThousandsAsThePagesWriteNumbers() {
    assertEquals("0", YearChartView.grouped(0));
    assertEquals("999", YearChartView.grouped(999));
    assertEquals("1,000", YearChartView.grouped(1000));
    assertEquals("123,456", YearChartView.grouped(123456));
    assertEquals("1,234,567", YearChartView.grouped(1234567));
    assertEquals("-1,234", YearChartView.grouped(-1234));
    assertEquals("9,223,372,036,854,775,807", YearChartView.grouped(Long.MAX_VALUE));
  }

  /** A tally from pairs of year and count. */
  private static YearTally tally(long... yearsAndCounts) {
    List<YearTally.Span> spans = new ArrayList<>();
    for (int i = 0; i < yearsAndCounts.length; i += 2) {
      int year = (int) yearsAndCounts[i];
      spans.add(new YearTally.Span(year, year, yearsAndCounts[i + 1]));
    }
    return YearTally.of(spans);
  }

  private static Map<String, String> links(Document page) {
    Map<String, String> links = new LinkedHashMap<>();
    NodeList anchors = page.getElementsByTagName("a");
    for (int i = 0; i < anchors.getLength(); i++) {
      Element a = (Element) anchors.item(i);
      links.put(a.getAttribute("href"), a.getElementsByTagName("title").item(0).getTextContent());
    }
    return links;
  }

  private static List<String> texts(Document page, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = page.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  private static int count(Document page, String tag, String className) {
    int count = 0;
    NodeList nodes = page.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      if (((Element) nodes.item(i)).getAttribute("class").equals(className)) {
        count++;
      }
    }
    return count;
  }

  private static String render(String fragment, YearChartView view, String contextPath) {
    return TemplateFragments.render(
        "charts", fragment, Map.of("view", view, "contextPath", contextPath));
  }

  private static Document svg(YearChartView view, String contextPath) {
    return parse("<svg class=chart-svg>" + render("yearChart", view, contextPath) + "</svg>");
  }

  private static Document table(YearChartView view, String contextPath) {
    return parse("<table><tbody>" + render("yearRows", view, contextPath) + "</tbody></table>");
  }

  private static Document parse(String body) {
    return TemplateFragments.parse(body);
  }
}
