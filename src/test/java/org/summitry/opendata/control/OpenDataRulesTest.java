package org.summitry.opendata.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Stamp;

class ExchangeRulesTest {

  @Test
  void editsOfADraftAreNotNewsButItsPublicationAndLaterEditsAre() {
    assertEquals(
        List.of(false, false, true, true, false, false, true),
        Visibility.ofChanges(
            List.of(
                Change.CREATED,
                Change.UPDATED,
                Change.PUBLISHED,
                Change.UPDATED,
                Change.TRASHED,
                Change.UPDATED,
                Change.RESTORED)));
    assertEquals(
        List.of(true, true),
        Visibility.ofChanges(List.of(Change.CREATED, Change.UPDATED)),
        "seed entries are created public");
  }

  @Test
  void sitemapFilesTakeSlicesAcrossKindsInOrder() {
    List<Long> counts = List.of(5L, 3L, 0L, 12L);
    assertEquals(3, SitemapSlices.files(20, 8));
    assertEquals(
        List.of(new SitemapSlices.Slice(0, 0, 5), new SitemapSlices.Slice(1, 0, 3)),
        SitemapSlices.file(counts, 8, 1));
    assertEquals(List.of(new SitemapSlices.Slice(3, 0, 8)), SitemapSlices.file(counts, 8, 2));
    assertEquals(List.of(new SitemapSlices.Slice(3, 8, 4)), SitemapSlices.file(counts, 8, 3));
    assertEquals(1, SitemapSlices.files(0, 50_000), "an empty archive still has one sitemap");
  }

  @Test
  void aResumptionTokenCarriesTheArgumentsAndWhereTheListStopped() {
    OaiRequest first =
        OaiRequest.parse(
            Map.of(
                "verb", List.of("ListRecords"),
                "metadataPrefix", List.of("oai_dc"),
                "set", List.of("gift"),
                "from", List.of("2024-06-01"),
                "until", List.of("2024-06-30")));
    Stamp last = new Stamp("GIFT", 42L, OffsetDateTime.parse("2024-06-19T10:00:00.123456Z"));
    OaiRequest resumed =
        OaiRequest.parse(
            Map.of(
                "verb", List.of("ListRecords"),
                "resumptionToken", List.of(first.token(last, 100))));
    assertEquals("gift", resumed.set());
    assertEquals(first.from(), resumed.from());
    assertEquals(OffsetDateTime.parse("2024-07-01T00:00:00Z"), resumed.before());
    assertEquals(last, resumed.after());
    assertEquals(100, resumed.cursor());
  }

  @Test
  void untilIsInclusiveAtItsGranularity() {
    assertEquals(
        OffsetDateTime.parse("2024-06-19T10:00:01Z"),
        OaiRequest.endAfter("2024-06-19T10:00:00Z", "until"));
    assertEquals(
        OffsetDateTime.parse("2024-06-20T00:00:00Z"), OaiRequest.endAfter("2024-06-19", "until"));
    OaiRequest.Refused refused =
        assertThrows(OaiRequest.Refused.class, () -> OaiRequest.start("2024-06-19T10:00Z", "from"));
    assertEquals("badArgument", refused.code());
  }

  @Test
  void charactersXmlCannotCarryAreDropped() {
    assertEquals("ab\tc😀", Xml.clean("a\u0000b\t\u001Fc\uFFFE😀\uD800"));
  }
}
