package org.summitry.gifts.boundary;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The rates of one currency into another over time, by the day each applies to, and the one that
 * converts a gift's declared value: the rate in force at the end of the year the gift's date ends
 * in (the latest dated on or before 31 December of it) or, when every rate is later, the earliest
 * of them. A value of an undated gift is converted with the latest rate.
 */
public record RateHistory(NavigableMap<LocalDate, RateView> byDate) {

  public RateHistory {
    if (byDate.isEmpty()) {
      throw new IllegalArgumentException("A history of rates needs a rate");
    }
    byDate = Collections.unmodifiableNavigableMap(new TreeMap<>(byDate));
  }

  /** The rate that converts values of gifts whose date ends in {@code year} (null: undated). */
  public RateView forYear(Integer year) {
    if (year == null) {
      return byDate.lastEntry().getValue();
    }
    var inForce = byDate.floorEntry(LocalDate.of(year, 12, 31));
    return inForce != null ? inForce.getValue() : byDate.firstEntry().getValue();
  }

  /**
   * Whether {@code rate}, chosen for {@code year}, is dated after that year: the archive has no
   * earlier rate, and the page says so.
   */
  public static boolean later(RateView rate, Integer year) {
    return year != null && rate.validOn().getYear() > year;
  }
}
