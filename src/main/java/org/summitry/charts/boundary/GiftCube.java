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
 * plain arrays so that any filter's statistics are one pass over them: a few milliseconds for a
 * million gifts, where a GROUP BY per request took seconds. Declared values are summed per currency
 * in hundredths, exactly; a sum too large for that is reported as unknown ({@code null}) rather
 * than wrong.
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
   * The currencies and years of value that occur, as {@code currency * (years + 1) + year slot}
   * (the last slot: undated): the only ones a conversion needs a rate for.
   */
  private final int[] valueKeys;

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
   * for its currency and the year its date ends in. Values are summed exactly per currency and
   * rate, and only those sums are multiplied, so a converted total is as exact as the rates.
   */
  public Tables count(Filter filter, int peopleFrom, int peopleShown, String target, Rates rates) {
    int countryWanted = wanted(countryIndex, filter.countryId());
    int categoryWanted = wanted(categoryIndex, filter.categoryId());
    int personWanted = wanted(personIndex, filter.personId());
    boolean impossible =
        countryWanted == NONE && filter.countryId() != null
            || categoryWanted == NONE && filter.categoryId() != null
            || personWanted == NONE && filter.personId() != null;
    int yearWanted = filter.year() == null ? UNDATED : filter.year();
    Parts parts = new Parts(target, rates);
    int c = parts.size();
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
    boolean[] valued = new boolean[parts.of.length];

    for (int r = 0; r < rows && !impossible; r++) {
      if (!chosen(r, countryWanted, categoryWanted, personWanted, yearWanted)) {
        continue;
      }
      long n = gifts[r];
      int money = NONE;
      long value = cents[r];
      total += n;
      if (currency[r] == NONE) {
        withoutValue += n;
      } else {
        int key = currency[r] * yearSlots() + yearSlot(r);
        valued[key] = true;
        money = parts.of[key];
        add(totalCents, money, value);
      }
      int giver = giverCountry[r];
      if (giver != NONE) {
        countryGiven[giver] += n;
        if (money != NONE) {
          add(countryGivenCents, giver * c + money, value);
        }
      }
      int recipient = recipientCountry[r];
      if (recipient != NONE) {
        countryReceived[recipient] += n;
        if (money != NONE) {
          add(countryReceivedCents, recipient * c + money, value);
        }
      }
      int kind = category[r] == NONE ? categories : category[r];
      categoryGifts[kind] += n;
      if (money != NONE) {
        add(categoryCents, kind * c + money, value);
      }
      if (firstYear[r] == UNDATED) {
        yearGifts[years] += n;
        if (money != NONE) {
          add(yearCents, years * c + money, value);
        }
      } else {
        int from = Math.max(firstYear[r], minYear) - minYear;
        int to = Math.min(lastYear[r], maxYear) - minYear;
        for (int y = from; y <= to; y++) {
          yearGifts[y] += n;
          if (money != NONE) {
            add(yearCents, y * c + money, value);
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
                parts.values(countryGivenCents, i),
                parts.values(countryReceivedCents, i),
                parts.converted(countryGivenCents, i),
                parts.converted(countryReceivedCents, i)));
      }
    }
    List<Share> yearRows = new ArrayList<>();
    for (int y = 0; y < years; y++) {
      if (yearGifts[y] > 0) {
        yearRows.add(
            new Share(
                (long) (minYear + y),
                yearGifts[y],
                parts.values(yearCents, y),
                parts.converted(yearCents, y)));
      }
    }
    if (yearGifts[years] > 0) {
      yearRows.add(
          new Share(
              null,
              yearGifts[years],
              parts.values(yearCents, years),
              parts.converted(yearCents, years)));
    }
    List<Share> categoryRows = new ArrayList<>();
    for (int k = 0; k <= categories; k++) {
      if (categoryGifts[k] > 0) {
        categoryRows.add(
            new Share(
                k == categories ? null : categoryIds[k],
                categoryGifts[k],
                parts.values(categoryCents, k),
                parts.converted(categoryCents, k)));
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
                parts,
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
        parts.values(totalCents, 0),
        parts.converted(totalCents, 0),
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
      Parts parts,
      long[] personGiven,
      long[] personReceived,
      int countryWanted,
      int categoryWanted,
      int personWanted,
      int yearWanted) {
    int c = parts.size();
    int[] slot = new int[personIds.length];
    Arrays.fill(slot, NONE);
    for (int s = 0; s < shown.size(); s++) {
      slot[shown.get(s)] = s;
    }
    long[] given = new long[shown.size() * c];
    long[] received = new long[shown.size() * c];
    for (int r = 0; r < rows; r++) {
      if (currency[r] == NONE) {
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
      int money = parts.of[currency[r] * yearSlots() + yearSlot(r)];
      if (giver != NONE) {
        add(given, giver * c + money, cents[r]);
      }
      if (recipient != NONE) {
        add(received, recipient * c + money, cents[r]);
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
              parts.values(given, s),
              parts.values(received, s),
              parts.converted(given, s),
              parts.converted(received, s)));
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
   * The parts values are summed in: one per currency, or, for a conversion, one per currency and
   * factor, so that a currency's values converted with different rates stay apart until each sum is
   * multiplied by its rate.
   */
  private final class Parts {
    /** The part of each currency and year slot. */
    final int[] of = new int[currencies.length * yearSlots()];

    final String target;
    final List<Integer> currencyOf = new ArrayList<>();
    final List<BigDecimal> factorOf = new ArrayList<>();

    Parts(String target, Rates rates) {
      this.target = target;
      if (target == null) {
        for (int money = 0; money < currencies.length; money++) {
          currencyOf.add(money);
          factorOf.add(null);
          Arrays.fill(of, money * yearSlots(), (money + 1) * yearSlots(), money);
        }
        return;
      }
      Map<List<Object>, Integer> known = new HashMap<>();
      for (int key : valueKeys) {
        ValueYear valueYear = valueYear(key);
        int money = key / yearSlots();
        BigDecimal factor =
            valueYear.currency().equals(target)
                ? BigDecimal.ONE
                : rates.factor(valueYear.currency(), valueYear.year());
        BigDecimal normal = factor == null ? null : factor.stripTrailingZeros();
        of[key] =
            known.computeIfAbsent(
                Arrays.asList(money, normal),
                k -> {
                  currencyOf.add(money);
                  factorOf.add(normal);
                  return currencyOf.size() - 1;
                });
      }
    }

    int size() {
      return currencyOf.size();
    }

    /** The sums of {@code row}'s parts by currency, exactly. */
    SortedMap<String, BigDecimal> values(long[] sums, int row) {
      int p = size();
      long[] byCurrency = new long[currencies.length];
      boolean[] any = new boolean[currencies.length];
      for (int part = 0; part < p; part++) {
        long sum = sums[row * p + part];
        if (sum != 0) {
          int money = currencyOf.get(part);
          add(byCurrency, money, sum);
          any[money] = true;
        }
      }
      TreeMap<String, BigDecimal> values = new TreeMap<>();
      for (int money = 0; money < currencies.length; money++) {
        long sum = byCurrency[money];
        if (sum == OVERFLOW) {
          values.put(currencies[money], null);
        } else if (any[money] && sum != 0) {
          values.put(currencies[money], BigDecimal.valueOf(sum, 2));
        }
      }
      return Collections.unmodifiableSortedMap(values);
    }

    /**
     * The sums of {@code row}'s parts converted and added up, with the currencies left out (no
     * rate, or a sum too large to know); null without a conversion or without values.
     */
    Converted converted(long[] sums, int row) {
      if (target == null) {
        return null;
      }
      int p = size();
      BigDecimal total = null;
      TreeSet<String> unconverted = new TreeSet<>();
      boolean any = false;
      for (int part = 0; part < p; part++) {
        long sum = sums[row * p + part];
        if (sum == 0) {
          continue;
        }
        any = true;
        BigDecimal factor = factorOf.get(part);
        if (factor == null || sum == OVERFLOW) {
          unconverted.add(currencies[currencyOf.get(part)]);
          continue;
        }
        BigDecimal amount = BigDecimal.valueOf(sum, 2).multiply(factor);
        total = total == null ? amount : total.add(amount);
      }
      if (!any) {
        return null;
      }
      return new Converted(
          target,
          total == null ? null : total.setScale(2, java.math.RoundingMode.HALF_EVEN),
          List.copyOf(unconverted));
    }
  }

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
