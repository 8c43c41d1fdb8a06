package org.summitry.site.boundary.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.summitry.charts.boundary.GiftCube.ValueYear;
import org.summitry.gifts.boundary.RateHistory;
import org.summitry.gifts.boundary.RateView;
import org.summitry.site.boundary.statistics.StatisticsReport.RateUse;

/** The rates the statistics page names under a converted total, with the years each converted. */
class StatisticsRatesTest {

  private final RateView won2018 = rate("KRW", "0.000897", LocalDate.of(2018, 12, 31));
  private final RateView won2024 = rate("KRW", "0.000733", LocalDate.of(2024, 6, 19));

  @Test
  void eachRateNamesItsYearsAndThoseBeforeItsDate() {
    Map<String, RateHistory> histories =
        Map.of(
            "KRW",
            new RateHistory(
                new TreeMap<>(Map.of(won2018.validOn(), won2018, won2024.validOn(), won2024))));
    List<RateUse> used =
        StatisticsReport.ratesUsed(
            List.of(
                new ValueYear("KRW", 2015),
                new ValueYear("KRW", 2016),
                new ValueYear("KRW", 2018),
                new ValueYear("KRW", 2019),
                new ValueYear("KRW", 2024),
                new ValueYear("KRW", null),
                new ValueYear("RUB", 2024),
                new ValueYear("USD", 2024)),
            histories,
            "USD");
    assertEquals(
        List.of(
            new RateUse(won2018, "2015–2016, 2018–2019", "2015–2016", false),
            new RateUse(won2024, "2024", null, true)),
        used);
  }

  @Test
  void withoutAConversionNoRateIsNamed() {
    assertEquals(
        List.of(), StatisticsReport.ratesUsed(List.of(new ValueYear("KRW", 2018)), Map.of(), null));
  }

  private static RateView rate(String currency, String rate, LocalDate on) {
    return new RateView(
        1L,
        currency,
        "USD",
        new BigDecimal(rate),
        on,
        null,
        null,
        null,
        "Bank of Korea",
        "https://ecos.bok.or.kr/",
        0);
  }
}
