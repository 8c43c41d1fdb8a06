package org.summitry.charts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorldMapTest {

  private static final WorldMap MAP = new WorldMap();

  private static final WorldMap.Pin<String> PYONGYANG_2024 =
      new WorldMap.Pin<>("putin-kim-2024", 39.0392, 125.7625);
  private static final WorldMap.Pin<String> PYONGYANG_2018 =
      new WorldMap.Pin<>("inter-korean-2018", 39.0392, 125.7625);
  private static final WorldMap.Pin<String> VOSTOCHNY_2023 =
      new WorldMap.Pin<>("putin-kim-2023", 51.8844, 128.3336);

  @BeforeAll
  static void readBoundaries() {
    MAP.load();
  }

  @Test
  void equatorAndGreenwichMeetInTheMiddleOfTheWorld() {
    double[] p = WorldMap.project(0, 0);
    assertEquals(500, p[0], 1e-9);
    assertEquals(WorldMap.HEIGHT / 2, p[1], 1e-9);
  }

  @Test
  void theAntimeridianAndThePolesAreTheEdges() {
    assertEquals(1000, WorldMap.project(0, 180)[0], 1e-9);
    assertEquals(0, WorldMap.project(0, -180)[0], 1e-9);
    assertEquals(0, WorldMap.project(90, 0)[1], 1e-9);
    assertEquals(WorldMap.HEIGHT, WorldMap.project(-90, 0)[1], 1e-9);
  }

  @Test
  void equalEarthIsAboutTwiceAsWideAsItIsTall() {
    // Šavrič, Patterson and Jenny (2018) give the projection's proportions as 2.05:1.
    assertEquals(2.05, WorldMap.WIDTH / WorldMap.HEIGHT, 0.005);
  }

  @Test
  void knownPlacesFallWhereTheFormulasPutThem() {
    // Expected values worked out separately from the published Equal Earth formulas.
    assertPoint(811.46, 103.38, WorldMap.project(39.0392, 125.7625)); // Pyongyang
    assertPoint(789.48, 64.00, WorldMap.project(51.8844, 128.3336)); // Vostochny Cosmodrome
    assertPoint(309.05, 103.84, WorldMap.project(38.8977, -77.0365)); // Washington
    assertPoint(885.55, 366.15, WorldMap.project(-33.8688, 151.2093)); // Sydney
  }

  @Test
  void theDemosThreeSummitsMakeTwoMarkersOnTheWorldMap() {
    MapView<String> world =
        MAP.map(MapRegion.WORLD, List.of(PYONGYANG_2024, VOSTOCHNY_2023, PYONGYANG_2018));
    assertEquals("0 0 1000 486.7", world.viewBox());
    assertEquals(2, world.markers().size());
    MapView.Marker<String> vostochny = world.markers().get(0);
    assertEquals(List.of("putin-kim-2023"), vostochny.items());
    assertEquals("translate(789.5 64)", vostochny.translate());
    MapView.Marker<String> pyongyang = world.markers().get(1);
    assertEquals(List.of("putin-kim-2024", "inter-korean-2018"), pyongyang.items());
    assertEquals("translate(811.5 103.4)", pyongyang.translate());
    assertNull(pyongyang.zoom(), "two summits at one place stay together at any zoom");
  }

  @Test
  void nearbyPlacesMergeOnTheWorldMapAndZoomApartInTheirRegion() {
    WorldMap.Pin<String> seoul = new WorldMap.Pin<>("seoul", 37.5665, 126.978);
    MapView<String> world = MAP.map(MapRegion.WORLD, List.of(PYONGYANG_2024, seoul));
    assertEquals(1, world.markers().size());
    assertEquals(MapRegion.EAST_ASIA, world.markers().get(0).zoom());

    MapView<String> eastAsia = MAP.map(MapRegion.EAST_ASIA, List.of(PYONGYANG_2024, seoul));
    assertEquals(2, eastAsia.markers().size());
    assertTrue(eastAsia.width() < WorldMap.WIDTH / 3, eastAsia.viewBox());
    assertTrue(eastAsia.markerRadius() < world.markerRadius(), "markers keep their size on screen");
  }

  @Test
  void aRegionLeavesOutPlacesBeyondIt() {
    WorldMap.Pin<String> washington = new WorldMap.Pin<>("washington", 38.8977, -77.0365);
    MapView<String> europe = MAP.map(MapRegion.EUROPE, List.of(PYONGYANG_2024, washington));
    assertTrue(europe.markers().isEmpty());
  }

  @Test
  void theWorldHasLandBordersAndAnOutline() {
    MapView<String> world = MAP.map(MapRegion.WORLD, List.of());
    assertTrue(world.land().startsWith("M"));
    assertTrue(world.land().length() > 20_000, "the continents are drawn");
    assertTrue(world.borders().startsWith("M"));
    assertTrue(world.outline().endsWith("Z"));
  }

  @Test
  void aLocatorMapShowsOnlyTheLandAroundItsPoint() {
    MapView<String> locator = MAP.locator(PYONGYANG_2024);
    MapView<String> world = MAP.map(MapRegion.WORLD, List.of());
    assertTrue(
        locator.land().length() + locator.borders().length() < 3_000,
        "only the land near it, cut to the view: "
            + (locator.land().length() + locator.borders().length())
            + " characters");
    assertTrue(world.land().length() > 10 * locator.land().length());
    MapView.Marker<String> marker = locator.markers().get(0);
    assertTrue(marker.x() > locator.x() && marker.x() < locator.x() + locator.width());
    assertTrue(marker.y() > locator.y() && marker.y() < locator.y() + locator.height());
  }

  @Test
  void regionsAreFoundByTheirAddress() {
    assertEquals(MapRegion.EAST_ASIA, MapRegion.of("east-asia"));
    assertEquals(MapRegion.WORLD, MapRegion.of("atlantis"));
    assertEquals(MapRegion.WORLD, MapRegion.of(null));
  }

  private static void assertPoint(double x, double y, double[] actual) {
    assertEquals(x, actual[0], 0.01, "x");
    assertEquals(y, actual[1], 0.01, "y");
  }
}
