package org.summitry.charts.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.summitry.gifts.boundary.GiftFact;

/**
 * The published gifts grouped by parties, category, years and currency ({@link GiftFact}), held in
 * plain arrays so that any filter's statistics are one pass over them, not a query per request
 * (docs/performance.md says what that saves). Declared values are summed per currency in
 * hundredths, exactly; a sum too large for that is reported as unknown ({@code null}) rather than
 * wrong.
 *
 * <p>Years are counted the way the lists' year filter chooses gifts ({@code YearTally}): a gift
 * dated to a range counts in every year the range overlaps, so the years' rows can add up to more
 * than the total.
 */
public final class GiftCube {

  /** What narrows the statistics; null fields narrow nothing. */
  public record Filter(Long countryId, Integer year, Long categoryId, Long personId) {
    public static final Filter NONE = new Filter(null, null, null, null);
  }

  /**
   * Gifts of a country or a person: how many it gave and received, their declared values per
   * currency (amounts in the currency's units) and, when asked, those values converted.
   */
  public record Party(
      Long id,
      long given,
      long received,
      SortedMap<String, BigDecimal> givenValues,
      SortedMap<String, BigDecimal> receivedValues,
      Converted givenConverted,
      Converted receivedConverted) {}

  /**
   * Gifts of a year or a category ({@code key} null: undated, or without a category), with their
   * values converted when asked.
   */
  public record Share(
      Long key, long gifts, SortedMap<String, BigDecimal> values, Converted converted) {}

  /**
   * The statistics of the gifts a filter chooses; {@code valued} names the currencies and years
   * (null: undated) of the chosen gifts' declared values, so that the rates a conversion used can
   * be named.
   */
  public record Tables(
      long gifts,
      long withoutValue,
      SortedMap<String, BigDecimal> values,
      Converted converted,
      List<Party> countries,
      List<Share> years,
      List<Share> categories,
      List<Party> people,
      int peopleTotal,
      List<ValueYear> valued) {}

  /**
   * Declared values in {@code currency} of gifts whose date ends in {@code year} (null: undated).
   */
  public record ValueYear(String currency, Integer year) {}

  /**
   * The rates a conversion uses: the factor that turns one unit of {@code currency}, declared for a
   * gift whose date ends in {@code year} (null: undated), into the target currency, or null when no
   * rate converts it.
   */
  @FunctionalInterface
  public interface Rates {
    BigDecimal factor(String currency, Integer year);
  }

  private static final int NONE = -1;
  private static final int UNDATED = Integer.MIN_VALUE;
  private static final int FIRST_YEAR = 1;
  private static final int LAST_YEAR = 9999;

  /** A sum that did not fit into a long count of hundredths. */
  private static final long OVERFLOW = Long.MIN_VALUE;

  private final long[] countryIds;
  private final long[] personIds;
  private final long[] categoryIds;
  private final String[] currencies;
  private final Map<Long, Integer> countryIndex;
  private final Map<Long, Integer> personIndex;
  private final Map<Long, Integer> categoryIndex;

  private final int rows;
  private final int[] giverCountry;
  private final int[] recipientCountry;
  private final int[] category;
  private final int[] giverPerson;
  private final int[] recipientPerson;
  private final int[] firstYear;
  private final int[] lastYear;
  private final int[] currency;
  private final long[] gifts;
  private final long[] cents;
  private final int minYear;
  private final int maxYear;

  /**
   * The currencies and years of value that occur, as {@code currency * yearSlots() + year slot}
   * (the last slot: undated): the only ones a conversion needs a rate for.
   */
  private final int[] valueKeys;

  /**
   * The rows of each country (as giver or recipient), category, person (as giver or recipient) and
   * year (a range in each year it overlaps), ascending: a filter walks the shortest of its lists
   * rather than every row, so a country's or a person's statistics cost what they hold.
   */
  private final int[][] rowsByCountry;

  private final int[][] rowsByCategory;
  private final int[][] rowsByPerson;
  private final int[][] rowsByYear;

