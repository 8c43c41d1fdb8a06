package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import org.summitry.curation.control.Guard;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.EditedEntry;
import org.summitry.journal.boundary.JournaledEntries;
import org.summitry.journal.boundary.TrashedEntry;
import org.summitry.kernel.Page;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.People;
import org.summitry.sources.boundary.Sources;
import org.summitry.stories.boundary.Stories;
import org.summitry.summits.boundary.Summits;

/**
 * The trash: deleted entries of every kind wait here with their links intact until a curator
 * restores them or an admin purges them for good, after a confirmation. One page lists them all,
 * most recently trashed first, or one kind of them ({@code ?type=people}); each kind's own trash
 * address leads here.
 */
@Controller
@Path("admin/trash")
@RequestScoped
public class TrashBin {

  @Inject Models models;
  @Inject Guard guard;
  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject Photos photos;
  @Inject People people;
  @Inject Sources sources;
  @Inject Stories stories;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(
      @QueryParam("type") String type,
      @QueryParam("page") String page,
      @QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    List<Shelf> shelves = shelves();
    Shelf only = shelves.stream().filter(s -> s.key().equals(type)).findFirst().orElse(null);
    int size = Lists.PAGE_SIZE;
    int asked = Lists.page(page);
    Map<String, Long> counts = new LinkedHashMap<>();
    shelves.forEach(shelf -> counts.put(shelf.key(), shelf.count().getAsLong()));
    Page<TrashRow> rows;
    if (only != null) {
      long total = counts.get(only.key());
      int number = Page.clamp(asked, size, total);
      rows =
          new Page<>(
              only.rows().apply((number - 1) * size, size).stream().map(only::row).toList(),
              number,
              size,
              total);
    } else {
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      long reachable = Math.min(total, MERGED_REACH);
      int number = Page.clamp(asked, size, reachable);
      // The page's rows are among the first number × size of each kind, most recent first.
      rows =
          new Page<>(
              shelves.stream()
                  .flatMap(shelf -> shelf.rows().apply(0, number * size).stream().map(shelf::row))
                  .sorted(
                      Comparator.comparing(TrashRow::deletedAt)
                          .thenComparing(TrashRow::id)
                          .reversed())
                  .skip((long) (number - 1) * size)
                  .limit(size)
                  .toList(),
              number,
              size,
              total,
              reachable);
    }
    models.put("trash", rows);
    models.put("counts", counts);
    models.put("type", only == null ? "" : only.key());
    // One kind at a time is restored in bulk, by the list's bulk work (photos are not yet).
    models.put("bulkKind", only != null && !only.key().equals("photos") ? only.key() : null);
    models.put("done", done);
    return "admin/trash.html";
  }

  /** How far the pages of every kind together reach; a kind alone pages through all of it. */
  private static final int MERGED_REACH = 2_000;

  /**
   * One kind's part of the trash: its key in the page's filter and addresses, its rows and count,
   * and the back office's addresses that restore a trashed entry of it and ask to purge one (null:
   * the kind is not purged from here).
   */
  private record Shelf(
      String key,
      BiFunction<Integer, Integer, List<TrashedEntry>> rows,
      LongSupplier count,
      String restore,
      String purge) {

    TrashRow row(TrashedEntry entry) {
      long id = entry.id();
      return new TrashRow(
          key,
          id,
          entry.title(),
          entry.deletedAt(),
          "/admin/" + key + "/" + id,
          restore.formatted(id),
          purge == null ? null : purge.formatted(id));
    }
  }

  /**
   * One row of the trash page: the kind's key, the entry, when it was trashed, and the addresses of
   * its editor, its restore and its purge's confirmation (null when not offered here).
   */
  public record TrashRow(
      String kind,
      Long id,
      String title,
      OffsetDateTime deletedAt,
      String edit,
      String restore,
      String purge) {}

  private List<Shelf> shelves() {
    return List.of(
        new Shelf(
            "summits",
            summits::trashed,
            summits::countTrashed,
            "/admin/trash/summits/%d/restore",
            "/admin/trash/summits/%d/purge"),
        new Shelf(
            "gifts",
            gifts::trashed,
            gifts::countTrashed,
            "/admin/trash/gifts/%d/restore",
            "/admin/trash/gifts/%d/purge"),
        new Shelf(
            "photos",
            photos::trashed,
            photos::countTrashed,
            "/admin/photos/%d/restore",
            "/admin/photos/%d/purge"),
        new Shelf(
            "people",
            people::trashedPeople,
            people::countTrashedPeople,
            "/admin/people/%d/restore",
            "/admin/people/%d/purge"),
        new Shelf(
            "countries",
            people::trashedCountries,
            people::countTrashedCountries,
            "/admin/countries/%d/restore",
            "/admin/countries/%d/purge"),
        new Shelf(
            "sources",
            sources::trashed,
            sources::countTrashed,
            "/admin/sources/%d/restore",
            "/admin/sources/%d/purge"),
        new Shelf(
            "stories",
            stories::trashed,
            stories::countTrashed,
            "/admin/stories/%d/restore",
            "/admin/stories/%d/purge"));
  }

  @POST
  @Path("{type: summits|gifts}/{id: \\d+}/restore")
  public Response restore(@PathParam("type") String type, @PathParam("id") long id) {
    guard.require(Guard.CURATOR);
    JournaledEntries<?, ?> kind = kind(type);
    trashed(kind, id);
    kind.change(id, Change.RESTORED, guard.caller());
    return Response.seeOther(URI.create("admin/" + type + "/" + id + "?done=restore")).build();
  }

  @GET
  @Path("{type: summits|gifts}/{id: \\d+}/purge")
  @Produces("text/html;charset=UTF-8")
  public String confirmPurge(@PathParam("type") String type, @PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    models.put("type", type);
    models.put("id", id);
    models.put(
        "entryTitle",
        type.equals("summits")
            ? trashed(summits, id).summit().title()
            : trashed(gifts, id).gift().title());
    return "admin/purge.html";
  }

  @POST
  @Path("{type: summits|gifts}/{id: \\d+}/purge")
  public Response purge(@PathParam("type") String type, @PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    JournaledEntries<?, ?> kind = kind(type);
    trashed(kind, id);
    kind.purge(id, guard.caller());
    return Response.seeOther(URI.create("admin/trash?done=purged")).build();
  }

  /** The facade of the kind this shelf's address names: summits or gifts. */
  private JournaledEntries<?, ?> kind(String type) {
    return type.equals("summits") ? summits : gifts;
  }

  /** The entry {@code id} if it is in the trash; 404 otherwise, so nothing else is purged. */
  private static <T extends EditedEntry> T trashed(JournaledEntries<?, T> kind, long id) {
    return kind.forEditing(id).filter(e -> e.state().trashed()).orElseThrow(NotFoundException::new);
  }
}
