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
 * read again after any change, under the same rule as the page cache ({@link PageCache#epoch}). The
 * search page and the gift list name every country, and reading them through JPA for each request
 * would be a noticeable part of such a page's work.
 */
@ApplicationScoped
public class ArchiveLists {

  @Inject People people;
  @Inject Gifts gifts;
  @Inject PageCache pageCache;

  private final Kept<CountryView> countries = new Kept<>(() -> people.countries());
  private final Kept<CategoryView> categories = new Kept<>(() -> gifts.categories());

  /** The published countries, by name. */
  public List<CountryView> countries() {
    return countries.get();
  }

  /** The gift categories, by name. */
  public List<CategoryView> categories() {
    return categories.get();
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
