package org.summitry.site.boundary.summits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.summitry.charts.boundary.MapRegion;
import org.summitry.charts.boundary.MapView;
import org.summitry.charts.boundary.WorldMap;
import org.summitry.edtf.Edtf;
import org.summitry.kernel.Page;
import org.summitry.summits.boundary.SummitPlace;
import org.summitry.testing.TemplateFragments;

class MapTemplateTest {

  @Test
  void summitsAtOnePlaceShareANumberedMarkerNamedAfterThemAll() {
    WorldMap worldMap = new WorldMap();
    worldMap.load();
    SummitPlace one =
        place("putin-kim-summit-pyongyang-2024", "Putin–Kim summit", 39.0392, 125.7625);
    SummitPlace two = place("inter-korean", "Inter-Korean summit", 39.0392, 125.7625);
    MapView<SummitPlace> map =
        worldMap.map(
            MapRegion.WORLD,
            List.of(
                new WorldMap.Pin<>(one, 39.0392, 125.7625),
                new WorldMap.Pin<>(two, 39.0392, 125.7625)));
    String html =
        TemplateFragments.render(
            "map/index",
            "worldMap",
            Map.of(
                "map",
                map,
                "region",
                MapRegion.WORLD,
                "places",
                List.of(one, two),
                "placesPage",
                new Page<>(List.of(one, two), 1, MapPage.PAGE_SIZE, 2),
                "markers",
                map.markers().stream().map(m -> MapPage.marker(m, "/map", 1, 1)).toList()));
    assertTrue(
        html.contains(
            "<title>2 summits: Putin–Kim summit, 19 June 2024; Inter-Korean summit, 19 June 2024."
                + " Listed beside the map</title>"),
        html);
    assertTrue(html.contains("href=\"#place-putin-kim-summit-pyongyang-2024\""), html);
    assertTrue(html.contains("<g transform=\"translate(811.5 103.4)\">"), html);
    assertTrue(html.contains("r=\"9.6\""), "a numbered marker is larger: " + html);
  }

  @Test
  void aCrowdedPlaceNamesItsFirstSummitsCountsTheRestAndLinksTheListPageThatHoldsThem() {
    WorldMap worldMap = new WorldMap();
    worldMap.load();
    List<WorldMap.Pin<SummitPlace>> pins =
        IntStream.rangeClosed(1, 5)
            .mapToObj(i -> place("summit-" + i, "Summit " + i, 39.0392, 125.7625))
            .map(p -> new WorldMap.Pin<>(p, 39.0392, 125.7625))
            .toList();
    MapView<SummitPlace> map = worldMap.map(MapRegion.EAST_ASIA, pins);
    MapPage.MarkerLink link = MapPage.marker(map.markers().get(0), "/map?region=east-asia", 3, 1);
    assertEquals(
        "5 summits: Summit 1, 19 June 2024; Summit 2, 19 June 2024; Summit 3, 19 June 2024; and 2"
            + " more. Listed beside the map",
        link.label());
    assertEquals("/map?region=east-asia&page=3#place-summit-1", link.href());
    assertEquals(
        "#place-summit-1",
        MapPage.marker(map.markers().get(0), "/map", 1, 1).href(),
        "on the page that lists them, the marker links the list's entry");
    MapView.Marker<String> crowd =
        new MapView.Marker<>(0, 0, java.util.Collections.nCopies(1200, "summit"), null);
    assertEquals("999+", crowd.countLabel(), "four digits would not fit the circle");
    assertTrue(map.clusterRadius(1200) > map.clusterRadius(150));
    assertTrue(map.clusterRadius(150) > map.clusterRadius(12));
  }

  private static SummitPlace place(String slug, String title, double latitude, double longitude) {
    return new SummitPlace(
        1L,
        slug,
        title,
        Edtf.parse("2024-06-19"),
        "Pyongyang",
        null,
        null,
        BigDecimal.valueOf(latitude),
        BigDecimal.valueOf(longitude));
  }
}
