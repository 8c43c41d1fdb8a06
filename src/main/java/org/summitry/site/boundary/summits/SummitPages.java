package org.summitry.site.boundary.summits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.summitry.charts.boundary.WorldMap;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Page;
import org.summitry.kernel.Slugs;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.InvalidRequest;
import org.summitry.platform.boundary.PageMeta;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.search.boundary.ListOrder;
import org.summitry.search.boundary.Listing;
import org.summitry.search.boundary.Search;
import org.summitry.site.boundary.EntryFeedLink;
import org.summitry.site.boundary.EntryTexts;
import org.summitry.site.boundary.GiftCards;
import org.summitry.site.boundary.JsonLd;
import org.summitry.site.boundary.KeptCards;
import org.summitry.site.boundary.KeptReads;
import org.summitry.site.boundary.Lists;
import org.summitry.site.boundary.Metadata;
import org.summitry.site.boundary.Params;
import org.summitry.site.boundary.Tombstones;
import org.summitry.sources.boundary.ClaimSheet;
import org.summitry.sources.boundary.ClaimView;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;
import org.summitry.translations.boundary.Translation;

/** The list of summits and each summit's page with its participants, gifts, photos and sources. */
@Controller
@Path("summits")
@ApplicationScoped
public class SummitPages {

  static final int PAGE_SIZE = 20;

  @Inject Models models;
  @Inject KeptCards keptCards;
  @Inject KeptReads keptReads;
  @Inject Summits summits;
  @Inject Search search;
  @Inject People people;
  @Inject Gifts gifts;
  @Inject Photos photos;
  @Inject Sources sources;
  @Inject Claims claims;
  @Inject GiftCards cards;
  @Inject Metadata metadata;
  @Inject WorldMap worldMap;
  @Inject Tombstones tombstones;
  @Inject EntryTexts texts;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(
      @QueryParam("page") String page,
      @QueryParam("order") String order,
      @QueryParam("country") String country) {
    Summits.Order sort;
    if (order == null || order.isBlank() || order.equals("newest")) {
      sort = Summits.Order.NEWEST_FIRST;
    } else if (order.equals("oldest")) {
      sort = Summits.Order.OLDEST_FIRST;
    } else {
      throw new InvalidRequest("error.param.order");
    }
    CountryView host = Params.country(people, country);
    int number = Params.page(page);
    Listing listing =
        host == null ? Listing.of("summit") : Listing.of("summit").key("country", host.code());
    Page<SummitView> result =
        Lists.summits(
            search,
            summits,
            listing,
            sort == Summits.Order.OLDEST_FIRST ? ListOrder.OLDEST : ListOrder.NEWEST,
            number,
            PAGE_SIZE,
            () -> summits.summits(host == null ? null : host.id(), number, PAGE_SIZE, sort));
    models.put("summits", texts.summits(result, models));
    models.put("keptCards", keptCards);
    models.put("order", sort == Summits.Order.OLDEST_FIRST ? "oldest" : "newest");
    models.put("host", host);
    String hostCode = host == null ? null : host.code().toLowerCase(Locale.ROOT);
    models.put("hostCode", hostCode);
    models.put(
        "countries",
        people.countriesByIds(
            result.items().stream()
                .map(SummitView::countryId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet())));
    PublicLinks links = metadata.links();
    String filters =
        Stream.of(
                hostCode == null ? null : "country=" + hostCode,
                sort == Summits.Order.OLDEST_FIRST ? "order=oldest" : null)
            .filter(Objects::nonNull)
            .collect(Collectors.joining("&"));
    models.put(
        "meta",
        metadata.list(
            "summits.title",
            "summits.lead",
            Lists.path("/summits", filters, result.number()),
            result.items().stream()
                .map(s -> new JsonLd.Item(links.summit(s.slug()), s.title()))
                .toList()));
    return "summits/index.html";
  }

