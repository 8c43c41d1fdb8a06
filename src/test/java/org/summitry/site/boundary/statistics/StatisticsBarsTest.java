package org.summitry.site.boundary.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.charts.boundary.BarChartView;
import org.summitry.site.boundary.statistics.StatisticsReport.PartyRow;
import org.summitry.site.boundary.statistics.StatisticsReport.ShareRow;

/** The statistics tables' rows as the bar charts over them draw them. */
class StatisticsBarsTest {

  @Test
  void countriesKeepTheirLinksAndHiddenOnesAreNamedAsTheTableNamesThem() {
    BarChartView view =
        BarChartView.givenAndReceived(
            StatisticsPage.parties(
                List.of(party("Russia", "/statistics?country=ru", 4, 2), party(null, null, 1, 0))));
    assertEquals("/statistics?country=ru", view.items().get(0).href());
    assertEquals("Russia: 4 given, 2 received", view.items().get(0).label());
    assertNull(view.items().get(1).href(), "a country that is not public narrows nothing");
    assertEquals("Not public: 1 given, 0 received", view.items().get(1).label());
  }

  @Test
  void categoriesCountGiftsAndGiftsWithoutOneAreSaidSo() {
    BarChartView view =
        BarChartView.gifts(
            StatisticsPage.shares(
                List.of(
                    new ShareRow(
                        "vehicle", "Vehicle", "/statistics?category=vehicle", 1, List.of(), null),
                    new ShareRow(null, null, null, 3, List.of(), null))));
    assertEquals(List.of("Vehicle: 1 gift", "No category: 3 gifts"), labels(view));
    assertEquals(1, view.chart().series());
  }

  private static PartyRow party(String name, String narrow, long given, long received) {
    return new PartyRow(name, name, narrow, given, received, List.of(), List.of(), null, null);
  }

  private static List<String> labels(BarChartView view) {
    return view.items().stream().map(BarChartView.Item::label).toList();
  }
}
