package org.summitry.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.kernel.EntryType;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;
import org.summitry.translations.boundary.Translation;

/**
 * Joins gifts with their givers, recipients, occasions and photos, looking each kind up once per
 * list rather than once per gift.
 */
@ApplicationScoped
class GiftCards {

  @Inject People people;
  @Inject Summits summits;
  @Inject Photos photos;
  @Inject EntryTexts texts;

  List<GiftCard> of(List<GiftView> gifts) {
    return of(gifts, Map.of(), Map.of());
  }

  /**
   * Cards for {@code gifts}, reading only the people and summits the page has not read already (a
   * summit's page knows its participants and itself); the countries of people read here are not
   * read again.
   */
  List<GiftCard> of(
      List<GiftView> gifts, Map<Long, PersonView> knownPeople, Map<Long, SummitView> knownSummits) {
    Set<Long> personIds =
        ids(gifts.stream().flatMap(g -> Stream.of(g.giverPersonId(), g.recipientPersonId())));
    Map<Long, PersonView> persons = new HashMap<>(knownPeople);
    personIds.removeAll(knownPeople.keySet());
    persons.putAll(people.peopleByIds(personIds));
    Map<Long, CountryView> countries = new HashMap<>();
    persons.values().stream()
        .map(PersonView::country)
        .filter(Objects::nonNull)
        .forEach(c -> countries.put(c.id(), c));
    Set<Long> countryIds =
        ids(gifts.stream().flatMap(g -> Stream.of(g.giverCountryId(), g.recipientCountryId())));
    countryIds.removeAll(countries.keySet());
    countries.putAll(people.countriesByIds(countryIds));
    Set<Long> summitIds = ids(gifts.stream().map(GiftView::summitId));
    Map<Long, SummitView> occasions = new HashMap<>(knownSummits);
    summitIds.removeAll(knownSummits.keySet());
    occasions.putAll(summits.summitsByIds(summitIds));
    Map<Long, PhotoView> pictures =
        photos.firstPhotos(EntryType.GIFT, gifts.stream().map(GiftView::id).toList());
    Map<Long, Translation> translated = texts.gifts(gifts.stream().map(GiftView::id).toList());
    return gifts.stream()
        .map(
            g ->
                new GiftCard(
                    g.translated(translated.get(g.id())),
                    get(persons, g.giverPersonId()),
                    get(countries, g.giverCountryId()),
                    get(persons, g.recipientPersonId()),
                    get(countries, g.recipientCountryId()),
                    get(occasions, g.summitId()),
                    pictures.get(g.id()),
                    translated.containsKey(g.id()) && translated.get(g.id()).title() != null))
        .toList();
  }

  GiftCard of(GiftView gift) {
    return of(List.of(gift)).get(0);
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
