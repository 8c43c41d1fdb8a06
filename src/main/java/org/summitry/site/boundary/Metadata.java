package org.summitry.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.media.boundary.PhotoView;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.PageMeta;
import org.summitry.platform.boundary.PublicAddress;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.sources.boundary.ClaimView;
import org.summitry.sources.boundary.SourceView;
import org.summitry.stories.boundary.StoryView;
import org.summitry.summits.boundary.SummitView;

/**
 * What each public page tells search engines and link previews: its canonical address, title,
 * description, photo and schema.org JSON-LD, at the archive's public address.
 */
@ApplicationScoped
public class Metadata {

  @Inject PublicAddress address;

  public PublicLinks links() {
    return new PublicLinks(address.base());
  }

  public PageMeta home() {
    PublicLinks links = links();
    String name = Messages.get("site.name");
    String tagline = Messages.get("site.tagline");
    return PageMeta.of(name, Messages.get("home.lead"), "website", links.home())
        .withJsonLd(JsonLd.website(links, name, tagline));
  }

  /** A list page at {@code path} ("/gifts?category=animal"), with the entries it shows. */
  public PageMeta list(String titleKey, String leadKey, String path, List<JsonLd.Item> items) {
    PublicLinks links = links();
    String url = links.path(path);
    String title = Messages.get(titleKey);
    return PageMeta.of(title, leadKey == null ? null : Messages.get(leadKey), "website", url)
        .withJsonLd(JsonLd.collection(links, title, url, items));
  }

  public PageMeta summit(
      SummitView summit,
      CountryView country,
      Collection<PersonView> attendees,
      List<PhotoView> photos,
      List<ClaimView> claims) {
    PublicLinks links = links();
    return withPhoto(
        PageMeta.of(summit.title(), summit.summary(), "article", links.summit(summit.slug()))
            .withJsonLd(JsonLd.event(links, summit, country, attendees, photos, claims))
            .withData(links.api("summits", summit.slug())),
        links,
        photos);
  }

  public PageMeta gift(GiftCard card, List<PhotoView> photos, List<ClaimView> claims) {
    PublicLinks links = links();
    GiftView gift = card.gift();
    return withPhoto(
        PageMeta.of(gift.title(), gift.description(), "article", links.gift(gift.slug()))
            .withJsonLd(JsonLd.gift(links, card, photos, claims))
            .withData(links.api("gifts", gift.slug())),
        links,
        photos);
  }

  public PageMeta person(PersonView person) {
    PublicLinks links = links();
    return PageMeta.of(
            person.name(),
            person.biography() != null ? person.biography() : person.title(),
            "profile",
            links.person(person.slug()))
        .withJsonLd(JsonLd.person(links, person))
        .withData(links.api("people", person.slug()));
  }

  public PageMeta country(CountryView country) {
    PublicLinks links = links();
    return PageMeta.of(country.name(), null, "website", links.country(country.code()))
        .withJsonLd(JsonLd.country(links, country))
        .withData(links.api("countries", country.code().toLowerCase(java.util.Locale.ROOT)));
  }

  public PageMeta source(SourceView source) {
    PublicLinks links = links();
    return PageMeta.of(
            source.title(),
            source.publisher() == null
                ? Messages.get("sources.page.lead.anonymous")
                : Messages.get("sources.page.lead", source.publisher()),
            "article",
            links.source(source.id()))
        .withJsonLd(JsonLd.source(links, source))
        .withData(links.api("sources", Long.toString(source.id())));
  }

  public PageMeta photo(PhotoView photo, List<ClaimView> claims) {
    PublicLinks links = links();
    String title = photo.headline() != null ? photo.headline() : Messages.get("photos.title");
    return PageMeta.of(
            title,
            photo.caption() != null ? photo.caption() : photo.altText(),
            "article",
            links.photo(photo.id()))
        .withImage(links.path(photo.sized(1600)), photo.altText())
        .withJsonLd(JsonLd.imageObject(photo, links.base(), claims))
        .withData(links.api("photos", Long.toString(photo.id())));
  }

  public PageMeta story(
      StoryView story, OffsetDateTime published, List<PhotoView> photos, List<JsonLd.Item> about) {
    PublicLinks links = links();
    return withPhoto(
        PageMeta.of(story.title(), story.lede(), "article", links.story(story.slug()))
            .withJsonLd(JsonLd.story(links, story, published, photos, about)),
        links,
        photos);
  }

  private static PageMeta withPhoto(PageMeta meta, PublicLinks links, List<PhotoView> photos) {
    if (photos.isEmpty()) {
      return meta;
    }
    PhotoView first = photos.get(0);
    return meta.withImage(links.path(first.sized(1600)), first.altText());
  }
}
