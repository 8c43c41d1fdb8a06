package org.summitry.gifts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which of a currency's rates converts the values of a year's gifts. */
class RateHistoryTest {

  private final RateView of2018 = rate("0.000897", LocalDate.of(2018, 12, 31));
  private final RateView of2024 = rate("0.000733", LocalDate.of(2024, 6, 19));
  private final RateHistory won =
      new RateHistory(new TreeMap<>(Map.of(of2018.validOn(), of2018, of2024.validOn(), of2024)));

  @Test
  void aYearTakesTheLatestRateInForceAtItsEnd() {
    assertEquals(of2018, won.forYear(2018), "31 December counts as in force at the year's end");
    assertEquals(of2018, won.forYear(2023));
    assertEquals(of2024, won.forYear(2024), "a rate of June is in force at the end of its year");
    assertEquals(of2024, won.forYear(2030));
  }

  @Test
  void aYearBeforeEveryRateTakesTheEarliestAndSaysSo() {
    assertEquals(of2018, won.forYear(2016));
    assertTrue(RateHistory.later(won.forYear(2016), 2016));
    assertFalse(RateHistory.later(won.forYear(2018), 2018));
    assertFalse(RateHistory.later(won.forYear(null), null));
  }

  @Test
  void undatedGiftsTakeTheLatestRate() {
    assertEquals(of2024, won.forYear(null));
  }

  private static RateView rate(String rate, LocalDate on) {
    return new RateView(
        null,
        "KRW",
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
