package org.summitry.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.GiftFilter;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.search.boundary.GiftChoices;
import org.summitry.search.boundary.Listing;
import org.summitry.search.boundary.Search;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/**
 * The short lists many public pages show or name things from (every published country, every
 * category; the home page's newest summits and gifts), read from the database once and then kept
 * while the archive stays as it was: they are read again after any change, under the same rule as
 * the page cache ({@link PageCache#epoch}). The search page and the gift list name every country,
 * and reading them through JPA for each request would be a noticeable part of such a page's work.
 */
@ApplicationScoped
public class ArchiveLists {

  @Inject People people;
  @Inject Gifts gifts;
  @Inject PageCache pageCache;
  @Inject Summits summits;
  @Inject Search search;

  /** How many of the newest summits and gifts the home page shows. */
  public static final int NEWEST_SUMMITS = 4;

  public static final int NEWEST_GIFTS = 6;

  private final Kept<CountryView> countries = new Kept<>(() -> people.countries());
  private final Kept<CategoryView> categories = new Kept<>(() -> gifts.categories());
  private final Kept<SummitView> newestSummits = new Kept<>(() -> summits.latest(NEWEST_SUMMITS));
  private final Kept<GiftView> newestGifts =
      new Kept<>(
          () ->
              GiftChoices.list(
                      search, gifts, Listing.of("gift"), GiftFilter.none(), 1, NEWEST_GIFTS)
                  .items());

  /** The published countries, by name. */
  public List<CountryView> countries() {
    return countries.get();
  }

  /** The gift categories, by name. */
  public List<CategoryView> categories() {
    return categories.get();
  }

  /** The newest published summits, {@link #NEWEST_SUMMITS} of them, in their own language. */
  public List<SummitView> newestSummits() {
    return newestSummits.get();
  }

  /** The newest published gifts, {@link #NEWEST_GIFTS} of them, as the gift list orders them. */
  public List<GiftView> newestGifts() {
    return newestGifts.get();
  }

  /** A list and the state of the archive it was read in. */
  private record Held<T>(PageCache.Epoch epoch, List<T> items) {}

  /** One list, read again when the archive's state is no longer the one it was read in. */
  private final class Kept<T> {
    private final Supplier<List<T>> reader;
    private volatile Held<T> held;

    Kept(Supplier<List<T>> reader) {
      this.reader = reader;
    }

    /**
     * The list, read under the epoch taken before reading: a change committed while it is read
     * moves the epoch on, so the list is read again at the next call rather than kept out of date.
     */
    List<T> get() {
      PageCache.Epoch now = pageCache.epoch();
      Held<T> current = held;
      if (current == null || !current.epoch().equals(now)) {
        current = new Held<>(now, List.copyOf(reader.get()));
        held = current;
      }
      return current.items();
    }
  }
}
