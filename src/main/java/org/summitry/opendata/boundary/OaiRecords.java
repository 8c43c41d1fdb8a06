package org.summitry.opendata.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitry.edtf.Edtf;
import org.summitry.gifts.boundary.GiftParties;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.sources.boundary.SourceView;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/**
 * The records of the OAI-PMH repository: public summits, gifts and photos as simple Dublin Core,
 * named {@code oai:<host>:<set>/<id>}. A record is a list of Dublin Core elements with their
 * values, in the order they are written.
 */
@ApplicationScoped
public class OaiRecords {

  /** The entry kinds harvested, by set spec. */
  static final Map<String, EntryType> SETS = new LinkedHashMap<>();

  static {
    SETS.put("summit", EntryType.SUMMIT);
    SETS.put("gift", EntryType.GIFT);
    SETS.put("photo", EntryType.PHOTO);
  }

  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject People people;
  @Inject Photos photos;
  @Inject Sources sources;

  /** One Dublin Core element and its value. */
  record Element(String name, String value) {}

  static String setOf(EntryType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  static String identifier(PublicLinks links, EntryType type, Long id) {
    return "oai:" + links.base().getHost() + ":" + setOf(type) + "/" + id;
  }

  /** The entry an identifier of this repository names, if it has that form. */
  static java.util.Optional<Map.Entry<EntryType, Long>> parse(
      PublicLinks links, String identifier) {
    Matcher m =
        Pattern.compile(
                "oai:"
                    + Pattern.quote(links.base().getHost())
                    + ":(summit|gift|photo)/([0-9]{1,18})")
            .matcher(identifier);
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Map.entry(SETS.get(m.group(1)), Long.valueOf(m.group(2))));
  }

  /** The Dublin Core of the public entries among {@code ids}; others are absent. */
  Map<Long, List<Element>> describe(EntryType type, Collection<Long> ids, PublicLinks links) {
    Map<Long, List<Element>> records = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return records;
    }
    switch (type) {
      case SUMMIT -> {
        Map<Long, SummitView> found = summits.summitsByIds(ids);
        Set<Long> personIds = new HashSet<>();
        Set<Long> countryIds = new HashSet<>();
        found.values().forEach(s -> s.participants().forEach(p -> personIds.add(p.personId())));
        found.values().stream()
            .map(SummitView::countryId)
            .filter(Objects::nonNull)
            .forEach(countryIds::add);
        Map<Long, PersonView> persons = people.peopleByIds(personIds);
        Map<Long, CountryView> countries = people.countriesByIds(countryIds);
        found.values().forEach(s -> records.put(s.id(), summit(s, persons, countries, links)));
      }
      case GIFT -> {
        for (GiftParties g : gifts.withParties(List.copyOf(gifts.giftsByIds(ids).values()))) {
          records.put(g.gift().id(), gift(g, links));
        }
      }
      case PHOTO -> {
        for (Long id : ids) {
          photos.photo(id).ifPresent(p -> records.put(id, photo(p, links)));
        }
      }
      default -> {}
    }
    return records;
  }

  private List<Element> summit(
      SummitView s,
      Map<Long, PersonView> persons,
      Map<Long, CountryView> countries,
      PublicLinks links) {
    List<Element> dc = new ArrayList<>();
    dc.add(new Element("title", s.title()));
    s.participants().stream()
        .map(p -> persons.get(p.personId()))
        .filter(Objects::nonNull)
        .forEach(p -> dc.add(new Element("subject", p.name())));
    optional(dc, "description", s.summary());
    date(dc, s.date());
    dc.add(new Element("type", "Event"));
    dc.add(new Element("identifier", links.summit(s.slug())));
    CountryView country = s.countryId() == null ? null : countries.get(s.countryId());
    String place =
        String.join(
            ", ",
            java.util.stream.Stream.of(s.venue(), s.city(), country == null ? null : country.name())
                .filter(x -> x != null && !x.isBlank())
                .toList());
    optional(dc, "coverage", place);
    s.participants().stream()
        .map(p -> persons.get(p.personId()))
        .filter(Objects::nonNull)
        .forEach(p -> dc.add(new Element("relation", links.person(p.slug()))));
    citations(dc, EntryType.SUMMIT, s.id());
    dc.add(new Element("language", "en"));
    return dc;
  }

  private List<Element> gift(GiftParties named, PublicLinks links) {
    GiftView g = named.gift();
    List<Element> dc = new ArrayList<>();
    dc.add(new Element("title", g.title()));
    if (g.category() != null) {
      dc.add(new Element("subject", g.category().name()));
    }
    optional(dc, "description", g.description());
    String giver = party(named.giverPerson(), named.giverCountry());
    String recipient = party(named.recipientPerson(), named.recipientCountry());
    if (giver != null || recipient != null) {
      dc.add(
          new Element(
              "description",
              Messages.get(
                  "oai.gift.parties",
                  giver == null ? Messages.get("oai.unknown") : giver,
                  recipient == null ? Messages.get("oai.unknown") : recipient)));
    }
    date(dc, g.date());
    dc.add(new Element("type", "PhysicalObject"));
    dc.add(new Element("identifier", links.gift(g.slug())));
    SummitView occasion = named.summit();
    if (occasion != null) {
      dc.add(new Element("relation", links.summit(occasion.slug())));
      dc.add(new Element("coverage", occasion.title()));
    } else {
      optional(dc, "coverage", g.occasion());
    }
    citations(dc, EntryType.GIFT, g.id());
    dc.add(new Element("language", "en"));
    return dc;
  }

  private List<Element> photo(PhotoView p, PublicLinks links) {
    List<Element> dc = new ArrayList<>();
    dc.add(new Element("title", PublicEntries.title(p)));
    optional(dc, "creator", p.creator());
    optional(dc, "description", p.caption());
    optional(dc, "publisher", p.agency());
    optional(dc, "contributor", p.creditLine());
    date(dc, p.taken());
    dc.add(new Element("type", "StillImage"));
    dc.add(new Element("format", p.mediaType()));
    dc.add(new Element("identifier", links.photo(p.id())));
    dc.add(new Element("identifier", links.path(p.fileUrl())));
    optional(dc, "coverage", p.location());
    optional(dc, "rights", p.copyrightNotice());
    optional(dc, "rights", p.licenceWebUrl());
    citations(dc, EntryType.PHOTO, p.id());
    return dc;
  }

  private void citations(List<Element> dc, EntryType type, Long id) {
    for (SourceView source : sources.citedBy(type, id)) {
      String cited =
          source.publisher() == null ? source.title() : source.publisher() + ": " + source.title();
      dc.add(
          new Element("source", source.url() == null ? cited : cited + " <" + source.url() + ">"));
    }
  }

  private static String party(PersonView person, CountryView country) {
    if (person != null && country != null) {
      return person.name() + " (" + country.name() + ")";
    }
    return person != null ? person.name() : country != null ? country.name() : null;
  }

  /**
   * The EDTF value as written: Dublin Core recommends a W3CDTF date, of which EDTF is a superset.
   */
  private static void date(List<Element> dc, Edtf date) {
    if (date != null) {
      dc.add(new Element("date", date.text()));
    }
  }

  private static void optional(List<Element> dc, String name, String value) {
    if (value != null && !value.isBlank()) {
      dc.add(new Element(name, value));
    }
  }
}
