package org.summitry.opendata.boundary.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.summitry.edtf.Edtf;
import org.summitry.gifts.boundary.GiftFilter;
import org.summitry.gifts.boundary.GiftParties;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Slugs;
import org.summitry.media.boundary.GalleryPlace;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.SourceView;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;
import org.summitry.translations.boundary.Translations;

/**
 * The components' public views as API documents: related entries become {@link ApiModel.Ref}s with
 * API and page addresses, looked up in one query per kind for a whole list. Only public entries are
 * ever named: the boundaries' lookups leave out drafts and the trash.
 */
@RequestScoped
public class ApiViews {

  @Inject ApiRequest api;
  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject Claims claimsOf;
  @Inject People people;
  @Inject Photos photos;
  @Inject Sources sources;
  @Inject Translations translated;

  private PublicLinks pages;

  private PublicLinks pages() {
    if (pages == null) {
      pages = api.pages();
    }
    return pages;
  }

  static ApiModel.Date date(Edtf edtf) {
    if (edtf == null) {
      return null;
    }
    return new ApiModel.Date(
        edtf.text(), edtf.lower(), edtf.upper(), edtf.inWords(Messages.locale()));
  }

  ApiModel.Ref ref(SummitView s) {
    return s == null
        ? null
        : new ApiModel.Ref(
            "summit",
            s.id(),
            s.slug(),
            s.title(),
            api.api("summits/" + Slugs.encode(s.slug())),
            pages().summit(s.slug()));
  }

  ApiModel.Ref ref(GiftView g) {
    return g == null
        ? null
        : new ApiModel.Ref(
            "gift",
            g.id(),
            g.slug(),
            g.title(),
            api.api("gifts/" + Slugs.encode(g.slug())),
            pages().gift(g.slug()));
  }

  ApiModel.Ref ref(PersonView p) {
    return p == null
        ? null
        : new ApiModel.Ref(
            "person",
            p.id(),
            p.slug(),
            p.name(),
            api.api("people/" + Slugs.encode(p.slug())),
            pages().person(p.slug()));
  }

  ApiModel.Ref ref(CountryView c) {
    if (c == null) {
      return null;
    }
    String code = c.code().toLowerCase(Locale.ROOT);
    return new ApiModel.Ref(
        "country", c.id(), code, c.name(), api.api("countries/" + code), pages().country(code));
  }

  ApiModel.Ref ref(PhotoView p) {
    return new ApiModel.Ref(
        "photo", p.id(), null, title(p), api.api("photos/" + p.id()), pages().photo(p.id()));
  }

  static String title(PhotoView photo) {
    if (photo.headline() != null && !photo.headline().isBlank()) {
      return photo.headline();
    }
    return Messages.get("photos.title");
  }

  ApiModel.Source source(SourceView s) {
    return new ApiModel.Source(
        s.id(),
        s.publisher(),
        s.title(),
        s.webUrl(),
        date(s.date()),
        s.page(),
        s.quote(),
        s.note(),
        s.accessed() == null ? null : s.accessed().toString(),
        new ApiModel.Links(api.api("sources/" + s.id()), null));
  }

  // Summits

  List<ApiModel.SummitItem> summitItems(List<SummitView> list) {
    Map<Long, CountryView> countries =
        people.countriesByIds(ids(list.stream().map(SummitView::countryId)));
    return list.stream()
        .map(
            s ->
                new ApiModel.SummitItem(
                    s.id(),
                    s.slug(),
                    s.title(),
                    date(s.date()),
                    s.city(),
                    ref(countries.get(s.countryId())),
                    links(ref(s))))
        .toList();
  }

