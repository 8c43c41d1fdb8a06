package org.summitry.site.boundary.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.summitry.charts.boundary.Converted;
import org.summitry.charts.boundary.GiftCube;
import org.summitry.charts.boundary.Tallies;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.ExchangeRates;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.gifts.boundary.RateHistory;
import org.summitry.gifts.boundary.RateView;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.InvalidRequest;
import org.summitry.platform.boundary.Messages;
import org.summitry.site.boundary.Params;
import org.unbescape.uri.UriEscape;

/**
 * The statistics of the gifts a visitor's filters choose, with the names the tables show, the links
 * that narrow or widen the filters, and the totals converted into one currency when asked: what the
 * statistics page draws and its CSV files list. Counted from the kept {@link GiftCube}, never from
 * the gifts one by one.
 */
@ApplicationScoped
public class StatisticsReport {

  @Inject Tallies tallies;
  @Inject People people;
  @Inject Gifts gifts;
  @Inject ExchangeRates rates;

  /** The filters chosen; any may be null. */
  public record Chosen(
      CountryView country, Integer year, CategoryView category, PersonView person, String convert) {

    GiftCube.Filter filter() {
      return new GiftCube.Filter(
          country == null ? null : country.id(),
          year,
          category == null ? null : category.id(),
          person == null ? null : person.id());
    }

    /** The query parameters that stand for these filters, in a fixed order. */
    Map<String, String> parameters() {
      Map<String, String> parameters = new LinkedHashMap<>();
      if (country != null) {
        parameters.put("country", country.code().toLowerCase(Locale.ROOT));
      }
      if (year != null) {
        parameters.put("year", year.toString());
      }
      if (category != null) {
        parameters.put("category", category.slug());
      }
      if (person != null) {
        parameters.put("person", person.slug());
      }
      if (convert != null) {
        parameters.put("convert", convert);
      }
      return parameters;
    }

    public boolean narrowed() {
      return country != null || year != null || category != null || person != null;
    }
  }

  /**
   * An amount in a currency, and as the page's language writes it ({@code text}: grouped, two
   * decimals); {@code amount} null, and {@code text} saying so, when too large to add up exactly.
   */
  public record Money(String currency, BigDecimal amount, String text) {}

  /**
   * A country's or a person's gifts: its {@code key} (code or address), name (null when not
   * public), the link that narrows the statistics to it, and its gifts and values given and
   * received.
   */
  public record PartyRow(
      String key,
      String name,
      String narrow,
      long given,
      long received,
      List<Money> givenValues,
      List<Money> receivedValues,
      Converted givenConverted,
      Converted receivedConverted) {}

  /** A year's or a category's gifts ({@code key} null: undated, or without a category). */
  public record ShareRow(
      String key,
      String name,
      String narrow,
      long gifts,
      List<Money> values,
      Converted converted) {}

  /** What the page and the CSV files show. */
  public record Report(
      Chosen chosen,
      long gifts,
      long withoutValue,
      List<Money> values,
      Converted converted,
      List<PartyRow> countries,
      List<ShareRow> years,
      List<ShareRow> categories,
      List<PartyRow> people,
      int peopleTotal,
      List<RateUse> ratesUsed,
      List<String> currencies) {}

  /**
   * A rate a conversion used: the {@code years} whose gifts it converted (as ranges, such as
   * "2017–2019, 2024"; null when none), those of them before its date because the archive has no
   * earlier rate ({@code earlier}, null when none), and whether it converted undated gifts.
   */
  public record RateUse(RateView rate, String years, String earlier, boolean undated) {}

