package org.summitry.site.boundary;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.summitry.gifts.boundary.GiftFilter;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.Page;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.search.boundary.ListOrder;
import org.summitry.search.boundary.Listing;
import org.summitry.search.boundary.Search;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/**
 * List pages whose order and counts come from the search index and whose rows from the database.
 */
public final class Lists {

  private Lists() {}

  /**
   * The entries of a page of ids in the index's order; an entry unpublished since the index last
   * caught up (a second or two) is left out rather than shown.
   */
  static <T> Page<T> inOrder(Page<Long> ids, Map<Long, T> found) {
    return new Page<>(
        ids.items().stream().map(found::get).filter(Objects::nonNull).toList(),
        ids.number(),
        ids.size(),
        ids.total(),
        ids.reachable());
  }

  /**
   * A list's address with its filters ({@code a=1&b=2}, or empty) and page, as its canonical link.
   */
  public static String path(String list, String filters, int page) {
    StringBuilder path = new StringBuilder(list);
    if (!filters.isEmpty()) {
      path.append('?').append(filters);
    }
    if (page > 1) {
      path.append(filters.isEmpty() ? '?' : '&').append("page=").append(page);
    }
    return path.toString();
  }

  /**
   * A page of gifts, newest first, as the index lists them ({@code listing}); from the database
   * ({@code filter}, the same gifts) while the index is not ready. The index counts them without
   * the database's scan over every matching gift.
   */
  public static Page<GiftView> gifts(
      Search search, Gifts gifts, Listing listing, GiftFilter filter, int page, int size) {
    return search
        .list(listing, ListOrder.NEWEST, page, size)
        .map(ids -> inOrder(ids, gifts.giftsByIds(ids.items())))
        .orElseGet(() -> gifts.gifts(filter, page, size));
  }

  /**
   * A page of summits in {@code order}, as the index lists them ({@code listing}); from the
   * database ({@code fallback}, the same summits) while the index is not ready.
   */
  public static Page<SummitView> summits(
      Search search,
      Summits summits,
      Listing listing,
      ListOrder order,
      int page,
      int size,
      Supplier<Page<SummitView>> fallback) {
    return search
        .list(listing, order, page, size)
        .map(ids -> inOrder(ids, summits.summitsByIds(ids.items())))
        .orElseGet(fallback);
  }

  /**
   * A page of people by name, all of them or those of one {@code country}, as the index lists them;
   * from the database while the index is not ready.
   */
  public static Page<PersonView> people(
      Search search, People people, CountryView country, int page, int size) {
    Listing listing =
        country == null
            ? Listing.of("person")
            : Listing.of("person").key("country", country.code());
    return search
        .list(listing, ListOrder.TITLE, page, size)
        .map(ids -> inOrder(ids, people.peopleByIds(ids.items())))
        .orElseGet(
            () ->
                country == null
                    ? people.people(page, size)
                    : people.peopleOf(country.id(), page, size));
  }
}
