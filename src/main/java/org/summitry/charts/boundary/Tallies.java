package org.summitry.charts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.summitry.charts.control.Refreshing;
import org.summitry.charts.control.TallyReads;
import org.summitry.gifts.boundary.CountryGiftYears;
import org.summitry.gifts.boundary.GiftFlow;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.YearTally;
import org.summitry.people.boundary.People;
import org.summitry.search.boundary.IndexFollowing;
import org.summitry.summits.boundary.SummitPlace;
import org.summitry.summits.boundary.Summits;

/**
 * The figures counted over the whole archive that the home page, the flows, the timeline and the
 * country pages draw: each is a scan of the gift or summit table, too slow in a large archive to
 * repeat for every visitor. Each is kept while the archive stays as it was and counted again in the
 * background after a change ({@link Refreshing}); a page drawn meanwhile shows the last figure and
 * is not kept in the page cache.
 */
@ApplicationScoped
public class Tallies {

  /** How many published entries of each kind the archive holds. */
  public record Counts(long summits, long gifts, long people) {}

  private static final Logger LOG = Logger.getLogger(Tallies.class.getName());

  @Inject Gifts gifts;
  @Inject Summits summits;
  @Inject People people;
  @Inject ArchiveState state;
  @Inject PageFreshness freshness;
  @Inject TallyReads reads;

  private final Map<Long, Refreshing<CountryGiftYears>> countryYears = new ConcurrentHashMap<>();
  private Refreshing<List<GiftFlow>> flows;
  private Refreshing<YearTally> summitYears;
  private Refreshing<Counts> counts;
  private Refreshing<GiftCube> giftCube;
  private Refreshing<List<SummitPlace>> summitPlaces;

  @PostConstruct
  void start() {
    flows = kept(() -> List.copyOf(gifts.flows()));
    summitYears = kept(summits::yearTally);
    counts = kept(() -> new Counts(summits.count(), gifts.count(), people.countPeople()));
    giftCube = kept(() -> GiftCube.of(gifts.facts()));
    summitPlaces = kept(() -> List.copyOf(summits.places()));
  }

  /**
   * Counts every figure in the background once the search index follows the journal after a start
   * (when the archive's state has settled), so that the first visitors do not wait for them: each
   * country's gifts per year in one pass over the gifts, rather than a query per country on its
   * first visit. A figure counted so is only served while the archive stays as it was; after a
   * change the first visitor counts it, as if it had never been counted.
   */
  void countAtStart(@Observes IndexFollowing following) {
    reads.run(this::countEverything);
  }

  void countEverything() {
    try {
      Object at = state.current();
      gifts.yearsOfEveryCountry().forEach((id, years) -> countryYears(id).offer(at, years));
      flows.prime(at);
      summitYears.prime(at);
      counts.prime(at);
      giftCube.prime(at);
      summitPlaces.prime(at);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Counting the archive's figures at start failed; pages count them", e);
    }
  }

  /** Gifts per pair of giver and recipient country. */
  public List<GiftFlow> flows() {
    return flows.get(freshness::behind);
  }

  /** Summits per year. */
  public YearTally summitYears() {
    return summitYears.get(freshness::behind);
  }

  /** The published summits, gifts and people. */
  public Counts counts() {
    return counts.get(freshness::behind);
  }

  /** The published gifts grouped for the statistics. */
  public GiftCube giftCube() {
    return giftCube.get(freshness::behind);
  }

  /** The published summits with a known place, newest first, for the map. */
  public List<SummitPlace> summitPlaces() {
    return summitPlaces.get(freshness::behind);
  }

  /** A country's gifts given and received per year. */
  public CountryGiftYears giftYears(Long countryId) {
    return countryYears(countryId).get(freshness::behind);
  }

  private Refreshing<CountryGiftYears> countryYears(Long countryId) {
    return countryYears.computeIfAbsent(countryId, id -> kept(() -> gifts.yearsOf(id)));
  }

  private <T> Refreshing<T> kept(Supplier<T> reader) {
    return new Refreshing<>(reader, state::current, reads::run, System::nanoTime);
  }
}
