package org.summitry.charts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.gifts.boundary.GiftFact;

/** What the statistics page shows for a few gifts, and how it converts their values. */
class GiftCubeTest {

  private static final long RU = 1;
  private static final long KP = 2;
  private static final long PUTIN = 10;
  private static final long KIM = 11;
  private static final long VEHICLE = 20;

  private final GiftCube cube =
      GiftCube.of(
          List.of(
              new GiftFact(
                  RU, KP, VEHICLE, PUTIN, KIM, 2024, 2024, "RUB", 2, new BigDecimal("1000.50")),
              new GiftFact(
                  RU, KP, VEHICLE, PUTIN, KIM, 2024, 2024, "USD", 1, new BigDecimal("99.99")),
              new GiftFact(KP, RU, null, KIM, PUTIN, 2019, 2019, "KPW", 1, new BigDecimal("5")),
              new GiftFact(KP, null, null, KIM, null, 2010, 2019, null, 3, null),
              new GiftFact(
                  null, null, VEHICLE, null, null, null, null, "RUB", 1, new BigDecimal("1"))));

  @Test
  void valuesAreSummedPerCurrencyAndNeverMixed() {
    GiftCube.Tables all = cube.count(GiftCube.Filter.NONE, 0, 10);
    assertEquals(8, all.gifts());
    assertEquals(3, all.withoutValue());
    assertEquals(
        Map.of(
            "KPW",
            new BigDecimal("5.00"),
            "RUB",
            new BigDecimal("1001.50"),
            "USD",
            new BigDecimal("99.99")),
        all.values());
    GiftCube.Party russia =
        all.countries().stream().filter(p -> p.id() == RU).findFirst().orElseThrow();
    assertEquals(3, russia.given());
    assertEquals(1, russia.received());
    assertEquals(
        Map.of("RUB", new BigDecimal("1000.50"), "USD", new BigDecimal("99.99")),
        russia.givenValues());
    assertEquals(Map.of("KPW", new BigDecimal("5.00")), russia.receivedValues());
  }

  @Test
  void aGiftDatedToADecadeCountsInEachOfItsYears() {
    GiftCube.Tables all = cube.count(GiftCube.Filter.NONE, 0, 10);
    Map<Long, Long> years =
        all.years().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    s -> s.key() == null ? -1L : s.key(), GiftCube.Share::gifts));
    assertEquals(3, years.get(2015L));
    assertEquals(4, years.get(2019L), "the decade's three and the gift of 2019");
    assertEquals(3, years.get(2024L));
    assertEquals(1, years.get(-1L), "undated");
    assertEquals(4, cube.count(new GiftCube.Filter(null, 2019, null, null), 0, 10).gifts());
  }

  @Test
  void filtersNarrowEveryTable() {
    GiftCube.Tables northKorea2024 = cube.count(new GiftCube.Filter(KP, 2024, null, null), 0, 10);
    assertEquals(3, northKorea2024.gifts());
    assertEquals(1, northKorea2024.categories().size());
    assertEquals(VEHICLE, northKorea2024.categories().get(0).key());
    assertEquals(2, northKorea2024.people().size());
    GiftCube.Tables nobody = cube.count(new GiftCube.Filter(999L, null, null, null), 0, 10);
    assertEquals(0, nobody.gifts());
    assertTrue(nobody.countries().isEmpty());
  }

  @Test
  void peopleAreRankedByGiftsAndPaged() {
    GiftCube.Tables first = cube.count(GiftCube.Filter.NONE, 0, 1);
    assertEquals(2, first.peopleTotal());
    assertEquals(KIM, first.people().get(0).id(), "Kim: 7 gifts given and received");
    assertEquals(Map.of("KPW", new BigDecimal("5.00")), first.people().get(0).givenValues());
    assertEquals(PUTIN, cube.count(GiftCube.Filter.NONE, 1, 1).people().get(0).id());
    assertTrue(cube.count(GiftCube.Filter.NONE, 5, 1).people().isEmpty());
  }

  @Test
  void aSumTooLargeToAddUpExactlyIsUnknownRatherThanWrong() {
    GiftCube huge =
        GiftCube.of(
            List.of(
                new GiftFact(
                    RU,
                    null,
                    null,
                    null,
                    null,
                    2024,
                    2024,
                    "USD",
                    1,
                    new BigDecimal("90000000000000000")),
                new GiftFact(
                    RU,
                    null,
                    null,
                    null,
                    null,
                    2024,
                    2024,
                    "USD",
                    1,
                    new BigDecimal("90000000000000000"))));
    assertNull(huge.count(GiftCube.Filter.NONE, 0, 1).values().get("USD"));
  }

  @Test
  void conversionSaysWhichCurrenciesHadNoRate() {
    Converted converted =
        Converted.of(
            Map.of(
                "KRW",
                new BigDecimal("1000000.00"),
                "USD",
                new BigDecimal("10.00"),
                "RUB",
                new BigDecimal("5.00")),
            "USD",
            Map.of("KRW", new BigDecimal("0.00075")));
    assertEquals(new BigDecimal("760.00"), converted.total());
    assertEquals(List.of("RUB"), converted.unconverted());
    assertTrue(converted.partial());
    Converted none = Converted.of(Map.of("RUB", BigDecimal.ONE), "USD", Map.of());
    assertNull(none.total());
  }
}
