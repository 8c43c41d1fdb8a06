package org.summitry.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class YearTallyTest {

  @Test
  void entriesCountInTheYearTheyWereDated() {
    YearTally tally =
        YearTally.of(List.of(new YearTally.Span(2018, 2018, 1), new YearTally.Span(2024, 2024, 6)));
    assertEquals(new TreeMap<>(Map.of(2018, 1L, 2024, 6L)), tally.years());
    assertEquals(0, tally.count(2020));
    assertEquals(6, tally.max());
  }

  @Test
  void anEntryDatedAcrossYearsCountsInEachAsTheYearFilterListsIt() {
    YearTally tally =
        YearTally.of(
            List.of(
                new YearTally.Span(2010, 2019, 1),
                new YearTally.Span(2012, 2012, 2),
                new YearTally.Span(2019, 2020, 1)));
    assertEquals(1, tally.count(2010));
    assertEquals(3, tally.count(2012));
    assertEquals(2, tally.count(2019));
    assertEquals(1, tally.count(2020));
    assertEquals(0, tally.count(2021));
    assertEquals(11, tally.years().size());
  }

  @Test
  void entriesWithoutBothBoundsOrOutsideTheFilterableYearsAreUndated() {
    YearTally tally =
        YearTally.of(
            List.of(
                new YearTally.Span(null, null, 3),
                new YearTally.Span(2024, null, 1),
                new YearTally.Span(-44, -44, 1),
                new YearTally.Span(-999_999_999, 999_999_999, 1),
                new YearTally.Span(1999, 1999, 1)));
    assertEquals(5, tally.undated());
    assertEquals(2, tally.count(1999));
    assertEquals(1, tally.count(5000), "a huge range is clipped to the filterable years");
    assertEquals(9999, tally.years().size());
  }

  @Test
  void nothingCountedIsEmpty() {
    assertTrue(YearTally.of(List.of()).isEmpty());
    assertEquals(0, YearTally.empty().max());
  }
}
