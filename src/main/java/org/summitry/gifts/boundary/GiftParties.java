package org.summitry.gifts.boundary;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;
import org.summitry.summits.boundary.SummitView;

/**
 * A gift with the people, countries and summit it names, as every reader of gifts needs them: the
 * pages' cards, the API, OAI-PMH records and the search index. Any of the parties may be null: not
 * named, or not public. {@link #of} joins a list of gifts reading each kind once.
 */
public record GiftParties(
    GiftView gift,
    PersonView giverPerson,
    CountryView giverCountry,
    PersonView recipientPerson,
    CountryView recipientCountry,
    SummitView summit) {

  /**
   * Where {@link #of} reads the people, countries and summits some gifts name, by id: the public
   * ones from their facades, or what a caller has read already first. With {@code
   * countriesOfPeople} a gift's country that is its person's country is taken from the person as
   * read, not read again (pages, which show only public people's countries, save a query).
   */
  public record Sources(
      Function<Collection<Long>, Map<Long, PersonView>> people,
      Function<Collection<Long>, Map<Long, CountryView>> countries,
      Function<Collection<Long>, Map<Long, SummitView>> summits,
      boolean countriesOfPeople) {

    /** These sources, with {@code people} and {@code summits} taken from what is known first. */
    public Sources knowing(Map<Long, PersonView> knownPeople, Map<Long, SummitView> knownSummits) {
      return new Sources(
          knownFirst(knownPeople, people),
          countries,
          knownFirst(knownSummits, summits),
          countriesOfPeople);
    }

    /** These sources, taking the countries of the people read as they are. */
    public Sources withCountriesOfPeople() {
      return new Sources(people, countries, summits, true);
    }

    private static <V> Function<Collection<Long>, Map<Long, V>> knownFirst(
        Map<Long, V> known, Function<Collection<Long>, Map<Long, V>> read) {
      if (known.isEmpty()) {
        return read;
      }
      return ids -> {
        Map<Long, V> found = new HashMap<>();
        Set<Long> unknown = new HashSet<>();
        for (Long id : ids) {
          V value = known.get(id);
          if (value != null) {
            found.put(id, value);
          } else {
            unknown.add(id);
          }
        }
        if (!unknown.isEmpty()) {
          found.putAll(read.apply(unknown));
        }
        return found;
      };
    }
  }

  /**
   * The gifts with their parties, in the gifts' order: people, countries and summits each read once
   * for the whole list.
   */
  public static List<GiftParties> of(List<GiftView> gifts, Sources sources) {
    Map<Long, PersonView> persons =
        sources
            .people()
            .apply(
                ids(
                    gifts.stream()
                        .flatMap(g -> Stream.of(g.giverPersonId(), g.recipientPersonId()))));
    Map<Long, CountryView> countries = new HashMap<>();
    if (sources.countriesOfPeople()) {
      persons.values().stream()
          .map(PersonView::country)
          .filter(Objects::nonNull)
          .forEach(c -> countries.put(c.id(), c));
    }
    Set<Long> countryIds =
        ids(gifts.stream().flatMap(g -> Stream.of(g.giverCountryId(), g.recipientCountryId())));
    countryIds.removeAll(countries.keySet());
    if (!countryIds.isEmpty()) {
      countries.putAll(sources.countries().apply(countryIds));
    }
    Set<Long> summitIds = ids(gifts.stream().map(GiftView::summitId));
    Map<Long, SummitView> occasions =
        summitIds.isEmpty() ? Map.of() : sources.summits().apply(summitIds);
    return gifts.stream()
        .map(
            g ->
                new GiftParties(
                    g,
                    get(persons, g.giverPersonId()),
                    get(countries, g.giverCountryId()),
                    get(persons, g.recipientPersonId()),
                    get(countries, g.recipientCountryId()),
                    get(occasions, g.summitId())))
        .toList();
  }

  private static Set<Long> ids(Stream<Long> ids) {
    Set<Long> set = new HashSet<>();
    ids.filter(Objects::nonNull).forEach(set::add);
    return set;
  }

  private static <T> T get(Map<Long, T> map, Long id) {
    return id == null ? null : map.get(id);
  }
}