  ApiModel.Summit summit(SummitView s) {
    Map<Long, PersonView> persons =
        people.peopleByIds(ids(s.participants().stream().map(p -> p.personId())));
    List<ApiModel.Participant> participants = new ArrayList<>();
    for (SummitView.ParticipantView participant : s.participants()) {
      PersonView person = persons.get(participant.personId());
      if (person != null) {
        participants.add(new ApiModel.Participant(ref(person), participant.role()));
      }
    }
    return new ApiModel.Summit(
        s.id(),
        s.slug(),
        s.title(),
        date(s.date()),
        s.city(),
        s.geonames() == null ? List.of() : List.of(s.geonames().uri()),
        s.venue(),
        s.countryId() == null
            ? null
            : ref(people.countriesByIds(List.of(s.countryId())).get(s.countryId())),
        s.latitude() == null ? null : s.latitude().stripTrailingZeros(),
        s.longitude() == null ? null : s.longitude().stripTrailingZeros(),
        s.summary(),
        translations(EntryType.SUMMIT, s.id()),
        s.wikidata() == null ? List.of() : List.of(s.wikidata().uri()),
        participants,
        gifts.atSummit(s.id()).stream().map(this::ref).toList(),
        photos.gallery(EntryType.SUMMIT, s.id()).stream().map(this::ref).toList(),
        sources.citedBy(EntryType.SUMMIT, s.id()).stream().map(this::source).toList(),
        claims(EntryType.SUMMIT, s.id()),
        links(ref(s)));
  }

  // Gifts

  private ApiModel.Party party(PersonView person, CountryView country) {
    return person == null && country == null
        ? null
        : new ApiModel.Party(
            person == null ? null : ref(person), country == null ? null : ref(country));
  }

  private static ApiModel.Category category(GiftView g) {
    return g.category() == null
        ? null
        : new ApiModel.Category(g.category().slug(), g.category().name());
  }

  List<ApiModel.GiftItem> giftItems(List<GiftView> list) {
    return gifts.withParties(list).stream()
        .map(
            named -> {
              GiftView g = named.gift();
              return new ApiModel.GiftItem(
                  g.id(),
                  g.slug(),
                  g.title(),
                  category(g),
                  party(named.giverPerson(), named.giverCountry()),
                  party(named.recipientPerson(), named.recipientCountry()),
                  named.summit() == null ? null : ref(named.summit()),
                  date(g.date()),
                  links(ref(g)));
            })
        .toList();
  }

  ApiModel.Gift gift(GiftView g) {
    GiftParties named = gifts.withParties(List.of(g)).get(0);
    return new ApiModel.Gift(
        g.id(),
        g.slug(),
        g.title(),
        g.description(),
        translations(EntryType.GIFT, g.id()),
        category(g),
        g.quantity(),
        party(named.giverPerson(), named.giverCountry()),
        party(named.recipientPerson(), named.recipientCountry()),
        named.summit() == null ? null : ref(named.summit()),
        g.occasion(),
        date(g.date()),
        g.valueAmount() == null && g.valueNote() == null
            ? null
            : new ApiModel.Value(g.valueAmount(), g.valueCurrency(), g.valueNote()),
        g.whereabouts(),
        photos.gallery(EntryType.GIFT, g.id()).stream().map(this::ref).toList(),
        sources.citedBy(EntryType.GIFT, g.id()).stream().map(this::source).toList(),
        claims(EntryType.GIFT, g.id()),
        links(ref(g)));
  }

  private List<ApiModel.Translation> translations(EntryType type, Long id) {
    return translated.of(type, id).stream()
        .map(t -> new ApiModel.Translation(t.lang(), t.title(), t.text()))
        .toList();
  }

  // People and countries

  List<ApiModel.PersonItem> personItems(List<PersonView> list) {
    return list.stream()
        .map(
            p ->
                new ApiModel.PersonItem(
                    p.id(),
                    p.slug(),
                    p.name(),
                    p.nativeName(),
                    p.title(),
                    ref(p.country()),
                    links(ref(p))))
        .toList();
  }

  ApiModel.Person person(PersonView p) {
    return new ApiModel.Person(
        p.id(),
        p.slug(),
        p.name(),
        p.nativeName(),
        p.aliases() == null ? List.of() : p.aliases(),
        p.title(),
        ref(p.country()),
        p.biography(),
        p.wikidata() == null ? List.of() : List.of(p.wikidata().uri()),
        summits.attendedBy(p.id()).stream().map(this::ref).toList(),
        related(GiftFilter.givenByPerson(p.id()), "giver", p.slug()),
        related(GiftFilter.receivedByPerson(p.id()), "recipient", p.slug()),
        links(ref(p)));
  }

