package org.summitry.site.boundary.summits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.summitry.charts.boundary.MapRegion;
import org.summitry.charts.boundary.MapView;
import org.summitry.charts.boundary.Tallies;
import org.summitry.kernel.Page;
import org.summitry.kernel.Slugs;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.site.boundary.JsonLd;
import org.summitry.site.boundary.Metadata;
import org.summitry.site.boundary.Params;
import org.summitry.summits.boundary.SummitPlace;

/**
 * Every published summit with a known place as a point on a world map drawn here in SVG, points
 * that would overlap merged into a numbered marker, a region zoomed to by link ({@code
 * ?region=east-asia}), and the same summits as a list beside it for those who do not read maps.
 */
@Controller
@Path("map")
@ApplicationScoped
public class MapPage {

  /** Summits listed beside the map on one page. */
  static final int PAGE_SIZE = 100;

  /** How many of a cluster's summits its accessible name names; it counts the others. */
  static final int NAMED_IN_CLUSTER = 3;

  @Inject Models models;
  @Inject People people;
  @Inject SummitMaps summitMaps;
  @Inject Tallies tallies;
  @Inject Metadata metadata;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String show(@QueryParam("region") String region, @QueryParam("page") String page) {
    MapRegion chosen = MapRegion.of(region);
    boolean unknown = region != null && !region.isBlank() && MapRegion.bySlug(region).isEmpty();
    SummitMaps.RegionMap drawn = summitMaps.of(chosen);
    MapView<SummitPlace> map = drawn.view();
    List<SummitPlace> listed = drawn.listed();
    int number = Page.clamp(Params.page(page), PAGE_SIZE, listed.size());
    Page<SummitPlace> onPage =
        new Page<>(
            listed.subList(
                Math.min(listed.size(), (number - 1) * PAGE_SIZE),
                Math.min(listed.size(), number * PAGE_SIZE)),
            number,
            PAGE_SIZE,
            listed.size());
    Map<SummitPlace, Integer> position = drawn.position();
    String here = chosen == MapRegion.WORLD ? "/map" : "/map?region=" + chosen.slug();
    models.put("map", map);
    models.put(
        "markers",
        map.markers().stream()
            .map(m -> marker(m, here, 1 + position.getOrDefault(m.first(), 0) / PAGE_SIZE, number))
            .toList());
    models.put("region", chosen);
    models.put("unknownRegion", unknown ? region : null);
    models.put("regions", Arrays.asList(MapRegion.values()));
    models.put("places", onPage.items());
    models.put("placesPage", onPage);
    models.put("pageBase", here + (here.contains("?") ? "&" : "?"));
    int placed = summitMaps.places().size();
    models.put("elsewhere", placed - listed.size());
    models.put("unplaced", Math.max(0, tallies.counts().summits() - placed));
    models.put(
        "countries",
        people.countriesByIds(
            onPage.items().stream()
                .map(SummitPlace::countryId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet())));
    PublicLinks links = metadata.links();
    models.put(
        "meta",
        metadata.list(
            "map.title",
            "map.lead",
            number == 1 ? here : here + (here.contains("?") ? "&" : "?") + "page=" + number,
            onPage.items().stream()
                .map(s -> new JsonLd.Item(links.summit(s.slug()), s.title()))
                .toList()));
    return "map/index.html";
  }

  /**
   * A marker as the page links it: its address (under the page's language prefix unless it is a
   * fragment) and its accessible name, which says what it stands for and where its link goes.
   */
  public record MarkerLink(MapView.Marker<SummitPlace> marker, String href, String label) {}

  /**
   * A marker's link and name. A single summit links its page. A cluster links the region that
   * separates its summits or, when none does, the first of them in the list beside the map, on
   * whichever page of that list holds it ({@code listPage}, the page shown being {@code
   * shownPage}). Its name counts its summits and names the first {@value #NAMED_IN_CLUSTER} of
   * them.
   */
  static MarkerLink marker(
      MapView.Marker<SummitPlace> marker, String here, int listPage, int shownPage) {
    Locale locale = Messages.locale();
    List<SummitPlace> items = marker.items();
    String summits =
        items.stream()
            .limit(NAMED_IN_CLUSTER)
            .map(s -> s.title() + (s.date() == null ? "" : ", " + s.date().inWords(locale)))
            .collect(Collectors.joining("; "));
    if (marker.single()) {
      return new MarkerLink(marker, "/summits/" + Slugs.encode(marker.first().slug()), summits);
    }
    if (items.size() > NAMED_IN_CLUSTER) {
      summits += "; " + Messages.get("map.cluster.more", items.size() - NAMED_IN_CLUSTER);
    }
    String count = Messages.get("map.cluster", items.size()) + " " + summits + ". ";
    if (marker.zoom() == null) {
      String anchor = "#place-" + marker.first().slug();
      String href =
          listPage == shownPage
              ? anchor
              : here + (here.contains("?") ? "&" : "?") + "page=" + listPage + anchor;
      return new MarkerLink(marker, href, count + Messages.get("map.cluster.list"));
    }
    return new MarkerLink(
        marker,
        "/map?region=" + marker.zoom().slug(),
        count
            + Messages.get("map.cluster.zoom", Messages.get("map.region." + marker.zoom().slug())));
  }
}
