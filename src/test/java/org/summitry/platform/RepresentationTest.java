package org.summitry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.summitry.platform.boundary.PageMeta;
import org.summitry.platform.boundary.Representation;

class RepresentationTest {

  @Test
  void browsersAndClientsThatTakeAnythingGetThePage() {
    assertEquals(Representation.PAGE, Representation.preferred(null));
    assertEquals(Representation.PAGE, Representation.preferred(""));
    assertEquals(Representation.PAGE, Representation.preferred("*/*"));
    assertEquals(
        Representation.PAGE,
        Representation.preferred(
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"));
    assertEquals(
        Representation.PAGE,
        Representation.preferred("application/ld+json, text/html"),
        "a tie goes to the page");
    assertEquals(Representation.PAGE, Representation.preferred("image/png"));
  }

  @Test
  void linkedDataAndDataWhenRankedAboveThePage() {
    assertEquals(Representation.LINKED_DATA, Representation.preferred("application/ld+json"));
    assertEquals(
        Representation.LINKED_DATA,
        Representation.preferred("application/ld+json, text/html;q=0.5, */*;q=0.1"));
    assertEquals(
        Representation.LINKED_DATA,
        Representation.preferred("application/ld+json, application/json"),
        "JSON-LD is JSON too, and the more specific answer");
    assertEquals(Representation.DATA, Representation.preferred("application/json"));
    assertEquals(
        Representation.DATA, Representation.preferred("application/json;q=0.9, */*;q=0.1"));
    assertEquals(
        Representation.DATA,
        Representation.preferred("application/ld+json;q=0.5, application/json"));
  }

  @Test
  void unreadableQualitiesCountAsRefusals() {
    assertEquals(Representation.PAGE, Representation.preferred("application/json;q=x, */*"));
    assertEquals(Representation.PAGE, Representation.preferred("application/json;q=7, */*"));
    assertEquals(
        Representation.DATA, Representation.preferred("text/html;q=0, application/json;q=0.2"));
  }

  @Test
  void theLinkHeaderNamesTheCanonicalAddressAndAnEntrysTwins() {
    PageMeta list = PageMeta.of("Gifts", null, "website", "https://archive.example/gifts");
    assertEquals("<https://archive.example/gifts>; rel=\"canonical\"", list.linkHeader());
    PageMeta entry =
        PageMeta.of("Tea set", null, "article", "https://archive.example/gifts/tea-set")
            .withData("https://archive.example/api/v1/gifts/tea-set");
    assertEquals(
        "<https://archive.example/gifts/tea-set>; rel=\"canonical\", "
            + "<https://archive.example/gifts/tea-set>; rel=\"alternate\";"
            + " type=\"application/ld+json\", "
            + "<https://archive.example/api/v1/gifts/tea-set>; rel=\"alternate\";"
            + " type=\"application/json\"",
        entry.linkHeader());
  }
}
