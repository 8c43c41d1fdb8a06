package org.summitry.opendata.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.EntryType;
import org.summitry.opendata.control.Visibility;
import org.summitry.opendata.control.Xml;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.PublicAddress;
import org.summitry.platform.boundary.PublicLinks;

/**
 * {@code /feed.atom}: the latest additions to and changes of public entries, read from the journal
 * (Atom 1.0, RFC 4287). An entry of the feed is one change, named by a tag URI of the journal row,
 * so a reader shows each edit once. Changes made while an entry was a draft or in the trash, and
 * entries not public now, are left out; who made a change is not published. An entry the public
 * could see that was withdrawn (unpublished, trashed, purged) within the feed's window is marked by
 * an {@code at:deleted-entry} (RFC 6721) whose {@code ref} is the entry's public address.
 */
@Path("feed.atom")
@ApplicationScoped
public class AtomFeed {

  static final int SIZE = 50;
  static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
  private static final int BATCH = 200;

  /** How far back the feed looks for 50 public changes before it settles for fewer. */
  private static final int MAX_ROWS_READ = 20 * BATCH;

  @Inject Journal journal;
  @Inject PublicEntries entries;
  @Inject PublicAddress address;

  /** One announced change: the journal row and the entry as it is now. */
  record Item(Revision change, PublicEntries.Listed entry) {}

  /** A withdrawal: the journal row that took a public entry out of view, and its address. */
  record Deleted(Revision change, String ref) {}

  /**
   * What the feed tells: the latest public changes and the withdrawals among them, newest first.
   */
  record Latest(List<Item> items, List<Deleted> deleted) {}

  @GET
  @Produces(MEDIA_TYPE)
  public Response feed() {
    PublicLinks links = new PublicLinks(address.base());
    Latest latest = latest(links);
    return Response.ok(write(links, latest.items(), latest.deleted()), MEDIA_TYPE)
        .header("Cache-Control", "public, max-age=300")
        .build();
  }