  ApiModel.CountryItem countryItem(CountryView c) {
    return new ApiModel.CountryItem(c.id(), c.code(), c.name(), links(ref(c)));
  }

  ApiModel.Country country(CountryView c) {
    String code = c.code().toLowerCase(Locale.ROOT);
    return new ApiModel.Country(
        c.id(),
        c.code(),
        c.name(),
        c.wikidata() == null ? List.of() : List.of(c.wikidata().uri()),
        new ApiModel.RelatedList(
            people.peopleOf(c.id(), 1, 1).total(),
            api.api("people", Map.of("country", code), null, null)),
        new ApiModel.RelatedList(
            summits.summits(c.id(), 1, 1, Summits.Order.NEWEST_FIRST).total(),
            api.api("summits", Map.of("country", code), null, null)),
        related(GiftFilter.givenByCountry(c.id()), "from", code),
        related(GiftFilter.receivedByCountry(c.id()), "to", code),
        links(ref(c)));
  }

  /** How many public gifts a filter keeps, and the API list that shows them. */
  private ApiModel.RelatedList related(GiftFilter filter, String parameter, String value) {
    long total = gifts.gifts(filter, 1, 1).total();
    return new ApiModel.RelatedList(total, api.api("gifts", Map.of(parameter, value), null, null));
  }

  // Photos

  ApiModel.Photo photo(PhotoView p) {
    Map<String, String> sizes = new LinkedHashMap<>();
    for (int width : p.widths()) {
      sizes.put("w" + width, pages().path(p.derivativeUrl("w" + width)));
    }
    sizes.put("sq200", pages().path(p.derivativeUrl("sq200")));
    List<GalleryPlace> places = photos.galleriesOf(p.id());
    Map<Long, SummitView> inSummits = summits.summitsByIds(idsOf(places, EntryType.SUMMIT));
    Map<Long, GiftView> inGifts = gifts.giftsByIds(idsOf(places, EntryType.GIFT));
    List<ApiModel.Ref> galleries = new ArrayList<>();
    for (GalleryPlace place : places) {
      ApiModel.Ref gallery =
          switch (place.entryType()) {
            case SUMMIT -> ref(inSummits.get(place.entryId()));
            case GIFT -> ref(inGifts.get(place.entryId()));
            default -> null;
          };
      if (gallery != null) {
        galleries.add(gallery);
      }
    }
    return new ApiModel.Photo(
        p.id(),
        title(p),
        p.headline(),
        p.caption(),
        p.altText(),
        p.creditLine(),
        p.creator(),
        p.agency(),
        date(p.taken()),
        p.sublocation() == null && p.city() == null && p.countryName() == null
            ? null
            : new ApiModel.Location(p.sublocation(), p.city(), p.countryName()),
        p.copyrightNotice(),
        p.licenceWebUrl(),
        p.mediaType(),
        p.width(),
        p.height(),
        new ApiModel.PhotoFiles(pages().path(p.fileUrl()), sizes),
        galleries,
        claims(EntryType.PHOTO, p.id()),
        links(ref(p)));
  }

  private static List<Long> idsOf(List<GalleryPlace> places, EntryType type) {
    return places.stream()
        .filter(place -> place.entryType() == type)
        .map(GalleryPlace::entryId)
        .toList();
  }

  /** An entry's claims whose sources are public, each with its source. */
  private List<ApiModel.Claim> claims(EntryType type, Long id) {
    return claimsOf.published(type, id).stream()
        .map(
            c ->
                new ApiModel.Claim(
                    c.fact(),
                    source(c.source()),
                    c.certainty().key(),
                    c.preferred(),
                    c.stated(),
                    c.note()))
        .toList();
  }

  private static ApiModel.Links links(ApiModel.Ref self) {
    return new ApiModel.Links(self.api(), self.page());
  }

  private static Collection<Long> ids(Stream<Long> ids) {
    return ids.filter(Objects::nonNull).distinct().toList();
  }
}
