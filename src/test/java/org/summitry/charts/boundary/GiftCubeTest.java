package org.summitry.charts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.summitry.gifts.boundary.GiftFact;
import org.summitry.gifts.boundary.RateHistory;
import org.summitry.gifts.boundary.RateView;

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
  void aFilterCountsTheSameAsTheGiftsItChoosesCountedAlone() {
    // Filters walk the rows of their shortest part (a country's, a year's...): each must count
    // exactly what a cube of only the chosen gifts counts, for every kind of filter, including
    // gifts a country gives itself, ranges of years, years before and after all gifts.
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    List<GiftFact> facts = new java.util.ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      int first = 1990 + random.nextInt(30);
      boolean dated = random.nextInt(10) > 0;
      boolean valued = random.nextBoolean();
      facts.add(
          new GiftFact(
              random.nextInt(8) == 0 ? null : (long) random.nextInt(6),
              (long) random.nextInt(6),
              random.nextInt(5) == 0 ? null : 100L + random.nextInt(4),
              random.nextInt(6) == 0 ? null : 1000L + random.nextInt(40),
              1000L + random.nextInt(40),
              dated ? first : null,
              dated ? first + (random.nextInt(5) == 0 ? random.nextInt(4) : 0) : null,
              valued ? (random.nextBoolean() ? "USD" : "KRW") : null,
              1 + random.nextInt(2),
              valued ? BigDecimal.valueOf(random.nextInt(100000), 2) : null));
    }
    GiftCube all = GiftCube.of(facts);
    List<GiftCube.Filter> filters = new java.util.ArrayList<>();
    for (long country = 0; country < 6; country++) {
      filters.add(new GiftCube.Filter(country, null, null, null));
      filters.add(new GiftCube.Filter(country, 2001, 101L, null));
    }
    for (int year : new int[] {1980, 1990, 2005, 2019, 2022, 2030}) {
      filters.add(new GiftCube.Filter(null, year, null, null));
    }
    filters.add(new GiftCube.Filter(null, null, 102L, null));
    filters.add(new GiftCube.Filter(null, null, null, 1007L));
    filters.add(new GiftCube.Filter(3L, null, null, 1007L));
    filters.add(new GiftCube.Filter(999L, null, null, null));
    for (GiftCube.Filter filter : filters) {
      List<GiftFact> chosen =
          facts.stream()
              .filter(
                  f ->
                      (filter.countryId() == null
                              || filter.countryId().equals(f.giverCountryId())
                              || filter.countryId().equals(f.recipientCountryId()))
                          && (filter.categoryId() == null
                              || filter.categoryId().equals(f.categoryId()))
                          && (filter.personId() == null
                              || filter.personId().equals(f.giverPersonId())
                              || filter.personId().equals(f.recipientPersonId()))
                          && (filter.year() == null
                              || f.firstYear() != null
                                  && f.firstYear() <= filter.year()
                                  && f.lastYear() >= filter.year()))
              .toList();
      GiftCube.Tables narrowed = all.count(filter, 0, Integer.MAX_VALUE, "USD", (c, y) -> null);
      GiftCube.Tables alone =
          GiftCube.of(chosen)
              .count(GiftCube.Filter.NONE, 0, Integer.MAX_VALUE, "USD", (c, y) -> null);
      String what = filter.toString();
      assertEquals(alone.gifts(), narrowed.gifts(), what);
      assertEquals(alone.withoutValue(), narrowed.withoutValue(), what);
      assertEquals(alone.values(), narrowed.values(), what);
      assertEquals(byId(alone.countries()), byId(narrowed.countries()), what);
      assertEquals(byId(alone.people()), byId(narrowed.people()), what);
      assertEquals(
          alone.categories().stream().collect(java.util.stream.Collectors.toSet()),
          narrowed.categories().stream().collect(java.util.stream.Collectors.toSet()),
          what);
      assertEquals(alone.years(), narrowed.years(), what);
    }
    assertEquals(0, all.count(new GiftCube.Filter(999L, null, null, null), 0, 9).gifts());
    assertTrue(all.count(new GiftCube.Filter(null, 2005, null, null), 0, 9).gifts() > 0);
  }

  private static Map<Long, GiftCube.Party> byId(List<GiftCube.Party> parties) {
    Map<Long, GiftCube.Party> byId = new TreeMap<>();
    parties.forEach(p -> byId.put(p.id(), p));
    return byId;
  }

  @Test
  void theUnfilteredFiguresAreKeptPerConversionAndFollowChangedRates() {
    GiftCube.Tables plain = cube.count(GiftCube.Filter.NONE, 0, 10);
    assertEquals(plain, cube.count(GiftCube.Filter.NONE, 0, 10), "the same figures again");
    GiftCube.Tables atTwo =
        cube.count(GiftCube.Filter.NONE, 0, 10, "USD", (c, y) -> new BigDecimal("2"));
    GiftCube.Tables atThree =
        cube.count(GiftCube.Filter.NONE, 0, 10, "USD", (c, y) -> new BigDecimal("3"));
    assertTrue(
        !atTwo.converted().equals(atThree.converted()),
        "a changed rate is not answered with figures kept for the old one");
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
    Converted inWon =
        huge.count(GiftCube.Filter.NONE, 0, 1, "KRW", (currency, year) -> new BigDecimal("1300.5"))
            .converted();
    assertEquals(
        new BigDecimal("234090000000000000000.00"),
        inWon.total(),
        "converted beyond a long, still exactly");
    assertEquals(List.of(), inWon.unconverted());
  }

  @Test
  void aRateWithMoreDigitsThanALongHoldsStillConvertsExactly() {
    GiftCube.Tables all =
        wonGifts.count(
            GiftCube.Filter.NONE,
            0,
            10,
            "XAU",
            (currency, year) -> new BigDecimal("1000000000.0000000001"));
    // (3,140,000 won + 500 roubles + 10 dollars) × 1,000,000,000.0000000001
    assertEquals(new BigDecimal("3140510000000000.00"), all.converted().total());
  }

  private static final long KR = 3;
  private static final long MOON = 12;

  /** Gifts of 2016, 2018 and 2024 in won, one in roubles (no rate), one in dollars, one undated. */
  private final GiftCube wonGifts =
      GiftCube.of(
          List.of(
              new GiftFact(KR, KP, null, MOON, KIM, 2016, 2016, "KRW", 1, new BigDecimal("100000")),
              new GiftFact(
                  KR, KP, null, MOON, KIM, 2018, 2018, "KRW", 1, new BigDecimal("1000000")),
              new GiftFact(
                  KR, KP, null, MOON, KIM, 2023, 2024, "KRW", 2, new BigDecimal("2000000")),
              new GiftFact(RU, KP, null, PUTIN, KIM, 2024, 2024, "RUB", 1, new BigDecimal("500")),
              new GiftFact(KR, RU, null, MOON, PUTIN, 2024, 2024, "USD", 1, new BigDecimal("10")),
              new GiftFact(
                  KR, null, null, MOON, null, null, null, "KRW", 1, new BigDecimal("40000"))));

  /**
   * Won into dollars on two dates: each gift converts with the rate of the year its date ends in.
   */
  private static final RateHistory WON =
      new RateHistory(
          new TreeMap<>(
              Map.of(
                  LocalDate.of(2018, 6, 30),
                  rate("KRW", "0.0009", LocalDate.of(2018, 6, 30)),
                  LocalDate.of(2024, 1, 1),
                  rate("KRW", "0.00075", LocalDate.of(2024, 1, 1)))));

  private GiftCube.Tables inDollars(GiftCube.Filter filter) {
    return wonGifts.count(
        filter,
        0,
        10,
        "USD",
        (currency, year) -> currency.equals("KRW") ? WON.forYear(year).rate() : null);
  }

  @Test
  void eachGiftIsConvertedWithTheRateOfItsYear() {
    GiftCube.Tables all = inDollars(GiftCube.Filter.NONE);
    assertEquals(
        new BigDecimal("3140000.00"),
        all.values().get("KRW"),
        "won summed exactly, whatever the rate");
    // 2016 and 2018 with the rate of 2018 (none earlier), 2023–2024 and undated with that of 2024
    // (100,000 + 1,000,000) × 0.0009 + (2,000,000 + 40,000) × 0.00075 + 10 dollars
    assertEquals(new BigDecimal("2530.00"), all.converted().total());
    assertEquals(List.of("RUB"), all.converted().unconverted(), "no rate converts roubles");
    assertTrue(all.converted().partial());
    Map<Long, Converted> years =
        all.years().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    s -> s.key() == null ? -1L : s.key(), GiftCube.Share::converted));
    assertEquals(new BigDecimal("90.00"), years.get(2016L).total());
    assertEquals(new BigDecimal("900.00"), years.get(2018L).total());
    assertEquals(
        new BigDecimal("1500.00"),
        years.get(2023L).total(),
        "a gift of 2023–2024 counts in 2023 but converts with the rate in force at its end");
    assertEquals(new BigDecimal("1510.00"), years.get(2024L).total());
    assertEquals(new BigDecimal("30.00"), years.get(-1L).total(), "undated: the latest rate");
    GiftCube.Party korea =
        all.countries().stream().filter(p -> p.id() == KR).findFirst().orElseThrow();
    assertEquals(new BigDecimal("2530.00"), korea.givenConverted().total());
    assertNull(korea.receivedConverted(), "Korea received nothing");
    GiftCube.Party kim = all.people().stream().filter(p -> p.id() == KIM).findFirst().orElseThrow();
    assertEquals(new BigDecimal("2490.00"), kim.receivedConverted().total());
    assertEquals(List.of("RUB"), kim.receivedConverted().unconverted());
    assertNull(wonGifts.count(GiftCube.Filter.NONE, 0, 10).converted(), "no conversion asked");
  }

  @Test
  void theYearsOfTheChosenValuesNameTheRatesUsed() {
    GiftCube.Tables of2018 = inDollars(new GiftCube.Filter(null, 2018, null, null));
    assertEquals(new BigDecimal("900.00"), of2018.converted().total());
    assertEquals(List.of(new GiftCube.ValueYear("KRW", 2018)), of2018.valued());
    assertEquals(
        List.of(
            new GiftCube.ValueYear("KRW", 2016),
            new GiftCube.ValueYear("KRW", 2018),
            new GiftCube.ValueYear("KRW", 2024),
            new GiftCube.ValueYear("KRW", null),
            new GiftCube.ValueYear("RUB", 2024),
            new GiftCube.ValueYear("USD", 2024)),
        inDollars(GiftCube.Filter.NONE).valued());
  }

  private static RateView rate(String currency, String rate, LocalDate on) {
    return new RateView(
        null, currency, "USD", new BigDecimal(rate), on, null, null, null, "Bank", "https://x", 0);
  }
}
