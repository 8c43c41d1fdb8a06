package org.summitry.site.boundary.summits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.summitry.charts.boundary.MapRegion;
import org.summitry.charts.boundary.MapView;
import org.summitry.charts.boundary.Tallies;
import org.summitry.charts.boundary.WorldMap;
import org.summitry.summits.boundary.SummitPlace;

/**
 * The map of each region as the summits' places stand: markers clustered once per region and kept
 * while the kept list of places ({@link Tallies#summitPlaces()}) is the same, so that a large
 * archive's map pages cost their rendering only.
 */
@ApplicationScoped
public class SummitMaps {

  /**
   * One region's map: its markers, the summits they stand for in the list's order (newest first),
   * and each summit's place in that list.
   */
  public record RegionMap(
      MapView<SummitPlace> view, List<SummitPlace> listed, Map<SummitPlace, Integer> position) {}

  private record Kept(List<SummitPlace> places, Map<MapRegion, RegionMap> regions) {}

  @Inject Tallies tallies;
  @Inject WorldMap worldMap;

  private volatile Kept kept = new Kept(null, Map.of());

  /** The published summits with a known place, newest first. */
  public List<SummitPlace> places() {
    return tallies.summitPlaces();
  }

  /** The map of {@code region} drawn from {@link #places()}. */
  public RegionMap of(MapRegion region) {
    List<SummitPlace> places = places();
    Kept now = kept;
    if (now.places() != places) {
      now = new Kept(places, new ConcurrentHashMap<>());
      kept = now;
    }
    return now.regions().computeIfAbsent(region, r -> draw(r, places));
  }

  private RegionMap draw(MapRegion region, List<SummitPlace> places) {
    List<WorldMap.Pin<SummitPlace>> pins =
        places.stream()
            .map(
                p -> new WorldMap.Pin<>(p, p.latitude().doubleValue(), p.longitude().doubleValue()))
            .toList();
    MapView<SummitPlace> view = worldMap.map(region, pins);
    Set<SummitPlace> shown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    view.markers().forEach(m -> shown.addAll(m.items()));
    List<SummitPlace> listed = places.stream().filter(shown::contains).toList();
    Map<SummitPlace, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < listed.size(); i++) {
      position.put(listed.get(i), i);
    }
    return new RegionMap(view, listed, position);
  }
}
