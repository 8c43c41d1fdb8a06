package org.summitry.site.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.summitry.edtf.Edtf;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.kernel.WikidataId;
import org.summitry.media.boundary.PhotoView;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.sources.boundary.ClaimView;
import org.summitry.sources.boundary.SourceView;
import org.summitry.stories.boundary.StoryView;
import org.summitry.summits.boundary.SummitView;

/**
 * schema.org descriptions embedded in pages for search engines and other archives. Every entry is
 * named by its page's address ({@code @id}), so a gift's giver here is the {@code Person} of the
 * giver's own page. The JSON is made safe to sit inside a {@code <script>} element: {@code <},
 * {@code >} and {@code &} are written as Unicode escapes, so no text, however hostile, can close
 * the element or open a comment.
 */
public final class JsonLd {

  /**
   * Looked up once: {@code Json.createObjectBuilder()} and the like look the provider up through
   * the class loader at every call, a cost every list and entry page would pay for its JSON-LD.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final String CONTEXT = "https://schema.org";

  private JsonLd() {}

  /** One item of a list page: its address and name. */
  public record Item(String url, String name) {}

  static String website(PublicLinks links, String name, String description) {
    JsonObjectBuilder site =
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("@type", "WebSite")
            .add("@id", links.home())
            .add("url", links.home())
            .add("name", name);
    optional(site, "description", description);
    return scriptSafe(site.build());
  }

  /** A list page: a {@code CollectionPage} whose main entity lists the entries shown. */
  static String collection(PublicLinks links, String name, String url, List<Item> items) {
    JsonArrayBuilder elements = JSON.createArrayBuilder();
    int position = 1;
    for (Item item : items) {
      elements.add(
          JSON.createObjectBuilder()
              .add("@type", "ListItem")
              .add("position", position++)
              .add("url", item.url())
              .add("name", item.name()));
    }
    return scriptSafe(
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("@type", "CollectionPage")
            .add("@id", url)
            .add("url", url)
            .add("name", name)
            .add("isPartOf", JSON.createObjectBuilder().add("@id", links.home()))
            .add(
                "mainEntity",
                JSON.createObjectBuilder()
                    .add("@type", "ItemList")
                    .add("numberOfItems", items.size())
                    .add("itemListElement", elements))
            .build());
  }

  /**
   * A summit as an {@code Event}: its dates where the EDTF value states them exactly, its place
   * with the host country, and its participants as attendees.
   */
  static String event(
      PublicLinks links,
      SummitView summit,
      CountryView country,
      Collection<PersonView> attendees,
      List<PhotoView> photos) {
    return event(links, summit, country, attendees, photos, List.of());
  }

