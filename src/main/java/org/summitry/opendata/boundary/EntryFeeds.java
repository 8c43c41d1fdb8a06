package org.summitry.opendata.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summitry.gifts.boundary.GiftFilter;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.EntryType;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.opendata.control.Visibility;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.PublicAddress;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/**
 * {@code /people/{slug}/feed.atom}, {@code /countries/{code}/feed.atom} and {@code
 * /summits/{slug}/feed.atom}: the site feed ({@link AtomFeed}) narrowed to one public entry and the
 * public entries related to it now, the latest {@value AtomFeed#SIZE} of their changes made while
 * they were public. Related are, for a person: the gifts they gave or received and the summits they
 * attended; for a country: the gifts it gave or received, the summits it hosted and its people; for
 * a summit: its gifts and the photos of its gallery. At most {@value #RELATED} entries of each
 * relation are followed (the latest given gifts, the newest summits). Withdrawn entries are no
 * longer related to anything, so these feeds carry no tombstones; an entry that is not public (or
 * an unknown address) has no feed: 404.
 */
@Path("{kind: people|countries|summits}/{key}/feed.atom")
@ApplicationScoped
public class EntryFeeds {

  static final int RELATED = 500;

  @Inject Journal journal;
  @Inject PublicEntries entries;
  @Inject PublicAddress address;
  @Inject People people;
  @Inject Gifts gifts;
  @Inject Summits summits;
  @Inject Photos photos;

  /** The entry a feed follows: its name, its page and the entries related to it, by kind. */
  record Followed(String name, String page, Map<EntryType, Set<Long>> related) {}

  @GET
  @Produces(AtomFeed.MEDIA_TYPE)
  public Response feed(@PathParam("kind") String kind, @PathParam("key") String key) {
    PublicLinks links = new PublicLinks(address.base());
    Followed followed =
        switch (kind) {
          case "people" -> person(links, key);
          case "countries" -> country(links, key);
          default -> summit(links, key);
        };
    List<AtomFeed.Item> items = latest(followed.related(), links);
    AtomFeed.Head head =
        new AtomFeed.Head(
            followed.page() + "/feed.atom",
            Messages.get("feed.entry.title", followed.name()),
            followed.page());
    return Response.ok(AtomFeed.write(links, head, items, List.of()), AtomFeed.MEDIA_TYPE)
        .header("Cache-Control", "public, max-age=300")
        .build();
  }

  private Followed person(PublicLinks links, String slug) {
    PersonView person = people.person(slug).orElseThrow(NotFoundException::new);
    Map<EntryType, Set<Long>> related = new EnumMap<>(EntryType.class);
    add(related, EntryType.PERSON, List.of(person.id()));
    add(related, EntryType.GIFT, giftIds(GiftFilter.givenByPerson(person.id())));
    add(related, EntryType.GIFT, giftIds(GiftFilter.receivedByPerson(person.id())));
    add(
        related,
        EntryType.SUMMIT,
        summits.attendedBy(person.id()).stream().map(SummitView::id).limit(RELATED).toList());
    return new Followed(person.name(), links.person(person.slug()), related);
  }

  private Followed country(PublicLinks links, String code) {
    CountryView country =
        people.country(code.toUpperCase(Locale.ROOT)).orElseThrow(NotFoundException::new);
    Map<EntryType, Set<Long>> related = new EnumMap<>(EntryType.class);
    add(related, EntryType.COUNTRY, List.of(country.id()));
    add(related, EntryType.GIFT, giftIds(GiftFilter.givenByCountry(country.id())));
    add(related, EntryType.GIFT, giftIds(GiftFilter.receivedByCountry(country.id())));
    add(
        related,
        EntryType.SUMMIT,
        summits.summits(country.id(), 1, RELATED, Summits.Order.NEWEST_FIRST).items().stream()
            .map(SummitView::id)
            .toList());
    add(
        related,
        EntryType.PERSON,
        people.peopleIdsOf(country.id()).stream().limit(RELATED).toList());
    return new Followed(country.name(), links.country(country.code()), related);
  }

  private Followed summit(PublicLinks links, String slug) {
    SummitView summit = summits.summit(slug).orElseThrow(NotFoundException::new);
    Map<EntryType, Set<Long>> related = new EnumMap<>(EntryType.class);
    add(related, EntryType.SUMMIT, List.of(summit.id()));
    add(
        related,
        EntryType.GIFT,
        gifts.atSummit(summit.id()).stream().map(GiftView::id).limit(RELATED).toList());
    add(
        related,
        EntryType.PHOTO,
        photos.gallery(EntryType.SUMMIT, summit.id()).stream()
            .map(PhotoView::id)
            .limit(RELATED)
            .toList());
    return new Followed(summit.title(), links.summit(summit.slug()), related);
  }

  private List<Long> giftIds(GiftFilter filter) {
    return gifts.gifts(filter, 1, RELATED).items().stream().map(GiftView::id).toList();
  }

  private static void add(Map<EntryType, Set<Long>> related, EntryType type, List<Long> ids) {
    related.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(ids);
  }

  /**
   * The latest announced changes of the related entries that are public now, made while they were
   * public, newest first: their histories are read in one statement per kind.
   */
  List<AtomFeed.Item> latest(Map<EntryType, Set<Long>> related, PublicLinks links) {
    List<AtomFeed.Item> items = new ArrayList<>();
    related.forEach(
        (type, ids) -> {
          if (ids.isEmpty()) {
            return;
          }
          Map<Long, PublicEntries.Listed> found = entries.find(type, ids, links);
          if (found.isEmpty()) {
            return;
          }
          Map<Long, List<Revision>> histories = new HashMap<>();
          for (Revision row : journal.historiesOf(type.name(), found.keySet())) {
            histories.computeIfAbsent(row.entryId(), id -> new ArrayList<>()).add(row);
          }
          histories.forEach(
              (id, history) -> {
                Set<Long> visible = AtomFeed.publicRows(history);
                for (Revision change : history) {
                  if (visible.contains(change.id()) && Visibility.announced(change.change())) {
                    items.add(new AtomFeed.Item(change, found.get(id)));
                  }
                }
              });
        });
    items.sort(Comparator.comparing((AtomFeed.Item item) -> item.change().id()).reversed());
    return items.size() > AtomFeed.SIZE ? List.copyOf(items.subList(0, AtomFeed.SIZE)) : items;
  }
}
