package org.summitry.site.boundary;

import java.util.function.Supplier;
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
        .map(ids -> Page.inOrder(ids, summits.summitsByIds(ids.items())))
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
        .map(ids -> Page.inOrder(ids, people.peopleByIds(ids.items())))
        .orElseGet(
            () ->
                country == null
                    ? people.people(page, size)
                    : people.peopleOf(country.id(), page, size));
  }
}
