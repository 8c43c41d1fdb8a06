package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.edtf.Edtf;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.media.boundary.PhotoView;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.summits.boundary.SummitView;

class JsonLdTest {

  @Test
  void aPhotoIsDescribedAsAnImageObjectThatNoCaptionCanBreakOutOf() {
    PhotoView photo =
        new PhotoView(
            7L,
            "a".repeat(64),
            "image/jpeg",
            1200,
            800,
            "Dogs </script><script>alert(1)</script> & roses",
            "Pungsan dogs",
            "KCNA via REUTERS",
            "KCNA",
            "KCNA",
            Edtf.parse("2024-06-19"),
            "Kumsusan Guesthouse",
            "Pyongyang",
            "North Korea",
            null,
            "javascript:alert(1)",
            "Two dogs",
            false);
    String json = JsonLd.imageObject(photo, URI.create("https://summitry.example/"));
    assertFalse(
        json.contains("</script>") || json.contains("<"), "no markup can end the script element");
    JsonObject parsed = Json.createReader(new StringReader(json)).readObject();
    assertEquals("ImageObject", parsed.getString("@type"));
    assertEquals(
        "Dogs </script><script>alert(1)</script> & roses",
        parsed.getString("caption"),
        "the text itself is intact");
    assertEquals("KCNA via REUTERS", parsed.getString("creditText"));
    assertEquals(
        "https://summitry.example/files/" + "a".repeat(64), parsed.getString("contentUrl"));
    assertEquals("2024-06-19", parsed.getString("dateCreated"));
    assertTrue(!parsed.containsKey("license"), "a javascript: licence is not offered as a link");
  }

  private static final PublicLinks LINKS =
      new PublicLinks(URI.create("https://summitry.example/archive/"));
  private static final String HOSTILE = "Talks </script><script>alert(1)</script> <!-- & more";
  private static final CountryView KOREA = new CountryView(1L, "KP", "North Korea");
  private static final PersonView KIM =
      new PersonView(
          2L, "kim-jong-un", "Kim Jong Un", "김정은", List.of("Kim Jong-un"), null, KOREA, null);
  private static final PersonView PUTIN =
      new PersonView(3L, "vladimir-putin", "Vladimir Putin", null, List.of(), null, null, null);

  @Test
  void entriesLinkedToAuthorityFilesSayWhatTheyAreTheSameAs() {
    CountryView northKorea = new CountryView(1L, "KP", "North Korea", "Q423");
    PersonView kim =
        new PersonView(
            2L, "kim-jong-un", "Kim Jong Un", null, List.of(), null, northKorea, null, "Q56226");

    JsonObject person = parse(JsonLd.person(LINKS, kim));
    assertEquals(
        List.of("http://www.wikidata.org/entity/Q56226"),
        person.getJsonArray("sameAs").getValuesAs(JsonString::getString));
    assertEquals(
        "http://www.wikidata.org/entity/Q423",
        person.getJsonObject("nationality").getJsonArray("sameAs").getString(0));
    assertEquals(
        "http://www.wikidata.org/entity/Q423",
        parse(JsonLd.country(LINKS, northKorea)).getJsonArray("sameAs").getString(0));
    assertFalse(parse(JsonLd.person(LINKS, PUTIN)).containsKey("sameAs"), "none without a link");

    SummitView inCity =
        new SummitView(
            11L,
            "s",
            "S",
            null,
            "Pyongyang",
            null,
            1L,
            null,
            List.of(),
            null,
            1871859L,
            null,
            null);
    JsonObject place =
        parse(JsonLd.event(LINKS, inCity, northKorea, List.of(), List.of()))
            .getJsonObject("location");
    assertEquals("Pyongyang", place.getString("name"));
    assertEquals("https://sws.geonames.org/1871859/", place.getJsonArray("sameAs").getString(0));
    assertEquals(
        "https://summitry.example/archive/countries/kp",
        place.getJsonObject("containedInPlace").getString("@id"));

    SummitView atVenue =
        new SummitView(
            12L,
            "t",
            "T",
            null,
            "Pyongyang",
            "Kumsusan Guesthouse",
            1L,
            null,
            List.of(),
            "Q1",
            1871859L,
            null,
            null);
    JsonObject event = parse(JsonLd.event(LINKS, atVenue, northKorea, List.of(), List.of()));
    assertEquals("http://www.wikidata.org/entity/Q1", event.getJsonArray("sameAs").getString(0));
    JsonObject venue = event.getJsonObject("location");
    assertFalse(venue.containsKey("sameAs"), "the venue is not the city");
    JsonObject city = venue.getJsonObject("containedInPlace");
    assertEquals("City", city.getString("@type"));
    assertEquals("https://sws.geonames.org/1871859/", city.getJsonArray("sameAs").getString(0));
    assertEquals(
        "https://summitry.example/archive/countries/kp",
        city.getJsonObject("containedInPlace").getString("@id"));
  }

