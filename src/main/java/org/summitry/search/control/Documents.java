package org.summitry.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.summitry.sources.boundary.SourceView;
import org.summitry.sources.boundary.Sources;
import org.summitry.stories.boundary.Stories;
import org.summitry.stories.boundary.StoryText;
import org.summitry.stories.boundary.StoryView;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;
import org.summitry.translations.boundary.Translation;
import org.summitry.translations.boundary.Translations;

/**
 * Reads public entries through the other components' boundaries and turns them into index
 * documents, resolving the names of linked entries (a gift's giver, recipient and summit) in one
 * query per batch rather than one per entry.
 */
@ApplicationScoped
public class Documents {

  public static final List<String> TYPES =
      List.of("summit", "gift", "person", "country", "photo", "source", "story");

  @Inject Gifts gifts;
  @Inject People people;
  @Inject Summits summits;
  @Inject Photos photos;
  @Inject Sources sources;
  @Inject Stories stories;
  @Inject Translations translations;

  /** A batch read in id order, and the id to continue after. */
  public record Batch(List<IndexDocument> documents, long lastId, boolean last) {}

  /**
   * Names looked up while rebuilding, kept for the whole rebuild: a million gifts name only some
   * thousands of people, summits and countries, so each is read once instead of once per batch.
   */
  public static final class Names {
    private final Map<Long, PersonView> people = new HashMap<>();
    private final Map<Long, SummitView> summits = new HashMap<>();
    private final Set<Long> missingPeople = new HashSet<>();
    private final Set<Long> missingSummits = new HashSet<>();
    private Map<Long, CountryView> countries;

    private static <V> Map<Long, V> lookUp(
        Set<Long> ids,
        Map<Long, V> known,
        Set<Long> missing,
        Function<Collection<Long>, Map<Long, V>> loader) {
      Set<Long> wanted = new HashSet<>(ids);
      wanted.removeAll(known.keySet());
      wanted.removeAll(missing);
      if (!wanted.isEmpty()) {
        Map<Long, V> found = loader.apply(wanted);
        known.putAll(found);
        wanted.removeAll(found.keySet());
        missing.addAll(wanted);
      }
      Map<Long, V> result = new HashMap<>();
      for (Long id : ids) {
        V value = known.get(id);
        if (value != null) {
          result.put(id, value);
        }
      }
      return result;
    }
  }

  public Batch after(String type, long afterId, int limit) {
    return after(type, afterId, limit, null);
  }

  /** The next batch; {@code names} (may be null) keeps linked names between batches. */
  public Batch after(String type, long afterId, int limit, Names names) {
    return switch (type) {
      case "gift" ->
          batch(giftDocuments(gifts.publishedAfter(afterId, limit), names), limit, afterId);
      case "summit" ->
          batch(summitDocuments(summits.publishedAfter(afterId, limit), names), limit, afterId);
      case "person" ->
          batch(
              personDocuments(people.publishedPeopleAfter(afterId, limit), countries(names)),
              limit,
              afterId);
      case "country" ->
          new Batch(
              afterId > 0
                  ? List.of()
                  : countries().values().stream().map(Documents::country).toList(),
              Long.MAX_VALUE,
              true);
      case "photo" ->
          batch(
              photos.publishedAfter(afterId, limit).stream().map(Documents::photo).toList(),
              limit,
              afterId);
      case "source" ->
          batch(
              sources.publishedAfter(afterId, limit).stream().map(Documents::source).toList(),
              limit,
              afterId);
      case "story" ->
          batch(
              stories.publishedAfter(afterId, limit).stream().map(Documents::story).toList(),
              limit,
              afterId);
      default -> throw new IllegalArgumentException(type);
    };
  }

  private static Batch batch(List<IndexDocument> documents, int limit, long afterId) {
    long last = documents.isEmpty() ? afterId : documents.get(documents.size() - 1).id();
    return new Batch(documents, last, documents.size() < limit);
  }