  /** A summit as an {@code Event}, with the claims its sources make as what it is subject of. */
  static String event(
      PublicLinks links,
      SummitView summit,
      CountryView country,
      Collection<PersonView> attendees,
      List<PhotoView> photos,
      List<ClaimView> claims) {
    String url = links.summit(summit.slug());
    JsonObjectBuilder event =
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("@type", "Event")
            .add("@id", url)
            .add("url", url)
            .add("name", summit.title())
            .add("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
    optional(event, "description", summit.summary());
    sameAs(event, summit.wikidata() == null ? null : summit.wikidata().uri());
    dates(event, summit.date(), "startDate", "endDate");
    String placeName =
        summit.venue() != null
            ? summit.venue()
            : summit.city() != null ? summit.city() : country == null ? null : country.name();
    if (placeName != null || summit.placed()) {
      JsonObjectBuilder place = JSON.createObjectBuilder().add("@type", "Place");
      optional(place, "name", placeName);
      if (summit.placed()) {
        place.add(
            "geo",
            JSON.createObjectBuilder()
                .add("@type", "GeoCoordinates")
                .add("latitude", summit.latitude().stripTrailingZeros())
                .add("longitude", summit.longitude().stripTrailingZeros()));
      }
      JsonObjectBuilder address = JSON.createObjectBuilder().add("@type", "PostalAddress");
      optional(address, "addressLocality", summit.city());
      String city = summit.geonames() == null ? null : summit.geonames().uri();
      JsonObject countryRef = country == null ? null : countryRef(links, country);
      if (country != null) {
        address.add("addressCountry", country.code());
      }
      if (summit.venue() == null || summit.city() == null) {
        // The place is the city itself (or the country): GeoNames names it.
        sameAs(place, summit.city() == null ? null : city);
        if (countryRef != null) {
          place.add("containedInPlace", countryRef);
        }
      } else if (city != null) {
        // A venue within a city that GeoNames names, within the country.
        JsonObjectBuilder within =
            JSON.createObjectBuilder().add("@type", "City").add("name", summit.city());
        sameAs(within, city);
        if (countryRef != null) {
          within.add("containedInPlace", countryRef);
        }
        place.add("containedInPlace", within);
      } else if (countryRef != null) {
        place.add("containedInPlace", countryRef);
      }
      place.add("address", address);
      event.add("location", place);
    }
    if (!attendees.isEmpty()) {
      JsonArrayBuilder people = JSON.createArrayBuilder();
      attendees.forEach(person -> people.add(personRef(links, person)));
      event.add("attendee", people);
    }
    images(links, event, photos);
    if (!claims.isEmpty()) {
      event.add("subjectOf", claims(links, url, claims));
    }
    return scriptSafe(event.build());
  }

  static String person(PublicLinks links, PersonView person) {
    String url = links.person(person.slug());
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("@type", "Person")
            .add("@id", url)
            .add("url", url)
            .add("name", person.name());
    JsonArrayBuilder names = JSON.createArrayBuilder();
    boolean anyName = false;
    if (person.nativeName() != null) {
      names.add(person.nativeName());
      anyName = true;
    }
    for (String alias : person.aliases()) {
      names.add(alias);
      anyName = true;
    }
    if (anyName) {
      json.add("alternateName", names);
    }
    optional(json, "jobTitle", person.title());
    optional(json, "description", person.biography());
    sameAs(json, wikidataUri(person.wikidata()));
    if (person.country() != null) {
      json.add("nationality", countryRef(links, person.country()));
    }
    return scriptSafe(json.build());
  }

  static String country(PublicLinks links, CountryView country) {
    String url = links.country(country.code());
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("@type", "Country")
            .add("@id", url)
            .add("url", url)
            .add("name", country.name())
            .add("identifier", country.code());
    sameAs(json, wikidataUri(country.wikidata()));
    return scriptSafe(json.build());
  }

  /**
   * A cited source as a {@code CreativeWork}: its title, publisher as an organisation, date and the
   * address of the publication itself as {@code sameAs}.
   */
  static String source(PublicLinks links, SourceView source) {
    String url = links.source(source.id());
    JsonObjectBuilder object =
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("@type", "CreativeWork")
            .add("@id", url)
            .add("url", url)
            .add("name", source.title());
    if (source.publisher() != null) {
      object.add(
          "publisher",
          JSON.createObjectBuilder().add("@type", "Organization").add("name", source.publisher()));
    }
    if (source.date() != null) {
      optional(object, "datePublished", source.date().isoStart());
    }
    optional(object, "sameAs", source.webUrl());
    return scriptSafe(object.build());
  }

  /**
   * A gift as a {@code Product} (the object; its category page as the more specific type) and the
   * {@code GiveAction} that handed it over: the giver as agent, the recipient, and the occasion.
   * The summit it was given at is the product's {@code subjectOf} event.
   */
  static String gift(PublicLinks links, GiftCard card, List<PhotoView> photos) {
    return gift(links, card, photos, List.of());
  }

  /**
   * A gift as above, with the claims its sources make ({@code Claim}s, each {@code appearance} in
   * its source) among what the product is {@code subjectOf}.
   */
  static String gift(
      PublicLinks links, GiftCard card, List<PhotoView> photos, List<ClaimView> claims) {
    GiftView gift = card.gift();
    String url = links.gift(gift.slug());
    JsonObjectBuilder product =
        JSON.createObjectBuilder()
            .add("@type", "Product")
            .add("@id", url)
            .add("url", url)
            .add("name", gift.title());
    optional(product, "description", gift.description());
    if (gift.category() != null) {
      product.add("category", gift.category().name());
      product.add("additionalType", links.path("gifts?category=" + gift.category().slug()));
    }
    images(links, product, photos);
    JsonObjectBuilder action =
        JSON.createObjectBuilder()
            .add("@type", "GiveAction")
            .add("@id", url + "#given")
            .add("object", JSON.createObjectBuilder().add("@id", url));
    JsonObject giver = party(links, card.giverPerson(), card.giverCountry());
    if (giver != null) {
      action.add("agent", giver);
    }
    JsonObject recipient = party(links, card.recipientPerson(), card.recipientCountry());
    if (recipient != null) {
      action.add("recipient", recipient);
    }
    dates(action, gift.date(), "startTime", "endTime");
    JsonObjectBuilder occasion = null;
    if (card.summit() != null) {
      occasion =
          JSON.createObjectBuilder()
              .add("@type", "Event")
              .add("@id", links.summit(card.summit().slug()))
              .add("name", card.summit().title());
    } else if (gift.occasion() != null && !gift.occasion().isBlank()) {
      occasion = JSON.createObjectBuilder().add("@type", "Event").add("name", gift.occasion());
    }
    if (claims.isEmpty()) {
      if (occasion != null) {
        product.add("subjectOf", occasion);
      }
    } else {
      JsonArrayBuilder subjects = JSON.createArrayBuilder();
      if (occasion != null) {
        subjects.add(occasion);
      }
      claims(links, url, claims).build().forEach(subjects::add);
      product.add("subjectOf", subjects);
    }
    return scriptSafe(
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("@graph", JSON.createArrayBuilder().add(product).add(action))
            .build());
  }

  /**
   * A story as an {@code Article}: its headline and lede, when it was first published and last
   * changed, the archive as publisher, its photos as images, and the summits and gifts it embeds as
   * what it is {@code about}.
   */
  static String story(
      PublicLinks links,
      StoryView story,
      OffsetDateTime published,
      List<PhotoView> photos,
      List<Item> about) {
    String url = links.story(story.slug());
    JsonObjectBuilder article =
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("@type", "Article")
            .add("@id", url)
            .add("url", url)
            .add("mainEntityOfPage", url)
            .add("headline", story.title())
            .add(
                "publisher",
                JSON.createObjectBuilder()
                    .add("@type", "Organization")
                    .add("name", Messages.get("site.name"))
                    .add("url", links.home()));
    optional(article, "description", story.lede());
    if (published != null) {
      article.add("datePublished", published.toInstant().toString());
    }
    if (story.updated() != null) {
      article.add("dateModified", story.updated().toInstant().toString());
    }
    images(links, article, photos);
    if (!about.isEmpty()) {
      JsonArrayBuilder subjects = JSON.createArrayBuilder();
      about.forEach(
          item ->
              subjects.add(
                  JSON.createObjectBuilder().add("@id", item.url()).add("name", item.name())));
      article.add("about", subjects);
    }
    return scriptSafe(article.build());
  }

  static String imageObject(PhotoView photo, URI base) {
    return imageObject(photo, base, List.of());
  }

  /** A photo as an {@code ImageObject}, with the claims its sources make of it. */
  static String imageObject(PhotoView photo, URI base, List<ClaimView> claims) {
    PublicLinks links = new PublicLinks(base);
    String url = links.photo(photo.id());
    JsonObjectBuilder image =
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("@type", "ImageObject")
            .add("@id", url)
            .add("url", url)
            .add("contentUrl", links.path(photo.fileUrl()))
            .add("thumbnailUrl", links.path(photo.sized(400)))
            .add("width", photo.width())
            .add("height", photo.height())
            .add("encodingFormat", photo.mediaType());
    optional(image, "caption", photo.caption());
    optional(image, "name", photo.headline());
    optional(image, "creditText", photo.creditLine());
    optional(image, "copyrightNotice", photo.copyrightNotice());
    optional(image, "license", photo.licenceWebUrl());
    optional(image, "description", photo.altText());
    if (photo.creator() != null) {
      image.add(
          "creator",
          JSON.createObjectBuilder().add("@type", "Person").add("name", photo.creator()));
    }
    if (photo.taken() != null && photo.taken().htmlDatetime() != null) {
      image.add("dateCreated", photo.taken().htmlDatetime());
    }
    if (photo.location() != null) {
      image.add(
          "contentLocation",
          JSON.createObjectBuilder().add("@type", "Place").add("name", photo.location()));
    }
    if (!claims.isEmpty()) {
      image.add("subjectOf", claims(links, url, claims));
    }
    return scriptSafe(image.build());
  }

  /**
   * Claims as schema.org {@code Claim}s about the entry at {@code url}: {@code name} the fact
   * ("value"), {@code text} what the source states when it differs from the entry, {@code
   * appearance} the source, {@code creativeWorkStatus} the certainty ("reported"), {@code position}
   * 1 for the preferred claim of its fact and 2 for the others, {@code description} the curator's
   * note.
   */
  private static JsonArrayBuilder claims(PublicLinks links, String url, List<ClaimView> claims) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (ClaimView claim : claims) {
      SourceView source = claim.source();
      JsonObjectBuilder appearance =
          JSON.createObjectBuilder()
              .add("@type", "CreativeWork")
              .add("@id", links.source(source.id()))
              .add("name", source.title());
      if (source.publisher() != null) {
        appearance.add(
            "publisher",
            JSON.createObjectBuilder()
                .add("@type", "Organization")
                .add("name", source.publisher()));
      }
      optional(appearance, "sameAs", source.webUrl());
      JsonObjectBuilder node =
          JSON.createObjectBuilder()
              .add("@type", "Claim")
              .add("about", JSON.createObjectBuilder().add("@id", url))
              .add("name", claim.fact())
              .add("appearance", appearance)
              .add("creativeWorkStatus", claim.certainty().key())
              .add("position", claim.preferred() ? 1 : 2);
      optional(node, "text", claim.stated());
      optional(node, "description", claim.note());
      array.add(node);
    }
    return array;
  }

