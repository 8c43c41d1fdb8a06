package org.summitry.site.boundary;

import jakarta.enterprise.context.RequestScoped;
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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.summitry.charts.boundary.MapRegion;
import org.summitry.charts.boundary.MapView;
import org.summitry.charts.boundary.WorldMap;
import org.summitry.kernel.Slugs;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.Messages;
import org.summitry.summits.boundary.SummitPlace;
import org.summitry.summits.boundary.Summits;

/**
 * Every published summit with a known place as a point on a world map drawn here in SVG, points
 * that would overlap merged into a numbered marker, a region zoomed to by link ({@code
 * ?region=east-asia}), and the same summits as a list beside it for those who do not read maps.
 */
@Controller
@Path("map")
@RequestScoped
public class MapPage {

  @Inject Models models;
  @Inject Summits summits;
  @Inject People people;
  @Inject WorldMap worldMap;
  @Inject Metadata metadata;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String show(@QueryParam("region") String region) {
    MapRegion chosen = MapRegion.of(region);
    boolean unknown = region != null && !region.isBlank() && MapRegion.bySlug(region).isEmpty();
    List<WorldMap.Pin<SummitPlace>> pins =
        summits.places().stream()
            .map(
                p -> new WorldMap.Pin<>(p, p.latitude().doubleValue(), p.longitude().doubleValue()))
            .toList();
    MapView<SummitPlace> map = worldMap.map(chosen, pins);
    Set<SummitPlace> shown =
        map.markers().stream().flatMap(m -> m.items().stream()).collect(Collectors.toSet());
    List<SummitPlace> listed =
        pins.stream().map(WorldMap.Pin::item).filter(shown::contains).toList();
    models.put("map", map);
    models.put("markers", map.markers().stream().map(MapPage::marker).toList());
    models.put("region", chosen);
    models.put("unknownRegion", unknown ? region : null);
    models.put("regions", Arrays.asList(MapRegion.values()));
    models.put("places", listed);
    models.put("elsewhere", pins.size() - listed.size());
    models.put("unplaced", summits.countUnplaced());
    models.put(
        "countries",
        people.countriesByIds(
            listed.stream()
                .map(SummitPlace::countryId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet())));
    PublicLinks links = metadata.links();
    models.put(
        "meta",
        metadata.list(
            "map.title",
            "map.lead",
            chosen == MapRegion.WORLD ? "/map" : "/map?region=" + chosen.slug(),
            listed.stream().map(s -> new JsonLd.Item(links.summit(s.slug()), s.title())).toList()));
    return "map/index.html";
  }

  /**
   * A marker as the page links it: its address (under the page's language prefix unless it is a
   * fragment) and its accessible name, which says what it stands for and where its link goes.
   */
  public record MarkerLink(MapView.Marker<SummitPlace> marker, String href, String label) {}

  static MarkerLink marker(MapView.Marker<SummitPlace> marker) {
    Locale locale = Messages.locale();
    String summits =
        marker.items().stream()
            .map(s -> s.title() + (s.date() == null ? "" : ", " + s.date().inWords(locale)))
            .collect(Collectors.joining("; "));
    if (marker.single()) {
      return new MarkerLink(marker, "/summits/" + Slugs.encode(marker.first().slug()), summits);
    }
    String count = Messages.get("map.cluster", marker.items().size()) + " " + summits + ". ";
    return marker.zoom() == null
        ? new MarkerLink(
            marker, "#place-" + marker.first().slug(), count + Messages.get("map.cluster.list"))
        : new MarkerLink(
            marker,
            "/map?region=" + marker.zoom().slug(),
            count
                + Messages.get(
                    "map.cluster.zoom", Messages.get("map.region." + marker.zoom().slug())));
  }
}
