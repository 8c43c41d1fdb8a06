package org.summitry.kernel;

import java.util.Collection;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How many entries are dated in each calendar year, counted the way the lists' year filters choose
 * entries: an entry counts in every year its date range overlaps, so a gift dated {@code 201X}
 * counts in each year from 2010 to 2019 and is listed under each of them. Entries without both
 * bounds, or outside the years 1 to 9999 that a year filter accepts, are counted as undated.
 *
 * <p>Built from a few rows of a GROUP BY on the first and last year of each entry's range, so the
 * database does the counting whatever the number of entries.
 */
public final class YearTally {

  /** The first and last years of a date range and how many entries have it; null when unknown. */
  public record Span(Integer firstYear, Integer lastYear, long entries) {}

  static final int FIRST_YEAR = 1;
  static final int LAST_YEAR = 9999;

  private final NavigableMap<Integer, Long> counts;
  private final long undated;

  private YearTally(NavigableMap<Integer, Long> counts, long undated) {
    this.counts = Collections.unmodifiableNavigableMap(counts);
    this.undated = undated;
  }

  public static YearTally empty() {
    return new YearTally(new TreeMap<>(), 0);
  }

  /** Adds each span to every year it covers, through a running sum of starts and ends. */
  public static YearTally of(Collection<Span> spans) {
    TreeMap<Integer, Long> changes = new TreeMap<>();
    long undated = 0;
    for (Span span : spans) {
      if (span.entries() <= 0) {
        continue;
      }
      if (span.firstYear() == null
          || span.lastYear() == null
          || span.lastYear() < FIRST_YEAR
          || span.firstYear() > LAST_YEAR
          || span.lastYear() < span.firstYear()) {
        undated += span.entries();
        continue;
      }
      int first = Math.max(FIRST_YEAR, span.firstYear());
      int last = Math.min(LAST_YEAR, span.lastYear());
      changes.merge(first, span.entries(), Long::sum);
      changes.merge(last + 1, -span.entries(), Long::sum);
    }
    TreeMap<Integer, Long> counts = new TreeMap<>();
    long running = 0;
    Integer previous = null;
    for (var change : changes.entrySet()) {
      if (previous != null && running > 0) {
        for (int year = previous; year < change.getKey(); year++) {
          counts.put(year, running);
        }
      }
      running += change.getValue();
      previous = change.getKey();
    }
    return new YearTally(counts, undated);
  }

  /** Entries dated in {@code year}. */
  public long count(int year) {
    return counts.getOrDefault(year, 0L);
  }

  /** The years with at least one entry, earliest first, with their counts. */
  public NavigableMap<Integer, Long> years() {
    return counts;
  }

  public boolean isEmpty() {
    return counts.isEmpty();
  }

  /** The largest count of any one year; 0 when empty. */
  public long max() {
    return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** Entries left out because their date has no first or last year between 1 and 9999. */
  public long undated() {
    return undated;
  }
}
