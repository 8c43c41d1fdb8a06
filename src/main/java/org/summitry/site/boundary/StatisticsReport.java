package org.summitry.site.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summitry.charts.boundary.Converted;
import org.summitry.charts.boundary.GiftCube;
import org.summitry.charts.boundary.Tallies;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.ExchangeRates;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.gifts.boundary.RateView;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.InvalidRequest;
import org.unbescape.uri.UriEscape;

/**
 * The statistics of the gifts a visitor's filters choose, with the names the tables show, the links
 * that narrow or widen the filters, and the totals converted into one currency when asked: what the
 * statistics page draws and its CSV files list. Counted from the kept {@link GiftCube}, never from
 * the gifts one by one.
 */
@RequestScoped
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

  /** An amount in a currency; {@code amount} null when too large to add up exactly. */
  public record Money(String currency, BigDecimal amount) {}

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
      List<RateView> ratesUsed,
      List<String> currencies) {}

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
    GiftCube.Tables tables = tallies.giftCube().count(chosen.filter(), peopleFrom, peopleShown);
    Map<String, RateView> used =
        chosen.convert() == null ? Map.of() : rates.latestInto(chosen.convert());
    Map<String, BigDecimal> factors =
        used.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().rate()));
    Function<SortedMap<String, BigDecimal>, Converted> convert =
        values ->
            chosen.convert() == null || values.isEmpty()
                ? null
                : Converted.of(values, chosen.convert(), factors);

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
              code == null ? null : link(chosen, "country", code.toLowerCase(Locale.ROOT)),
              convert));
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
              convert.apply(share.values())));
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
              convert.apply(share.values())));
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
              person == null ? null : link(chosen, "person", person.slug()),
              convert));
    }

    TreeSet<String> currencies = new TreeSet<>(tables.values().keySet());
    List<RateView> ratesUsed =
        currencies.stream().map(used::get).filter(rate -> rate != null).toList();
    return new Report(
        chosen,
        tables.gifts(),
        tables.withoutValue(),
        money(tables.values()),
        convert.apply(tables.values()),
        List.copyOf(countryRows),
        List.copyOf(yearRows),
        List.copyOf(categoryRows),
        List.copyOf(personRows),
        tables.peopleTotal(),
        ratesUsed,
        List.copyOf(currencies));
  }

  /** The currencies the archive's rates convert into, for the choice of a currency. */
  public List<String> conversions() {
    return List.copyOf(rates.targets());
  }

  private static PartyRow party(
      GiftCube.Party party,
      String key,
      String name,
      String narrow,
      Function<SortedMap<String, BigDecimal>, Converted> convert) {
    return new PartyRow(
        key,
        name,
        narrow,
        party.given(),
        party.received(),
        money(party.givenValues()),
        money(party.receivedValues()),
        convert.apply(party.givenValues()),
        convert.apply(party.receivedValues()));
  }

  private static List<Money> money(SortedMap<String, BigDecimal> values) {
    return values.entrySet().stream().map(e -> new Money(e.getKey(), e.getValue())).toList();
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
