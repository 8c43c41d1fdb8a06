package org.summitry.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.summitry.gifts.boundary.GiftParties;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.PersonView;
import org.summitry.summits.boundary.SummitView;
import org.summitry.translations.boundary.Translation;

/**
 * Gift cards: gifts with their parties ({@link GiftParties}), first photos and titles in the page's
 * language, each kind looked up once per list rather than once per gift.
 */
@ApplicationScoped
public class GiftCards {

  @Inject Gifts gifts;
  @Inject Photos photos;
  @Inject EntryTexts texts;

  public List<GiftCard> of(List<GiftView> gifts) {
    return of(gifts, Map.of(), Map.of());
  }

  /**
   * Cards for {@code gifts}, reading only the people and summits the page has not read already (a
   * summit's page knows its participants and itself); the countries of people read here are not
   * read again.
   */
  public List<GiftCard> of(
      List<GiftView> gifts, Map<Long, PersonView> knownPeople, Map<Long, SummitView> knownSummits) {
    List<GiftParties> joined =
        GiftParties.of(
            gifts,
            this.gifts.publicParties().withCountriesOfPeople().knowing(knownPeople, knownSummits));
    Map<Long, PhotoView> pictures =
        photos.firstPhotos(EntryType.GIFT, gifts.stream().map(GiftView::id).toList());
    Map<Long, Translation> translated = texts.gifts(gifts.stream().map(GiftView::id).toList());
    return joined.stream()
        .map(
            g -> {
              Translation translation = translated.get(g.gift().id());
              return new GiftCard(
                  g.gift().translated(translation),
                  g.giverPerson(),
                  g.giverCountry(),
                  g.recipientPerson(),
                  g.recipientCountry(),
                  g.summit(),
                  pictures.get(g.gift().id()),
                  translation != null && translation.title() != null);
            })
        .toList();
  }

  public GiftCard of(GiftView gift) {
    return of(List.of(gift)).get(0);
  }
}
