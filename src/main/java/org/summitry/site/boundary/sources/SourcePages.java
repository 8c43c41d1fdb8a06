package org.summitry.site.boundary.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.summitry.edtf.Edtf;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Page;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.site.boundary.JsonLd;
import org.summitry.site.boundary.Metadata;
import org.summitry.site.boundary.Params;
import org.summitry.site.boundary.Tombstones;
import org.summitry.sources.boundary.SourceView;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/**
 * The sources the archive rests on: every published source, and each with the public entries that
 * cite it, so a reader can go from a claim to its source and from a source to all it supports.
 */
@Controller
@Path("sources")
@ApplicationScoped
public class SourcePages {

  static final int PAGE_SIZE = 50;

  @Inject Models models;
  @Inject Sources sources;
  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject People people;
  @Inject Photos photos;
  @Inject Metadata metadata;
  @Inject Tombstones tombstones;

  /** A source in the list, with how many entries cite it. */
  public record Listed(SourceView source, long citations) {}

  /** An entry citing the source, as a link, with the citation's note. */
  public record CitingLink(String href, String title, Edtf when, String note) {}

  /** The citing entries of one kind ("summits", "gifts", "people", "photos"). */
  public record CitingGroup(String kind, List<CitingLink> links) {}

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(@QueryParam("page") @DefaultValue("1") String page) {
    Page<SourceView> shown = sources.published(Params.page(page), PAGE_SIZE);
    Map<Long, Long> counts =
        sources.citationCounts(shown.items().stream().map(SourceView::id).toList());
    models.put("sources", shown);
    models.put(
        "listed",
        shown.items().stream().map(s -> new Listed(s, counts.getOrDefault(s.id(), 0L))).toList());
    PublicLinks links = metadata.links();
    models.put(
        "meta",
        metadata.list(
            "sources.list.title",
            "sources.list.lead",
            "/sources",
            shown.items().stream()
                .map(s -> new JsonLd.Item(links.source(s.id()), s.title()))
                .toList()));
    return "sources/index.html";
  }

  @GET
  @Path("{id}")
  @Produces("text/html;charset=UTF-8")
  public Response show(@PathParam("id") String id) {
    if (!id.matches("\\d{1,18}")) {
      throw new NotFoundException();
    }
    Long sourceId = Long.valueOf(id);
    SourceView source = sources.publishedSource(sourceId).orElse(null);
    if (source == null) {
      return tombstones.gone(EntryType.SOURCE, Optional.of(sourceId));
    }
    Map<EntryType, List<Sources.Citing>> byType =
        sources.citing(sourceId).stream().collect(Collectors.groupingBy(Sources.Citing::type));
    models.put("source", source);
    List<CitingGroup> citing =
        List.of(
            new CitingGroup(
                "summits", summitLinks(byType.getOrDefault(EntryType.SUMMIT, List.of()))),
            new CitingGroup("gifts", giftLinks(byType.getOrDefault(EntryType.GIFT, List.of()))),
            new CitingGroup(
                "people", personLinks(byType.getOrDefault(EntryType.PERSON, List.of()))),
            new CitingGroup("photos", photoLinks(byType.getOrDefault(EntryType.PHOTO, List.of()))));
    models.put("citing", citing.stream().filter(g -> !g.links().isEmpty()).toList());
    models.put("meta", metadata.source(source));
    return Response.ok("sources/show.html").build();
  }

  private List<CitingLink> summitLinks(List<Sources.Citing> citing) {
    Map<Long, SummitView> found = summits.summitsByIds(ids(citing));
    List<CitingLink> links = new ArrayList<>();
    for (Sources.Citing c : citing) {
      SummitView s = found.get(c.entryId());
      if (s != null) {
        links.add(new CitingLink("/summits/" + s.slug(), s.title(), s.date(), c.note()));
      }
    }
    return links;
  }

  private List<CitingLink> giftLinks(List<Sources.Citing> citing) {
    Map<Long, GiftView> found = gifts.giftsByIds(ids(citing));
    List<CitingLink> links = new ArrayList<>();
    for (Sources.Citing c : citing) {
      GiftView g = found.get(c.entryId());
      if (g != null) {
        links.add(new CitingLink("/gifts/" + g.slug(), g.title(), g.date(), c.note()));
      }
    }
    return links;
  }

  private List<CitingLink> personLinks(List<Sources.Citing> citing) {
    Map<Long, PersonView> found = people.peopleByIds(ids(citing));
    List<CitingLink> links = new ArrayList<>();
    for (Sources.Citing c : citing) {
      PersonView p = found.get(c.entryId());
      if (p != null) {
        links.add(new CitingLink("/people/" + p.slug(), p.name(), null, c.note()));
      }
    }
    return links;
  }

  private List<CitingLink> photoLinks(List<Sources.Citing> citing) {
    Map<Long, PhotoView> found = photos.photosByIds(ids(citing));
    List<CitingLink> links = new ArrayList<>();
    for (Sources.Citing c : citing) {
      PhotoView p = found.get(c.entryId());
      if (p != null) {
        String title = p.headline() != null ? p.headline() : p.caption();
        links.add(new CitingLink("/photos/" + p.id(), title, p.taken(), c.note()));
      }
    }
    return links;
  }

  private static List<Long> ids(List<Sources.Citing> citing) {
    return citing.stream().map(Sources.Citing::entryId).toList();
  }
}
