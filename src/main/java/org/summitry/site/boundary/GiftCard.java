package org.summitry.site.boundary;

import org.summitry.gifts.boundary.GiftView;
import org.summitry.media.boundary.PhotoView;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;
import org.summitry.summits.boundary.SummitView;
import org.unbescape.uri.UriEscape;

/**
 * A gift with the parties, occasion and first photo it links to, drawn by the {@code giftCard}
 * fragment of {@code fragments.html}; {@code titleTranslated} when the gift's title is in the
 * page's language, translated, rather than in the gift's own.
 */
public record GiftCard(
    GiftView gift,
    PersonView giverPerson,
    CountryView giverCountry,
    PersonView recipientPerson,
    CountryView recipientCountry,
    SummitView summit,
    PhotoView photo,
    boolean titleTranslated) {

  /** A card in the gift's own language. */
  public GiftCard(
      GiftView gift,
      PersonView giverPerson,
      CountryView giverCountry,
      PersonView recipientPerson,
      CountryView recipientCountry,
      SummitView summit,
      PhotoView photo) {
    this(gift, giverPerson, giverCountry, recipientPerson, recipientCountry, summit, photo, false);
  }

  /** The gift's page within the site, its slug one path segment whatever it holds. */
  public String href() {
    return "/gifts/" + UriEscape.escapeUriPathSegment(gift.slug());
  }
}