  /**
   * The unfiltered statistics, the archive's front page of figures, kept once counted for each page
   * of people and each conversion's exact factors: a pass over every row is the costliest count.
   */
  private final Map<List<Object>, Tables> unfiltered =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Tables> eldest) {
              return size() > UNFILTERED_KEPT;
            }
          });

  private static final int UNFILTERED_KEPT = 16;

  private GiftCube(Collection<GiftFact> facts) {
    Dictionary countries = new Dictionary();
    Dictionary people = new Dictionary();
    Dictionary categories = new Dictionary();
    TreeSet<String> codes = new TreeSet<>();
    for (GiftFact fact : facts) {
      if (fact.currency() != null) {
        codes.add(fact.currency());
      }
    }
    currencies = codes.toArray(String[]::new);
    Map<String, Integer> currencyIndex = new HashMap<>();
    for (int i = 0; i < currencies.length; i++) {
      currencyIndex.put(currencies[i], i);
    }
    rows = facts.size();
    giverCountry = new int[rows];
    recipientCountry = new int[rows];
    category = new int[rows];
    giverPerson = new int[rows];
    recipientPerson = new int[rows];
    firstYear = new int[rows];
    lastYear = new int[rows];
    currency = new int[rows];
    gifts = new long[rows];
    cents = new long[rows];
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    int r = 0;
    for (GiftFact fact : facts) {
      giverCountry[r] = countries.index(fact.giverCountryId());
      recipientCountry[r] = countries.index(fact.recipientCountryId());
      category[r] = categories.index(fact.categoryId());
      giverPerson[r] = people.index(fact.giverPersonId());
      recipientPerson[r] = people.index(fact.recipientPersonId());
      Integer first = fact.firstYear();
      Integer last = fact.lastYear();
      if (first == null || last == null || last < first || last < FIRST_YEAR || first > LAST_YEAR) {
        firstYear[r] = UNDATED;
        lastYear[r] = UNDATED;
      } else {
        firstYear[r] = first;
        lastYear[r] = last;
        min = Math.min(min, Math.max(FIRST_YEAR, first));
        max = Math.max(max, Math.min(LAST_YEAR, last));
      }
      currency[r] = fact.currency() == null ? NONE : currencyIndex.get(fact.currency());
      gifts[r] = fact.gifts();
      cents[r] = fact.value() == null ? 0 : hundredths(fact.value());
      r++;
    }
    minYear = min;
    maxYear = max;
    boolean[] present = new boolean[currencies.length * yearSlots()];
    for (r = 0; r < rows; r++) {
      if (currency[r] != NONE) {
        present[currency[r] * yearSlots() + yearSlot(r)] = true;
      }
    }
    valueKeys =
        java.util.stream.IntStream.range(0, present.length).filter(k -> present[k]).toArray();
    countryIds = countries.ids();
    personIds = people.ids();
    categoryIds = categories.ids();
    countryIndex = countries.index;
    personIndex = people.index;
    categoryIndex = categories.index;
    rowsByCountry = postings(countryIds.length, giverCountry, recipientCountry);
    rowsByCategory = postings(categoryIds.length, category, null);
    rowsByPerson = postings(personIds.length, giverPerson, recipientPerson);
    int[] yearCounts = new int[Math.max(0, maxYear - minYear + 1)];
    for (r = 0; r < rows; r++) {
      for (int y = yearFrom(r); y <= yearTo(r); y++) {
        yearCounts[y]++;
      }
    }
    rowsByYear = new int[yearCounts.length][];
    for (int y = 0; y < yearCounts.length; y++) {
      rowsByYear[y] = new int[yearCounts[y]];
    }
    int[] filled = new int[yearCounts.length];
    for (r = 0; r < rows; r++) {
      for (int y = yearFrom(r); y <= yearTo(r); y++) {
        rowsByYear[y][filled[y]++] = r;
      }
    }
  }

  /** Offset of the first year row {@code r} counts in; above {@link #yearTo} when undated. */
  private int yearFrom(int r) {
    return firstYear[r] == UNDATED ? 0 : Math.max(firstYear[r], minYear) - minYear;
  }

  private int yearTo(int r) {
    return firstYear[r] == UNDATED ? -1 : Math.min(lastYear[r], maxYear) - minYear;
  }

  /** The rows of each of {@code size} keys, read from one or two columns (a row listed once). */
  private int[][] postings(int size, int[] column, int[] other) {
    int[] counts = new int[size];
    for (int r = 0; r < rows; r++) {
      if (column[r] != NONE) {
        counts[column[r]]++;
      }
      if (other != null && other[r] != NONE && other[r] != column[r]) {
        counts[other[r]]++;
      }
    }
    int[][] lists = new int[size][];
    for (int k = 0; k < size; k++) {
      lists[k] = new int[counts[k]];
    }
    int[] filled = new int[size];
    for (int r = 0; r < rows; r++) {
      if (column[r] != NONE) {
        lists[column[r]][filled[column[r]]++] = r;
      }
      if (other != null && other[r] != NONE && other[r] != column[r]) {
        lists[other[r]][filled[other[r]]++] = r;
      }
    }
    return lists;
  }

  /**
   * The rows a filter can choose from: the shortest list among its parts, or null for every row (no
   * filter). A year outside the dated years chooses none.
   */
  private int[] candidates(int country, int kind, int person, Integer year) {
    int[] shortest = null;
    if (country != NONE) {
      shortest = rowsByCountry[country];
    }
    if (kind != NONE && (shortest == null || rowsByCategory[kind].length < shortest.length)) {
      shortest = rowsByCategory[kind];
    }
    if (person != NONE && (shortest == null || rowsByPerson[person].length < shortest.length)) {
      shortest = rowsByPerson[person];
    }
    if (year != null) {
      int y = year - minYear;
      int[] ofYear = y < 0 || y >= rowsByYear.length ? new int[0] : rowsByYear[y];
      if (shortest == null || ofYear.length < shortest.length) {
        shortest = ofYear;
      }
    }
    return shortest;
  }

  public static GiftCube of(Collection<GiftFact> facts) {
    return new GiftCube(facts);
  }

  /** How many groups of gifts the cube holds (at most one per gift). */
  public int size() {
    return rows;
  }

  /**
   * The statistics of the gifts {@code filter} chooses: totals, every country, year and category,
   * and the people with the most gifts from {@code peopleFrom}, at most {@code peopleShown}; values
   * per currency only.
   */
  public Tables count(Filter filter, int peopleFrom, int peopleShown) {
    return count(filter, peopleFrom, peopleShown, null, null);
  }

  /**
   * The statistics as {@link #count(Filter, int, int)} counts them, with every sum of values also
   * converted into {@code target} (null: none), each gift's value with the rate {@code rates} gives
   * for its currency and the year its date ends in. Each value is converted exactly (hundredths
   * times the rate, in 128-bit integers) and the products summed, so a converted total is as exact
   * as the rates and is rounded to hundredths only once.
   */
  public Tables count(Filter filter, int peopleFrom, int peopleShown, String target, Rates rates) {
    Conversion conversion = target == null ? null : new Conversion(target, rates);
    if (!Filter.NONE.equals(filter)) {
      return count(filter, peopleFrom, peopleShown, conversion);
    }
    List<Object> key =
        Arrays.asList(
            peopleFrom,
            peopleShown,
            target,
            conversion == null ? null : Arrays.toString(conversion.factors),
            conversion == null || conversion.exactFactors == null
                ? null
                : Arrays.toString(conversion.exactFactors));
    Tables kept = unfiltered.get(key);
    if (kept == null) {
      kept = count(filter, peopleFrom, peopleShown, conversion);
      unfiltered.put(key, kept);
    }
    return kept;
  }

  private Tables count(Filter filter, int peopleFrom, int peopleShown, Conversion conversion) {
    int countryWanted = wanted(countryIndex, filter.countryId());
    int categoryWanted = wanted(categoryIndex, filter.categoryId());
    int personWanted = wanted(personIndex, filter.personId());
    boolean impossible =
        countryWanted == NONE && filter.countryId() != null
            || categoryWanted == NONE && filter.categoryId() != null
            || personWanted == NONE && filter.personId() != null;
    int yearWanted = filter.year() == null ? UNDATED : filter.year();
    int[] candidates =
        impossible
            ? new int[0]
            : candidates(countryWanted, categoryWanted, personWanted, filter.year());
    int candidateCount = candidates == null ? rows : candidates.length;
    int c = currencies.length;
    int countries = countryIds.length;
    int categories = categoryIds.length;
    int people = personIds.length;
    int years = maxYear >= minYear ? maxYear - minYear + 1 : 0;

    long total = 0;
    long withoutValue = 0;
    long[] totalCents = new long[c];
    long[] countryGiven = new long[countries];
    long[] countryReceived = new long[countries];
    long[] countryGivenCents = new long[countries * c];
    long[] countryReceivedCents = new long[countries * c];
    long[] categoryGifts = new long[categories + 1];
    long[] categoryCents = new long[(categories + 1) * c];
    long[] yearGifts = new long[years + 1];
    long[] yearCents = new long[(years + 1) * c];
    long[] personGiven = new long[people];
    long[] personReceived = new long[people];
    boolean[] valued = new boolean[currencies.length * yearSlots()];
    Conversion.Sums totalConverted = Conversion.sums(conversion, 1);
    Conversion.Sums countryGivenConverted = Conversion.sums(conversion, countries);
    Conversion.Sums countryReceivedConverted = Conversion.sums(conversion, countries);
    Conversion.Sums categoryConverted = Conversion.sums(conversion, categories + 1);
    Conversion.Sums yearConverted = Conversion.sums(conversion, years + 1);

    for (int i = 0; i < candidateCount; i++) {
      int r = candidates == null ? i : candidates[i];
      if (!chosen(r, countryWanted, categoryWanted, personWanted, yearWanted)) {
        continue;
      }
      long n = gifts[r];
      int money = currency[r];
      long value = cents[r];
      total += n;
      int key = NONE;
      if (money == NONE) {
        withoutValue += n;
      } else {
        key = money * yearSlots() + yearSlot(r);
        valued[key] = true;
        add(totalCents, money, value);
        if (conversion != null) {
          totalConverted.add(0, key, value);
        }
      }
      int giver = giverCountry[r];
      if (giver != NONE) {
        countryGiven[giver] += n;
        if (money != NONE) {
          add(countryGivenCents, giver * c + money, value);
          if (conversion != null) {
            countryGivenConverted.add(giver, key, value);
          }
        }
      }
      int recipient = recipientCountry[r];
      if (recipient != NONE) {
        countryReceived[recipient] += n;
        if (money != NONE) {
          add(countryReceivedCents, recipient * c + money, value);
          if (conversion != null) {
            countryReceivedConverted.add(recipient, key, value);
          }
        }
      }
      int kind = category[r] == NONE ? categories : category[r];
      categoryGifts[kind] += n;
      if (money != NONE) {
        add(categoryCents, kind * c + money, value);
        if (conversion != null) {
          categoryConverted.add(kind, key, value);
        }
      }
      if (firstYear[r] == UNDATED) {
        yearGifts[years] += n;
        if (money != NONE) {
          add(yearCents, years * c + money, value);
          if (conversion != null) {
            yearConverted.add(years, key, value);
          }
        }
      } else {
        int from = Math.max(firstYear[r], minYear) - minYear;
        int to = Math.min(lastYear[r], maxYear) - minYear;
        for (int y = from; y <= to; y++) {
          yearGifts[y] += n;
          if (money != NONE) {
            add(yearCents, y * c + money, value);
            if (conversion != null) {
              yearConverted.add(y, key, value);
            }
          }
        }
      }
      if (giverPerson[r] != NONE) {
        personGiven[giverPerson[r]] += n;
      }
      if (recipientPerson[r] != NONE) {
        personReceived[recipientPerson[r]] += n;
      }
    }

    List<Party> countryRows = new ArrayList<>();
    for (int i = 0; i < countries; i++) {
      if (countryGiven[i] + countryReceived[i] > 0) {
        countryRows.add(
            new Party(
                countryIds[i],
                countryGiven[i],
                countryReceived[i],
                values(countryGivenCents, i),
                values(countryReceivedCents, i),
                converted(countryGivenConverted, i),
                converted(countryReceivedConverted, i)));
      }
    }
    List<Share> yearRows = new ArrayList<>();
    for (int y = 0; y < years; y++) {
      if (yearGifts[y] > 0) {
        yearRows.add(
            new Share(
                (long) (minYear + y),
                yearGifts[y],
                values(yearCents, y),
                converted(yearConverted, y)));
      }
    }
    if (yearGifts[years] > 0) {
      yearRows.add(
          new Share(
              null, yearGifts[years], values(yearCents, years), converted(yearConverted, years)));
    }
    List<Share> categoryRows = new ArrayList<>();
    for (int k = 0; k <= categories; k++) {
      if (categoryGifts[k] > 0) {
        categoryRows.add(
            new Share(
                k == categories ? null : categoryIds[k],
                categoryGifts[k],
                values(categoryCents, k),
                converted(categoryConverted, k)));
      }
    }
    List<Integer> ranked = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      if (personGiven[p] + personReceived[p] > 0) {
        ranked.add(p);
      }
    }
    ranked.sort(
        (a, b) -> {
          int byGifts =
              Long.compare(personGiven[b] + personReceived[b], personGiven[a] + personReceived[a]);
          return byGifts != 0 ? byGifts : Long.compare(personIds[a], personIds[b]);
        });
    int from = Math.max(0, Math.min(peopleFrom, ranked.size()));
    List<Integer> shown =
        ranked.subList(from, from + Math.max(0, Math.min(ranked.size() - from, peopleShown)));
    List<Party> peopleRows =
        shown.isEmpty()
            ? List.of()
            : peopleValues(
                shown,
                candidates,
                conversion,
                personGiven,
                personReceived,
                countryWanted,
                categoryWanted,
                personWanted,
                yearWanted);

    List<ValueYear> valueYears = new ArrayList<>();
    for (int key : valueKeys) {
      if (valued[key]) {
        valueYears.add(valueYear(key));
      }
    }
    return new Tables(
        total,
        withoutValue,
        values(totalCents, 0),
        converted(totalConverted, 0),
        List.copyOf(countryRows),
        List.copyOf(yearRows),
        List.copyOf(categoryRows),
        peopleRows,
        ranked.size(),
        List.copyOf(valueYears));
  }

  /** The declared values of the people shown, in a second pass over the chosen gifts. */
  private List<Party> peopleValues(
      List<Integer> shown,
      int[] candidates,
      Conversion conversion,
      long[] personGiven,
      long[] personReceived,
      int countryWanted,
      int categoryWanted,
      int personWanted,
      int yearWanted) {
    int c = currencies.length;
    int[] slot = new int[personIds.length];
    Arrays.fill(slot, NONE);
    for (int s = 0; s < shown.size(); s++) {
      slot[shown.get(s)] = s;
    }
    long[] given = new long[shown.size() * c];
    long[] received = new long[shown.size() * c];
    Conversion.Sums givenConverted = Conversion.sums(conversion, shown.size());
    Conversion.Sums receivedConverted = Conversion.sums(conversion, shown.size());
    int candidateCount = candidates == null ? rows : candidates.length;
    for (int i = 0; i < candidateCount; i++) {
      int r = candidates == null ? i : candidates[i];
      int money = currency[r];
      if (money == NONE) {
        continue;
      }
      int giver = giverPerson[r] == NONE ? NONE : slot[giverPerson[r]];
      int recipient = recipientPerson[r] == NONE ? NONE : slot[recipientPerson[r]];
      if (giver == NONE && recipient == NONE) {
        continue;
      }
      if (!chosen(r, countryWanted, categoryWanted, personWanted, yearWanted)) {
        continue;
      }
      int key = money * yearSlots() + yearSlot(r);
      if (giver != NONE) {
        add(given, giver * c + money, cents[r]);
        if (conversion != null) {
          givenConverted.add(giver, key, cents[r]);
        }
      }
      if (recipient != NONE) {
        add(received, recipient * c + money, cents[r]);
        if (conversion != null) {
          receivedConverted.add(recipient, key, cents[r]);
        }
      }
    }
    List<Party> parties = new ArrayList<>();
    for (int s = 0; s < shown.size(); s++) {
      int p = shown.get(s);
      parties.add(
          new Party(
              personIds[p],
              personGiven[p],
              personReceived[p],
              values(given, s),
              values(received, s),
              converted(givenConverted, s),
              converted(receivedConverted, s)));
    }
    return List.copyOf(parties);
  }

  /** Whether the gifts of row {@code r} are among those the filter (as dense numbers) chooses. */
  private boolean chosen(int r, int country, int kind, int person, int year) {
    return (country == NONE || giverCountry[r] == country || recipientCountry[r] == country)
        && (kind == NONE || category[r] == kind)
        && (person == NONE || giverPerson[r] == person || recipientPerson[r] == person)
        && (year == UNDATED
            || firstYear[r] != UNDATED && firstYear[r] <= year && lastYear[r] >= year);
  }

  private SortedMap<String, BigDecimal> values(long[] sums, int row) {
    int c = currencies.length;
    TreeMap<String, BigDecimal> values = new TreeMap<>();
    for (int money = 0; money < c; money++) {
      long sum = sums[row * c + money];
      if (sum == OVERFLOW) {
        values.put(currencies[money], null);
      } else if (sum != 0) {
        values.put(currencies[money], BigDecimal.valueOf(sum, 2));
      }
    }
    return Collections.unmodifiableSortedMap(values);
  }

  /** The year slots of values: one per year from the first to the last, then the undated. */
  private int yearSlots() {
    return maxYear >= minYear ? maxYear - minYear + 2 : 1;
  }

  /** The slot of the year the date of row {@code r} ends in, whose rate converts its value. */
  private int yearSlot(int r) {
    return lastYear[r] == UNDATED ? yearSlots() - 1 : Math.min(lastYear[r], maxYear) - minYear;
  }

  private ValueYear valueYear(int key) {
    int slot = key % yearSlots();
    return new ValueYear(
        currencies[key / yearSlots()], slot == yearSlots() - 1 ? null : minYear + slot);
  }

  /**
   * Declared values converted into {@code target}: the rate of each currency and year of value that
   * occurs, as a whole number of 10^-{@value #FACTOR_SCALE} (what a rate may hold), or as a {@link
   * BigDecimal} when some rate does not fit a long so.
   */
  private final class Conversion {
    private static final long NO_RATE = -1;

    final String target;
    final long[] factors = new long[currencies.length * yearSlots()];
    BigDecimal[] exactFactors;

    Conversion(String target, Rates rates) {
      this.target = target;
      Arrays.fill(factors, NO_RATE);
      BigDecimal[] asRead = new BigDecimal[factors.length];
      boolean allFit = true;
      for (int key : valueKeys) {
        ValueYear valueYear = valueYear(key);
        BigDecimal factor =
            valueYear.currency().equals(target)
                ? BigDecimal.ONE
                : rates.factor(valueYear.currency(), valueYear.year());
        if (factor == null) {
          continue;
        }
        asRead[key] = factor;
        try {
          factors[key] = factor.setScale(FACTOR_SCALE).unscaledValue().longValueExact();
        } catch (ArithmeticException tooLargeOrTooFine) {
          allFit = false;
          factors[key] = 0;
        }
      }
      exactFactors = allFit ? null : asRead;
    }

    /** Converted sums for {@code cells} rows of a table; null without a conversion. */
    static Sums sums(Conversion conversion, int cells) {
      return conversion == null ? null : conversion.new Sums(cells);
    }

    /**
     * The converted values of each row of a table, summed exactly: in 128 bits ({@code high},
     * {@code low}: hundredths times 10^{@value #FACTOR_SCALE}), or in BigDecimal when a rate needs
     * it; the currencies a row holds without a rate; whether a row's sum outgrew 128 bits.
     */
    final class Sums {
      final long[] high;
      final long[] low;
      final BigDecimal[] exact;
      final boolean[] converted;
      final boolean[] overflow;
      final boolean[] unconverted;

      Sums(int cells) {
        high = new long[cells];
        low = new long[cells];
        exact = exactFactors == null ? null : new BigDecimal[cells];
        converted = new boolean[cells];
        overflow = new boolean[cells];
        unconverted = new boolean[cells * currencies.length];
      }

      /** Adds a value (hundredths, never negative) of a currency and year of value to a row. */
      void add(int cell, int key, long hundredths) {
        long factor = factors[key];
        if (factor == NO_RATE || hundredths == OVERFLOW) {
          unconverted[cell * currencies.length + key / yearSlots()] = true;
          return;
        }
        converted[cell] = true;
        if (exact != null) {
          BigDecimal amount = BigDecimal.valueOf(hundredths, 2).multiply(exactFactors[key]);
          exact[cell] = exact[cell] == null ? amount : exact[cell].add(amount);
          return;
        }
        long productLow = hundredths * factor;
        long productHigh = Math.multiplyHigh(hundredths, factor);
        long nextLow = low[cell] + productLow;
        long nextHigh =
            high[cell] + productHigh + (Long.compareUnsigned(nextLow, low[cell]) < 0 ? 1 : 0);
        if (nextHigh < 0) {
          overflow[cell] = true;
        }
        low[cell] = nextLow;
        high[cell] = nextHigh;
      }

      /** What a row's values come to in the target; null for a row without values. */
      Converted total(int cell) {
        List<String> left = new ArrayList<>();
        for (int money = 0; money < currencies.length; money++) {
          if (unconverted[cell * currencies.length + money]) {
            left.add(currencies[money]);
          }
        }
        if (!converted[cell] && left.isEmpty()) {
          return null;
        }
        BigDecimal total = null;
        if (overflow[cell]) {
          left = List.of(currencies);
        } else if (converted[cell]) {
          total =
              exact != null
                  ? exact[cell]
                  : new BigDecimal(
                      java.math.BigInteger.valueOf(high[cell])
                          .shiftLeft(64)
                          .add(new java.math.BigInteger(Long.toUnsignedString(low[cell]))),
                      2 + FACTOR_SCALE);
          total = total.setScale(2, java.math.RoundingMode.HALF_EVEN);
        }
        return new Converted(target, total, List.copyOf(left));
      }
    }
  }

  /** A row's converted values; null without a conversion. */
  private static Converted converted(Conversion.Sums sums, int cell) {
    return sums == null ? null : sums.total(cell);
  }

  /** The decimals a rate may have ({@code RateDraft}), so that a rate is a whole number of them. */
  private static final int FACTOR_SCALE = 10;

  private static void add(long[] sums, int at, long value) {
    long sum = sums[at];
    if (sum == OVERFLOW) {
      return;
    }
    if (value == OVERFLOW) {
      sums[at] = OVERFLOW;
      return;
    }
    long result = sum + value;
    sums[at] = ((sum ^ result) & (value ^ result)) < 0 || result == OVERFLOW ? OVERFLOW : result;
  }

  private static long hundredths(BigDecimal value) {
    try {
      return value.setScale(2, java.math.RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    } catch (ArithmeticException tooLarge) {
      return OVERFLOW;
    }
  }

  private static int wanted(Map<Long, Integer> index, Long id) {
    return id == null ? NONE : index.getOrDefault(id, NONE);
  }

  /** Dense numbers for ids, in the order met. */
  private static final class Dictionary {
    final Map<Long, Integer> index = new HashMap<>();
    final List<Long> ids = new ArrayList<>();

    int index(Long id) {
      if (id == null) {
        return NONE;
      }
      return index.computeIfAbsent(
          id,
          key -> {
            ids.add(key);
            return ids.size() - 1;
          });
    }

    long[] ids() {
      return ids.stream().mapToLong(Long::longValue).toArray();
    }
  }
}
