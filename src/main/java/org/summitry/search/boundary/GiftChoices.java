package org.summitry.search.boundary;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.GiftFilter;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.Page;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;

/**
 * What a gift list was narrowed to, read once by the public list and the API alike: a category, the
 * giver's and the recipient's countries and people, a year; null narrows nothing. The search index
 * lists the gifts chosen; the database does while the index is not ready.
 */
public record GiftChoices(
    CategoryView category,
    CountryView giverCountry,
    CountryView recipientCountry,
    PersonView giver,
    PersonView recipient,
    Integer year) {

  /** The choices as the database's filter. */
  public GiftFilter filter() {
    return new GiftFilter(
        category == null ? null : category.id(),
        giverCountry == null ? null : giverCountry.id(),
        recipientCountry == null ? null : recipientCountry.id(),
        giver == null ? null : giver.id(),
        recipient == null ? null : recipient.id(),
        year);
  }

  /** The choices as the index's listing of gifts. */
  public Listing listing() {
    return Listing.of("gift")
        .facet("category", category == null ? null : category.slug())
        .facet("giver", giverCountry == null ? null : giverCountry.code())
        .facet("recipient", recipientCountry == null ? null : recipientCountry.code())
        .key("giver_person", giver == null ? null : giver.id())
        .key("recipient_person", recipient == null ? null : recipient.id())
        .inYear(year);
  }

  /** A page of the gifts chosen, newest first. */
  public Page<GiftView> list(Search search, Gifts gifts, int page, int size) {
    return list(search, gifts, listing(), filter(), page, size);
  }

  /**
   * A page of the gifts chosen, newest first, the gifts the index lists read by {@code byIds} (a
   * public page's reads kept while the archive stays as it was) rather than by {@code gifts}.
   */
  public Page<GiftView> list(
      Search search,
      Gifts gifts,
      Function<Collection<Long>, Map<Long, GiftView>> byIds,
      int page,
      int size) {
    return list(search, gifts, byIds, listing(), filter(), page, size);
  }

  /**
   * A page of gifts, newest first, as the index lists them ({@code listing}); from the database
   * ({@code filter}, the same gifts) while the index is not ready. The index counts them without
   * the database's scan over every matching gift.
   */
  public static Page<GiftView> list(
      Search search, Gifts gifts, Listing listing, GiftFilter filter, int page, int size) {
    return list(search, gifts, gifts::giftsByIds, listing, filter, page, size);
  }

  /** As above, the gifts the index lists read by {@code byIds}. */
  public static Page<GiftView> list(
      Search search,
      Gifts gifts,
      Function<Collection<Long>, Map<Long, GiftView>> byIds,
      Listing listing,
      GiftFilter filter,
      int page,
      int size) {
    return search
        .list(listing, ListOrder.NEWEST, page, size)
        .map(ids -> Page.inOrder(ids, byIds.apply(ids.items())))
        .orElseGet(() -> gifts.gifts(filter, page, size));
  }
}