  /**
   * Reads the filters as typed.
   *
   * @throws InvalidRequest (a 400 that says what is wrong) for an unknown country, category or
   *     person, a year out of range or a currency that is not a three-letter code
   */
  public Chosen choose(
      String country, String year, String category, String person, String convert) {
    CountryView chosenCountry = Params.country(people, country);
    Integer chosenYear = Params.year(year);
    String categorySlug = Params.blankToNull(category);
    CategoryView chosenCategory =
        categorySlug == null
            ? null
            : gifts
                .category(categorySlug)
                .orElseThrow(() -> new InvalidRequest("error.param.category", categorySlug));
    String personSlug = Params.blankToNull(person);
    PersonView chosenPerson =
        personSlug == null
            ? null
            : people
                .person(personSlug)
                .orElseThrow(() -> new InvalidRequest("error.param.person", personSlug));
    String currency = Params.blankToNull(convert);
    if (currency != null) {
      currency = currency.toUpperCase(Locale.ROOT);
      if (!currency.matches("[A-Z]{3}")) {
        throw new InvalidRequest("error.param.convert", Params.blankToNull(convert));
      }
    }
    return new Chosen(chosenCountry, chosenYear, chosenCategory, chosenPerson, currency);
  }

  /** The statistics of the chosen gifts, with the people ranked from {@code peopleFrom}. */
  public Report count(Chosen chosen, int peopleFrom, int peopleShown) {
    Map<String, RateHistory> histories =
        chosen.convert() == null ? Map.of() : rates.historiesInto(chosen.convert());
    GiftCube.Tables tables =
        tallies
            .giftCube()
            .count(
                chosen.filter(),
                peopleFrom,
                peopleShown,
                chosen.convert(),
                (currency, year) -> {
                  RateHistory history = histories.get(currency);
                  return history == null ? null : history.forYear(year).rate();
                });

    Map<Long, CountryView> countries =
        people.countriesByIds(tables.countries().stream().map(GiftCube.Party::id).toList());
    List<PartyRow> countryRows = new ArrayList<>();
    for (GiftCube.Party party : tables.countries()) {
      CountryView country = countries.get(party.id());
      String code = country == null ? null : country.code();
      countryRows.add(
          party(
              party,
              code,
              country == null ? null : country.name(),
              code == null ? null : link(chosen, "country", code.toLowerCase(Locale.ROOT))));
    }
    countryRows.sort(
        Comparator.comparingLong((PartyRow row) -> -(row.given() + row.received()))
            .thenComparing(row -> row.name() == null ? "\uffff" : row.name()));

    List<ShareRow> yearRows = new ArrayList<>();
    for (GiftCube.Share share : tables.years()) {
      String key = share.key() == null ? null : share.key().toString();
      yearRows.add(
          new ShareRow(
              key,
              key,
              key == null ? null : link(chosen, "year", key),
              share.gifts(),
              money(share.values()),
              share.converted()));
    }

    Map<Long, CategoryView> categories =
        gifts.categories().stream().collect(Collectors.toMap(CategoryView::id, c -> c));
    List<ShareRow> categoryRows = new ArrayList<>();
    for (GiftCube.Share share : tables.categories()) {
      CategoryView category = share.key() == null ? null : categories.get(share.key());
      categoryRows.add(
          new ShareRow(
              category == null ? null : category.slug(),
              category == null ? null : category.name(),
              category == null ? null : link(chosen, "category", category.slug()),
              share.gifts(),
              money(share.values()),
              share.converted()));
    }
    categoryRows.sort(Comparator.comparingLong(row -> -row.gifts()));

    Map<Long, PersonView> persons =
        people.peopleByIds(tables.people().stream().map(GiftCube.Party::id).toList());
    List<PartyRow> personRows = new ArrayList<>();
    for (GiftCube.Party party : tables.people()) {
      PersonView person = persons.get(party.id());
      personRows.add(
          party(
              party,
              person == null ? null : person.slug(),
              person == null ? null : person.name(),
              person == null ? null : link(chosen, "person", person.slug())));
    }

    TreeSet<String> currencies = new TreeSet<>(tables.values().keySet());
    return new Report(
        chosen,
        tables.gifts(),
        tables.withoutValue(),
        money(tables.values()),
        tables.converted(),
        List.copyOf(countryRows),
        List.copyOf(yearRows),
        List.copyOf(categoryRows),
        List.copyOf(personRows),
        tables.peopleTotal(),
        ratesUsed(tables.valued(), histories, chosen.convert()),
        List.copyOf(currencies));
  }