  @Test
  void aSummitIsAnEventWithExactDatesItsPlaceAndItsAttendees() {
    SummitView summit =
        new SummitView(
            10L,
            "inter-korean-summit-2018",
            HOSTILE,
            Edtf.parse("2018-09-18/2018-09-20"),
            "Pyongyang",
            "Paekhwawon Guesthouse",
            1L,
            "Three days",
            List.of(),
            null,
            null,
            new BigDecimal("39.039200"),
            new BigDecimal("125.762500"));
    String json = JsonLd.event(LINKS, summit, KOREA, List.of(KIM, PUTIN), List.of());
    assertNoBreakOut(json);
    JsonObject event = parse(json);
    assertEquals("Event", event.getString("@type"));
    assertEquals(HOSTILE, event.getString("name"));
    assertEquals(
        "https://summitry.example/archive/summits/inter-korean-summit-2018",
        event.getString("@id"));
    assertEquals("2018-09-18", event.getString("startDate"));
    assertEquals("2018-09-20", event.getString("endDate"));
    JsonObject place = event.getJsonObject("location");
    assertEquals("Place", place.getString("@type"));
    assertEquals("Paekhwawon Guesthouse", place.getString("name"));
    assertEquals("Pyongyang", place.getJsonObject("address").getString("addressLocality"));
    assertEquals("KP", place.getJsonObject("address").getString("addressCountry"));
    JsonObject geo = place.getJsonObject("geo");
    assertEquals("GeoCoordinates", geo.getString("@type"));
    assertEquals(39.0392, geo.getJsonNumber("latitude").doubleValue(), 1e-9);
    assertEquals(125.7625, geo.getJsonNumber("longitude").doubleValue(), 1e-9);
    assertEquals(
        "https://summitry.example/archive/countries/kp",
        place.getJsonObject("containedInPlace").getString("@id"));
    JsonArray attendees = event.getJsonArray("attendee");
    assertEquals(2, attendees.size());
    assertEquals(
        "https://summitry.example/archive/people/kim-jong-un",
        attendees.getJsonObject(0).getString("@id"));
  }

  @Test
  void uncertainOrApproximateDatesAreNotClaimedAsExactOnes() {
    for (String date : new String[] {"2024-02~", "2018?", "201X", "2001-21", "2024-06-19/.."}) {
      SummitView summit =
          new SummitView(
              11L,
              "s",
              "S",
              Edtf.parse(date),
              null,
              null,
              null,
              null,
              List.of(),
              null,
              null,
              null,
              null);
      JsonObject event = parse(JsonLd.event(LINKS, summit, null, List.of(), List.of()));
      assertFalse(
          date.endsWith("/..") ? event.containsKey("endDate") : event.containsKey("startDate"),
          date);
      assertFalse(event.containsKey("location"), "no place is invented");
    }
    JsonObject month =
        parse(
            JsonLd.event(
                LINKS,
                new SummitView(
                    12L,
                    "m",
                    "M",
                    Edtf.parse("2024-06"),
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    null),
                null,
                List.of(),
                List.of()));
    assertEquals("2024-06", month.getString("startDate"));
  }

  @Test
  void aGiftIsAProductHandedOverByAGiveActionLinkingGiverRecipientAndOccasion() {
    GiftView gift =
        new GiftView(
            20L,
            "aurus-limousine-2024",
            HOSTILE,
            "A limousine",
            new CategoryView(5L, "vehicle", "Vehicle"),
            1,
            PUTIN.id(),
            null,
            KIM.id(),
            KOREA.id(),
            30L,
            null,
            Edtf.parse("2024-06-19"),
            new BigDecimal("1000"),
            "USD",
            null,
            null);
    SummitView summit =
        new SummitView(
            30L,
            "putin-kim-summit-pyongyang-2024",
            "Putin–Kim summit",
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null);
    String json =
        JsonLd.gift(LINKS, new GiftCard(gift, PUTIN, null, KIM, KOREA, summit, null), List.of());
    assertNoBreakOut(json);
    JsonArray graph = parse(json).getJsonArray("@graph");
    JsonObject product = graph.getJsonObject(0);
    JsonObject given = graph.getJsonObject(1);
    assertEquals("Product", product.getString("@type"));
    assertEquals(HOSTILE, product.getString("name"));
    assertEquals("Vehicle", product.getString("category"));
    assertEquals(
        "https://summitry.example/archive/summits/putin-kim-summit-pyongyang-2024",
        product.getJsonObject("subjectOf").getString("@id"));
    assertEquals("GiveAction", given.getString("@type"));
    assertEquals(product.getString("@id"), given.getJsonObject("object").getString("@id"));
    assertEquals(
        "https://summitry.example/archive/people/vladimir-putin",
        given.getJsonObject("agent").getString("@id"));
    assertEquals(
        "https://summitry.example/archive/people/kim-jong-un",
        given.getJsonObject("recipient").getString("@id"));
    assertEquals("2024-06-19", given.getString("startTime"));
  }

  @Test
  void aPersonAndACountryNameThemselvesByTheirPages() {
    JsonObject person = parse(JsonLd.person(LINKS, KIM));
    assertEquals("Person", person.getString("@type"));
    assertEquals("김정은", person.getJsonArray("alternateName").getString(0));
    assertEquals("Country", person.getJsonObject("nationality").getString("@type"));
    JsonObject country = parse(JsonLd.country(LINKS, KOREA));
    assertEquals("Country", country.getString("@type"));
    assertEquals("https://summitry.example/archive/countries/kp", country.getString("@id"));
  }

  private static void assertNoBreakOut(String json) {
    assertFalse(
        json.contains("<") || json.contains(">") || json.contains("&"),
        "no markup can end the script element or open a comment: " + json);
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