  /**
   * What a summit's page reads: the summit in the page's language, its participants, country,
   * gallery, sources and the claims resting on them, and its metadata; kept per summit, language
   * and archive state ({@link KeptReads}).
   */
  record Shown(
      SummitView summit,
      Translation translation,
      Map<Long, PersonView> participants,
      CountryView country,
      List<PhotoView> gallery,
      ClaimSheet claims,
      PageMeta meta) {}

  @GET
  @Path("{slug}")
  @Produces("text/html;charset=UTF-8")
  public Response show(@PathParam("slug") String slug) {
    Shown shown =
        keptReads
            .get("summit", slug, Shown.class, () -> summits.summit(slug).map(this::read))
            .orElse(null);
    if (shown == null) {
      return summits
          .redirect(slug)
          .map(
              current ->
                  Response.status(Response.Status.MOVED_PERMANENTLY)
                      .location(URI.create("summits/" + Slugs.encode(current)))
                      .build())
          .orElseGet(() -> tombstones.gone(EntryType.SUMMIT, summits.idOfAny(slug)));
    }
    SummitView summit = shown.summit();
    EntryTexts.mark(models, shown.translation());
    models.put("summit", summit);
    EntryFeedLink.put(models, "summits/" + Slugs.encode(summit.slug()), summit.title());
    String entry = "summit/" + summit.id();
    if (summit.placed()) {
      double latitude = summit.latitude().doubleValue();
      double longitude = summit.longitude().doubleValue();
      models.put(
          "keptLocator",
          keptCards.fragment(
              "summits/show",
              "locator",
              entry,
              () ->
                  Map.of(
                      "summit",
                      summit,
                      "locator",
                      worldMap.locator(new WorldMap.Pin<>(summit, latitude, longitude)),
                      "locatorRegion",
                      WorldMap.regionAround(latitude, longitude))));
    }
    models.put("participants", shown.participants());
    models.put("country", shown.country());
    // The gifts and their parties are read only when the exchanges are not kept.
    models.put(
        "keptExchanges",
        keptCards.fragment(
            "summits/show",
            "exchanges",
            entry,
            () ->
                Map.of(
                    "keptCards",
                    keptCards,
                    "exchanges",
                    Exchange.group(
                        cards.of(
                            gifts.atSummit(summit.id()),
                            shown.participants(),
                            Map.of(summit.id(), summit))))));
    List<PhotoView> gallery = shown.gallery();
    models.put("photos", gallery);
    if (!gallery.isEmpty()) {
      models.put(
          "keptGallery",
          keptCards.fragment("fragments", "gallery", entry, () -> Map.of("photos", gallery)));
    }
    models.put("meta", shown.meta());
    models.put("claims", shown.claims());
    models.put("sources", shown.claims().sources());
    return Response.ok("summits/show.html").build();
  }

  /** What the page of {@code found} shows besides its gifts, read from the database. */
  private Shown read(SummitView found) {
    Translation translation = texts.of(EntryType.SUMMIT, found.id());
    SummitView summit = found.translated(translation);
    Map<Long, PersonView> participants =
        people.peopleByIds(
            summit.participants().stream().map(SummitView.ParticipantView::personId).toList());
    List<PhotoView> gallery = photos.gallery(EntryType.SUMMIT, summit.id());
    CountryView country =
        summit.countryId() == null
            ? null
            : people.countriesByIds(List.of(summit.countryId())).get(summit.countryId());
    List<ClaimView> made = claims.published(EntryType.SUMMIT, summit.id());
    PageMeta meta =
        metadata.summit(
            summit,
            country,
            summit.participants().stream()
                .map(p -> participants.get(p.personId()))
                .filter(Objects::nonNull)
                .distinct()
                .toList(),
            gallery,
            made);
    return new Shown(
        summit,
        translation,
        Collections.unmodifiableMap(participants),
        country,
        List.copyOf(gallery),
        ClaimSheet.of(sources.citedBy(EntryType.SUMMIT, summit.id()), made),
        meta);
  }
}