  Latest latest(PublicLinks links) {
    List<String> types = PublicEntries.WITH_PAGES.stream().map(Enum::name).toList();
    List<Item> items = new ArrayList<>();
    List<Deleted> deleted = new ArrayList<>();
    Map<String, Set<Long>> visibleRows = new HashMap<>();
    Map<String, PublicEntries.Listed> known = new HashMap<>();
    Set<String> hidden = new HashSet<>();
    Long before = null;
    int read = 0;
    while (items.size() < SIZE && read < MAX_ROWS_READ) {
      List<Revision> batch = journal.changesOf(types, before, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      read += batch.size();
      before = batch.get(batch.size() - 1).id();
      lookUp(batch, links, known, hidden);
      Set<Long> withdrawals = withdrawals(batch, hidden);
      for (Revision change : batch) {
        String key = change.entryType() + "/" + change.entryId();
        if (withdrawals.contains(change.id())) {
          String ref = address(links, change);
          if (ref != null) {
            deleted.add(new Deleted(change, ref));
          }
          continue;
        }
        PublicEntries.Listed entry = known.get(key);
        if (entry == null || !Visibility.announced(change.change())) {
          continue;
        }
        Set<Long> visible =
            visibleRows.computeIfAbsent(key, k -> publicRows(change.entryType(), change.entryId()));
        if (visible.contains(change.id())) {
          items.add(new Item(change, entry));
          if (items.size() == SIZE) {
            break;
          }
        }
      }
    }
    return new Latest(items, deleted);
  }

  /**
   * The journal rows of this batch that withdrew an entry not public now: each hidden entry's
   * latest withdrawal, when that is one of these rows.
   */
  private Set<Long> withdrawals(List<Revision> batch, Set<String> hidden) {
    Map<String, Set<Long>> wanted = new HashMap<>();
    Set<Long> rows = new HashSet<>();
    for (Revision change : batch) {
      if (!Visibility.announced(change.change())
          && hidden.contains(change.entryType() + "/" + change.entryId())) {
        wanted.computeIfAbsent(change.entryType(), t -> new HashSet<>()).add(change.entryId());
      }
    }
    wanted.forEach(
        (type, ids) ->
            journal.withdrawals(type, ids).values().forEach(w -> rows.add(w.revisionId())));
    return rows;
  }

  /** The public address an entry had, from the journal row's snapshot; null if it names none. */
  static String address(PublicLinks links, Revision change) {
    String slug = change.fields().get("slug");
    return switch (EntryType.valueOf(change.entryType())) {
      case SUMMIT -> slug == null ? null : links.summit(slug);
      case GIFT -> slug == null ? null : links.gift(slug);
      case PERSON -> slug == null ? null : links.person(slug);
      case COUNTRY -> {
        String code = change.fields().get("code");
        yield code == null ? null : links.country(code);
      }
      case PHOTO -> links.photo(change.entryId());
      case STORY -> slug == null ? null : links.story(slug);
      default -> null;
    };
  }

  /** Finds the entries of this batch that are public now, in one query per kind. */
  private void lookUp(
      List<Revision> batch,
      PublicLinks links,
      Map<String, PublicEntries.Listed> known,
      Set<String> hidden) {
    Map<EntryType, Set<Long>> wanted = new HashMap<>();
    for (Revision change : batch) {
      String key = change.entryType() + "/" + change.entryId();
      if (!known.containsKey(key) && !hidden.contains(key)) {
        wanted
            .computeIfAbsent(EntryType.valueOf(change.entryType()), t -> new HashSet<>())
            .add(change.entryId());
      }
    }
    wanted.forEach(
        (type, ids) -> {
          Map<Long, PublicEntries.Listed> found = entries.find(type, ids, links);
          for (Long id : ids) {
            String key = type.name() + "/" + id;
            if (found.containsKey(id)) {
              known.put(key, found.get(id));
            } else {
              hidden.add(key);
            }
          }
        });
  }

  /** The ids of the journal rows of this entry that were public when made. */
  private Set<Long> publicRows(String type, Long id) {
    return publicRows(journal.history(type, id));
  }

  /**
   * The ids of the rows of one entry's history (newest first, as the journal gives it) that were
   * public when made; shared with the feeds of one entry ({@link EntryFeeds}).
   */
  static Set<Long> publicRows(List<Revision> newestFirst) {
    List<Revision> history = new ArrayList<>(newestFirst);
    java.util.Collections.reverse(history);
    List<Boolean> visible = Visibility.ofChanges(history.stream().map(Revision::change).toList());
    Set<Long> rows = new HashSet<>();
    for (int i = 0; i < history.size(); i++) {
      if (visible.get(i)) {
        rows.add(history.get(i).id());
      }
    }
    return rows;
  }

  /** What a feed says of itself: its own address (also its id), title, and the page it follows. */
  record Head(String self, String title, String alternate) {}

  static String write(PublicLinks links, List<Item> items, List<Deleted> deleted) {
    return write(
        links,
        new Head(links.path("feed.atom"), Messages.get("feed.title"), links.home()),
        items,
        deleted);
  }

  /** The feed document: the site's, or one entry's ({@link EntryFeeds}). */
  static String write(PublicLinks links, Head head, List<Item> items, List<Deleted> deleted) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = Xml.writer(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(ATOM);
      xml.writeStartElement(ATOM, "feed");
      xml.writeDefaultNamespace(ATOM);
      xml.writeNamespace("at", TOMBSTONES);
      Xml.element(xml, "id", head.self());
      Xml.element(xml, "title", head.title());
      Xml.element(xml, "subtitle", Messages.get("site.tagline"));
      Xml.element(
          xml,
          "updated",
          timestamp(
              java.util.stream.Stream.concat(
                      items.stream().map(Item::change), deleted.stream().map(Deleted::change))
                  .map(Revision::at)
                  .max(OffsetDateTime::compareTo)
                  .orElse(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))));
      link(xml, "self", head.self(), "application/atom+xml");
      link(xml, "alternate", head.alternate(), "text/html");
      xml.writeStartElement("author");
      Xml.element(xml, "name", Messages.get("site.name"));
      Xml.element(xml, "uri", links.home());
      xml.writeEndElement();
      for (Item item : items) {
        Revision change = item.change();
        PublicEntries.Listed entry = item.entry();
        xml.writeStartElement("entry");
        Xml.element(xml, "id", tag(links, change));
        Xml.element(
            xml, "title", Messages.get("feed.kind." + entry.type().name()) + ": " + entry.title());
        Xml.element(xml, "updated", timestamp(change.at()));
        link(xml, "alternate", entry.url(), "text/html");
        xml.writeStartElement("category");
        xml.writeAttribute("term", entry.type().name().toLowerCase(java.util.Locale.ROOT));
        xml.writeAttribute("label", Messages.get("feed.kind." + entry.type().name()));
        xml.writeEndElement();
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(
            Xml.clean(
                Messages.get(
                    "feed.change." + change.change().name(),
                    Messages.get("feed.kind." + entry.type().name()),
                    entry.title())));
        xml.writeEndElement();
        xml.writeEndElement();
      }
      for (Deleted withdrawal : deleted) {
        Revision change = withdrawal.change();
        String kind = Messages.get("feed.kind." + change.entryType());
        xml.writeStartElement("at", "deleted-entry", TOMBSTONES);
        xml.writeAttribute("ref", withdrawal.ref());
        xml.writeAttribute("when", timestamp(change.at()));
        link(xml, "alternate", withdrawal.ref(), "text/html");
        xml.writeStartElement("at", "comment", TOMBSTONES);
        xml.writeCharacters(Xml.clean(Messages.get("feed.withdrawn", kind, change.label())));
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /**
   * A tag URI (RFC 4151) for one journal row: the public host, the day of the change, the row.
   * Stable as long as the public address is.
   */
  static String tag(PublicLinks links, Revision change) {
    return "tag:"
        + links.base().getHost()
        + ","
        + change.at().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
        + ":journal/"
        + change.id();
  }

  static String timestamp(OffsetDateTime at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS).toInstant());
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeStartElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
    xml.writeEndElement();
  }
}
