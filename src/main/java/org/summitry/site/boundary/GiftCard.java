package org.summitry.site.boundary;

import org.summitry.gifts.boundary.GiftView;
import org.summitry.media.boundary.PhotoView;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;
import org.summitry.summits.boundary.SummitView;

/** A gift with the parties, occasion and first photo it links to, ready for a template. */
public record GiftCard(
    GiftView gift,
    PersonView giverPerson,
    CountryView giverCountry,
    PersonView recipientPerson,
    CountryView recipientCountry,
    SummitView summit,
    PhotoView photo) {

  /**
   * The card as HTML for {@code th:utext}, with links under {@code contextPath}: an {@code
   * <article>} written by {@link GiftCardHtml}, since pages show many cards; no template fragment
   * draws it.
   */
  public String html(String contextPath) {
    return GiftCardHtml.write(this, contextPath);
  }
}