  /** JSON that cannot end the script element it sits in. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static String scriptSafe(JsonObject json) {
    return scriptSafe(json.toString());
  }

  private static JsonObject personRef(PublicLinks links, PersonView person) {
    JsonObjectBuilder ref =
        JSON.createObjectBuilder()
            .add("@type", "Person")
            .add("@id", links.person(person.slug()))
            .add("name", person.name());
    sameAs(ref, wikidataUri(person.wikidata()));
    return ref.build();
  }

  private static JsonObject countryRef(PublicLinks links, CountryView country) {
    JsonObjectBuilder ref =
        JSON.createObjectBuilder()
            .add("@type", "Country")
            .add("@id", links.country(country.code()))
            .add("name", country.name());
    sameAs(ref, wikidataUri(country.wikidata()));
    return ref.build();
  }

  private static String wikidataUri(WikidataId item) {
    return item == null ? null : item.uri();
  }

  /** The same thing in an authority file, as its URI, when there is one. */
  private static void sameAs(JsonObjectBuilder object, String uri) {
    if (uri != null) {
      object.add("sameAs", JSON.createArrayBuilder().add(uri));
    }
  }

  /** A giver or recipient: the person when known, else the country. */
  private static JsonObject party(PublicLinks links, PersonView person, CountryView country) {
    if (person != null) {
      return personRef(links, person);
    }
    return country == null ? null : countryRef(links, country);
  }

  private static void dates(JsonObjectBuilder object, Edtf date, String start, String end) {
    if (date == null) {
      return;
    }
    optional(object, start, date.isoStart());
    optional(object, end, date.isoEnd());
  }

  private static void images(PublicLinks links, JsonObjectBuilder object, List<PhotoView> photos) {
    if (photos.isEmpty()) {
      return;
    }
    JsonArrayBuilder images = JSON.createArrayBuilder();
    photos.stream()
        .filter(Objects::nonNull)
        .forEach(photo -> images.add(links.path(photo.sized(1600))));
    object.add("image", images);
  }

  private static void optional(JsonObjectBuilder object, String name, String value) {
    if (value != null && !value.isBlank()) {
      object.add(name, value);
    }
  }
}
