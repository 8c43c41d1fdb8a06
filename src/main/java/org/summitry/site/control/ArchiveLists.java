package org.summitry.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;

/**
 * The short lists many public pages show or name things from (every published country, every
 * category), read from the database once and then kept while the archive stays as it was: they are
 * read again after any change, under the same rule as the page cache ({@link PageCache#epoch}).
 * Reading the 200 countries through JPA on each search page was about a tenth of its CPU time.
 */
@ApplicationScoped
public class ArchiveLists {

  @Inject People people;
  @Inject Gifts gifts;
  @Inject PageCache pageCache;

  /** A list and the state of the archive it was read in. */
  private record Held<T>(PageCache.Epoch epoch, List<T> items) {}

  private volatile Held<CountryView> countries;
  private volatile Held<CategoryView> categories;

  /** The published countries, by name. */
  public List<CountryView> countries() {
    PageCache.Epoch now = pageCache.epoch();
    Held<CountryView> held = countries;
    if (held == null || !held.epoch().equals(now)) {
      held = read(now, people::countries);
      countries = held;
    }
    return held.items();
  }

  /** The gift categories, by name. */
  public List<CategoryView> categories() {
    PageCache.Epoch now = pageCache.epoch();
    Held<CategoryView> held = categories;
    if (held == null || !held.epoch().equals(now)) {
      held = read(now, gifts::categories);
      categories = held;
    }
    return held.items();
  }

  /**
   * Reads a list under the epoch taken before reading: a change committed while it is read moves
   * the epoch on, so the list is read again at the next call rather than kept out of date.
   */
  private static <T> Held<T> read(PageCache.Epoch epoch, Supplier<List<T>> reader) {
    return new Held<>(epoch, List.copyOf(reader.get()));
  }
}