  /** The documents of those of these entries that are public; the others have none. */
  public Map<Long, IndexDocument> byIds(String type, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<IndexDocument> found =
        switch (type) {
          case "gift" -> giftDocuments(List.copyOf(gifts.giftsByIds(ids).values()), null);
          case "summit" -> summitDocuments(List.copyOf(summits.summitsByIds(ids).values()), null);
          case "person" ->
              personDocuments(List.copyOf(people.peopleByIds(ids).values()), countries());
          case "country" ->
              countries().values().stream()
                  .filter(c -> ids.contains(c.id()))
                  .map(Documents::country)
                  .toList();
          case "photo" -> photos.photosByIds(ids).values().stream().map(Documents::photo).toList();
          case "source" ->
              sources.sourcesByIds(ids).values().stream().map(Documents::source).toList();
          case "story" ->
              stories.storiesByIds(ids).values().stream().map(Documents::story).toList();
          default -> List.of();
        };
    return found.stream().collect(Collectors.toMap(IndexDocument::id, Function.identity()));
  }

  /** The public entries of one kind, as the database counts them. */
  public long publicCount(String type) {
    return switch (type) {
      case "gift" -> gifts.count();
      case "summit" -> summits.count();
      case "person" -> people.countPeople();
      case "country" -> countries().size();
      case "photo" -> photos.countPublic();
      case "source" -> sources.countPublic();
      case "story" -> stories.count();
      default -> -1;
    };
  }

  /**
   * Which entries show the name of this one and so must be refreshed with it, by type: renaming a
   * person changes the gifts they gave and the summits they attended.
   */
  public Map<String, List<Long>> namedBy(String journalType, Long id) {
    Map<String, List<Long>> affected = new LinkedHashMap<>();
    affected.put("gift", gifts.idsNaming(journalType, id));
    affected.put("summit", summits.idsNaming(journalType, id));
    if (journalType.equals(EntryType.COUNTRY.name())) {
      affected.put("person", people.peopleIdsOf(id));
    }
    return affected;
  }

  private Map<Long, CountryView> countries(Names names) {
    if (names == null) {
      return countries();
    }
    if (names.countries == null) {
      names.countries = countries();
    }
    return names.countries;
  }

  private Map<Long, CountryView> countries() {
    return people.countries().stream()
        .collect(Collectors.toMap(CountryView::id, Function.identity(), (a, b) -> a));
  }

  /** The value for an id that may be absent: immutable maps refuse to look up null. */
  private static <T> T lookUp(Map<Long, T> byId, Long id) {
    return id == null ? null : byId.get(id);
  }

  private List<IndexDocument> giftDocuments(List<GiftView> batch, Names names) {
    if (batch.isEmpty()) {
      return List.of();
    }
    Map<Long, CountryView> every = countries(names);
    GiftParties.Sources sources =
        new GiftParties.Sources(
            ids ->
                names == null
                    ? people.peopleByIds(ids)
                    : Names.lookUp(
                        new HashSet<>(ids), names.people, names.missingPeople, people::peopleByIds),
            ids -> every,
            ids ->
                names == null
                    ? summits.summitsByIds(ids)
                    : Names.lookUp(
                        new HashSet<>(ids),
                        names.summits,
                        names.missingSummits,
                        summits::summitsByIds),
            false);
    Map<Long, PhotoView> firstPhotos =
        photos.firstPhotos(EntryType.GIFT, batch.stream().map(GiftView::id).toList());
    Translated translated = translated(EntryType.GIFT, batch.stream().map(GiftView::id).toList());
    List<IndexDocument> documents = new ArrayList<>(batch.size());
    for (GiftParties named : GiftParties.of(batch, sources)) {
      GiftView g = named.gift();
      PersonView giver = named.giverPerson();
      PersonView recipient = named.recipientPerson();
      CountryView giverCountry = named.giverCountry();
      CountryView recipientCountry = named.recipientCountry();
      SummitView summit = named.summit();
      Map<String, String> facets = new LinkedHashMap<>();
      facets.put("type", "gift");
      if (g.category() != null) {
        facets.put("category", g.category().slug());
      }
      if (giverCountry != null) {
        facets.put("giver", giverCountry.code());
      }
      if (recipientCountry != null) {
        facets.put("recipient", recipientCountry.code());
      }
      dateFacets(g.date(), facets);
      Map<String, String> keys = new LinkedHashMap<>();
      putIfPresent(keys, "giver_person", g.giverPersonId());
      putIfPresent(keys, "recipient_person", g.recipientPersonId());
      putIfPresent(keys, "summit", g.summitId());
      PhotoView photo = firstPhotos.get(g.id());
      documents.add(
          new IndexDocument(
              "gift",
              g.id(),
              "/gifts/" + g.slug(),
              g.title(),
              translated.titles(g.id()),
              join(g.description(), translated.texts(g.id()), g.whereabouts(), g.valueNote()),
              join(
                  names(giver),
                  giverCountry == null ? null : giverCountry.name(),
                  names(recipient),
                  recipientCountry == null ? null : recipientCountry.name(),
                  summit == null ? null : summit.title(),
                  g.occasion(),
                  g.category() == null ? null : g.category().name()),
              edtf(g.date()),
              g.date() == null ? null : g.date().lower(),
              g.date() == null ? null : g.date().upper(),
              facets,
              keys,
              photo == null ? null : photo.sha256()));
    }
    return documents;
  }