  /** The currencies the archive's rates convert into, for the choice of a currency. */
  public List<String> conversions() {
    return List.copyOf(rates.targets());
  }

  /**
   * The rates that converted the chosen gifts' values, by currency and date, each with the years it
   * converted.
   */
  static List<RateUse> ratesUsed(
      List<GiftCube.ValueYear> valued, Map<String, RateHistory> histories, String target) {
    if (target == null) {
      return List.of();
    }
    Map<RateView, List<Integer>> years = new TreeMap<>(RATE_ORDER);
    Map<RateView, Boolean> undated = new HashMap<>();
    for (GiftCube.ValueYear value : valued) {
      RateHistory history = histories.get(value.currency());
      if (history == null || value.currency().equals(target)) {
        continue;
      }
      RateView rate = history.forYear(value.year());
      years.computeIfAbsent(rate, r -> new ArrayList<>());
      if (value.year() == null) {
        undated.put(rate, true);
      } else {
        years.get(rate).add(value.year());
      }
    }
    List<RateUse> uses = new ArrayList<>();
    years.forEach(
        (rate, its) ->
            uses.add(
                new RateUse(
                    rate,
                    ranges(its),
                    ranges(its.stream().filter(y -> RateHistory.later(rate, y)).toList()),
                    undated.getOrDefault(rate, false))));
    return List.copyOf(uses);
  }

  private static final Comparator<RateView> RATE_ORDER =
      Comparator.comparing(RateView::currency).thenComparing(RateView::validOn);

  /** Years as ranges of consecutive years, such as "2017–2019, 2024"; null for none. */
  static String ranges(List<Integer> years) {
    if (years.isEmpty()) {
      return null;
    }
    List<Integer> sorted = years.stream().sorted().distinct().toList();
    List<String> ranges = new ArrayList<>();
    int from = sorted.get(0);
    int to = from;
    for (int year : sorted.subList(1, sorted.size())) {
      if (year != to + 1) {
        ranges.add(from == to ? Integer.toString(from) : from + "–" + to);
        from = year;
      }
      to = year;
    }
    ranges.add(from == to ? Integer.toString(from) : from + "–" + to);
    return String.join(", ", ranges);
  }

  private static PartyRow party(GiftCube.Party party, String key, String name, String narrow) {
    return new PartyRow(
        key,
        name,
        narrow,
        party.given(),
        party.received(),
        money(party.givenValues()),
        money(party.receivedValues()),
        party.givenConverted(),
        party.receivedConverted());
  }

  private static List<Money> money(SortedMap<String, BigDecimal> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    NumberFormat format = NumberFormat.getNumberInstance(Messages.locale());
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return values.entrySet().stream()
        .map(
            e ->
                new Money(
                    e.getKey(),
                    e.getValue(),
                    e.getValue() == null
                        ? Messages.get("statistics.tooLarge")
                        : format.format(e.getValue())))
        .toList();
  }

  /** The statistics' address with {@code key} set to {@code value} (null: left out). */
  static String link(Chosen chosen, String key, String value) {
    Map<String, String> parameters = new LinkedHashMap<>(chosen.parameters());
    if (value == null) {
      parameters.remove(key);
    } else {
      parameters.put(key, value);
    }
    return address("/statistics", parameters);
  }

  /** An address with its parameters, percent-encoded. */
  static String address(String path, Map<String, String> parameters) {
    if (parameters.isEmpty()) {
      return path;
    }
    return path
        + "?"
        + parameters.entrySet().stream()
            .map(e -> e.getKey() + "=" + UriEscape.escapeUriQueryParam(e.getValue()))
            .collect(Collectors.joining("&"));
  }
}