  /** Some entries' titles and texts in every language they are translated into. */
  private record Translated(List<Map<Long, Translation>> languages) {

    String titles(Long id) {
      return Documents.join(
          languages.stream().map(m -> m.get(id)).map(t -> t == null ? null : t.title()));
    }

    String texts(Long id) {
      return Documents.join(
          languages.stream().map(m -> m.get(id)).map(t -> t == null ? null : t.text()));
    }
  }

  private Translated translated(EntryType type, List<Long> ids) {
    return new Translated(
        Translations.LANGUAGES.stream().map(lang -> translations.in(type, ids, lang)).toList());
  }

  private List<IndexDocument> summitDocuments(List<SummitView> batch, Names names) {
    if (batch.isEmpty()) {
      return List.of();
    }
    Set<Long> personIds = new HashSet<>();
    batch.forEach(s -> s.participants().forEach(p -> addIfPresent(personIds, p.personId())));
    Map<Long, PersonView> persons =
        names == null
            ? people.peopleByIds(personIds)
            : Names.lookUp(personIds, names.people, names.missingPeople, people::peopleByIds);
    Map<Long, CountryView> countries = countries(names);
    Map<Long, PhotoView> firstPhotos =
        photos.firstPhotos(EntryType.SUMMIT, batch.stream().map(SummitView::id).toList());
    Translated translated =
        translated(EntryType.SUMMIT, batch.stream().map(SummitView::id).toList());
    List<IndexDocument> documents = new ArrayList<>(batch.size());
    for (SummitView s : batch) {
      CountryView host = countries.get(s.countryId());
      Map<String, String> facets = new LinkedHashMap<>();
      facets.put("type", "summit");
      dateFacets(s.date(), facets);
      Map<String, String> keys = new LinkedHashMap<>();
      if (host != null) {
        keys.put("country", host.code());
      }
      String participants =
          s.participants().stream()
              .map(p -> names(persons.get(p.personId())))
              .filter(Objects::nonNull)
              .collect(Collectors.joining(" · "));
      PhotoView photo = firstPhotos.get(s.id());
      documents.add(
          new IndexDocument(
              "summit",
              s.id(),
              "/summits/" + s.slug(),
              s.title(),
              translated.titles(s.id()),
              join(s.summary(), translated.texts(s.id())),
              join(participants, s.city(), s.venue(), host == null ? null : host.name()),
              edtf(s.date()),
              s.date() == null ? null : s.date().lower(),
              s.date() == null ? null : s.date().upper(),
              facets,
              keys,
              photo == null ? null : photo.sha256()));
    }
    return documents;
  }

  private static List<IndexDocument> personDocuments(
      List<PersonView> batch, Map<Long, CountryView> countries) {
    return batch.stream()
        .map(
            p -> {
              CountryView country = p.country() == null ? null : countries.get(p.country().id());
              Map<String, String> keys = new LinkedHashMap<>();
              if (country != null) {
                keys.put("country", country.code());
              }
              return new IndexDocument(
                  "person",
                  p.id(),
                  "/people/" + p.slug(),
                  p.name(),
                  join(Stream.concat(Stream.of(p.nativeName()), p.aliases().stream())),
                  join(p.title(), p.biography()),
                  country == null ? null : country.name(),
                  p.title(),
                  null,
                  null,
                  Map.of("type", "person"),
                  keys,
                  null);
            })
        .toList();
  }

  private static IndexDocument country(CountryView c) {
    return new IndexDocument(
        "country",
        c.id(),
        "/countries/" + c.code(),
        c.name(),
        c.code(),
        null,
        null,
        null,
        null,
        null,
        Map.of("type", "country"),
        Map.of(),
        null);
  }

  private static IndexDocument photo(PhotoView p) {
    Map<String, String> facets = new LinkedHashMap<>();
    facets.put("type", "photo");
    dateFacets(p.taken(), facets);
    String title =
        p.headline() != null && !p.headline().isBlank()
            ? p.headline()
            : firstSentence(p.caption() != null ? p.caption() : p.altText());
    return new IndexDocument(
        "photo",
        p.id(),
        "/photos/" + p.id(),
        title == null || title.isBlank() ? "Photo " + p.id() : title,
        null,
        join(p.caption(), p.altText()),
        join(p.creditLine(), p.creator(), p.agency(), p.location()),
        edtf(p.taken()),
        p.taken() == null ? null : p.taken().lower(),
        p.taken() == null ? null : p.taken().upper(),
        facets,
        Map.of(),
        p.sha256());
  }

  /** A story: its title, its lede and text without Markdown, found by the words it tells. */
  private static IndexDocument story(StoryView s) {
    return new IndexDocument(
        "story",
        s.id(),
        "/stories/" + s.slug(),
        s.title(),
        null,
        join(s.lede(), StoryText.plain(s.body())),
        null,
        null,
        null,
        null,
        Map.of("type", "story"),
        Map.of(),
        null);
  }

  private static IndexDocument source(SourceView s) {
    Map<String, String> facets = new LinkedHashMap<>();
    facets.put("type", "source");
    dateFacets(s.date(), facets);
    return new IndexDocument(
        "source",
        s.id(),
        "/sources/" + s.id(),
        s.title(),
        null,
        null,
        s.publisher(),
        edtf(s.date()),
        s.date() == null ? null : s.date().lower(),
        s.date() == null ? null : s.date().upper(),
        facets,
        Map.of(),
        null);
  }

  /** Year and decade facets, only where the date is known that precisely. */
  static void dateFacets(Edtf date, Map<String, String> facets) {
    if (date == null || date.lower() == null || date.upper() == null) {
      return;
    }
    LocalDate lower = date.lower();
    LocalDate upper = date.upper();
    if (lower.getYear() / 10 == upper.getYear() / 10) {
      facets.put("decade", String.valueOf(lower.getYear() / 10 * 10));
    }
    if (lower.getYear() == upper.getYear()) {
      facets.put("year", String.valueOf(lower.getYear()));
    }
  }

  private static String names(PersonView person) {
    if (person == null) {
      return null;
    }
    return join(
        Stream.concat(Stream.of(person.name(), person.nativeName()), person.aliases().stream()));
  }

  /** A date as the index keeps it for hits: EDTF, put in words in the language of each page. */
  private static String edtf(Edtf date) {
    return date == null ? null : date.text();
  }

  private static String firstSentence(String text) {
    if (text == null) {
      return null;
    }
    int end = text.indexOf(". ");
    String sentence = end > 0 ? text.substring(0, end + 1) : text;
    return sentence.length() > 160 ? sentence.substring(0, 159) + "…" : sentence;
  }

  private static String join(String... parts) {
    return join(Stream.of(parts));
  }

  private static String join(Stream<String> parts) {
    String joined =
        parts.filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
    return joined.isEmpty() ? null : joined;
  }

  private static void addIfPresent(Set<Long> ids, Long id) {
    if (id != null) {
      ids.add(id);
    }
  }

  private static void putIfPresent(Map<String, String> keys, String name, Long id) {
    if (id != null) {
      keys.put(name, String.valueOf(id));
    }
  }
}
