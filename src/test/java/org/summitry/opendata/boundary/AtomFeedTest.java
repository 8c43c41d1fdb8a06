package org.summitry.opendata.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Revision;
import org.summitry.platform.boundary.PublicLinks;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {

  private static final PublicLinks LINKS = new PublicLinks(URI.create("https://archive.test/"));
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final OffsetDateTime WITHDRAWN =
      OffsetDateTime.of(2026, 12, 5, 21, 30, 15, 123_000_000, ZoneOffset.UTC);

  private static Revision unpublished(String type, Map<String, String> fields) {
    return new Revision(
        77L, type, 12L, Change.UNPUBLISHED, "curator", WITHDRAWN, "Porcelain vase & <lid>", fields);
  }

  @Test
  void aWithdrawnGiftIsATombstoneAtItsPublicAddress() throws Exception {
    Revision change = unpublished("GIFT", Map.of("slug", "porcelain-vase"));
    String ref = AtomFeed.address(LINKS, change);
    assertEquals("https://archive.test/gifts/porcelain-vase", ref);

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document feed =
        factory
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    AtomFeed.write(LINKS, List.of(), List.of(new AtomFeed.Deleted(change, ref)))
                        .getBytes(StandardCharsets.UTF_8)));
    Element tombstone =
        (Element) feed.getElementsByTagNameNS(AtomFeed.TOMBSTONES, "deleted-entry").item(0);
    assertEquals(ref, tombstone.getAttribute("ref"));
    assertEquals("2026-12-05T21:30:15Z", tombstone.getAttribute("when"));
    assertEquals(
        "Gift withdrawn from the archive: Porcelain vase & <lid>",
        tombstone.getElementsByTagNameNS(AtomFeed.TOMBSTONES, "comment").item(0).getTextContent());
    assertEquals(
        "2026-12-05T21:30:15Z",
        feed.getDocumentElement()
            .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated")
            .item(0)
            .getTextContent(),
        "the feed is as new as its latest withdrawal");
  }

  @Test
  void photosAreNamedByNumberAndASnapshotWithoutAnAddressNamesNone() {
    assertEquals(
        "https://archive.test/photos/12", AtomFeed.address(LINKS, unpublished("PHOTO", Map.of())));
    assertEquals(
        "https://archive.test/countries/kp",
        AtomFeed.address(LINKS, unpublished("COUNTRY", Map.of("code", "KP"))));
    assertNull(AtomFeed.address(LINKS, unpublished("SUMMIT", Map.of())));
  }

  @Test
  void anEntrysFeedNamesItselfAndFollowsThatEntrysPage() throws Exception {
    Revision change =
        new Revision(
            90L, "GIFT", 12L, Change.UPDATED, "curator", WITHDRAWN, "Aurus", Map.of("slug", "a"));
    AtomFeed.Item item =
        new AtomFeed.Item(
            change,
            new PublicEntries.Listed(
                org.summitry.kernel.EntryType.GIFT,
                12L,
                "Aurus limousine",
                "https://archive.test/gifts/a"));
    String self = "https://archive.test/people/kim-jong-un/feed.atom";
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document feed =
        factory
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    AtomFeed.write(
                            LINKS,
                            new AtomFeed.Head(
                                self,
                                "Summitry: Kim Jong Un, latest additions and changes",
                                "https://archive.test/people/kim-jong-un"),
                            List.of(item),
                            List.of())
                        .getBytes(StandardCharsets.UTF_8)));
    Element root = feed.getDocumentElement();
    assertEquals(self, root.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
    assertEquals(
        "Summitry: Kim Jong Un, latest additions and changes",
        root.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
    Element selfLink = (Element) root.getElementsByTagNameNS(ATOM, "link").item(0);
    assertEquals("self", selfLink.getAttribute("rel"));
    assertEquals(self, selfLink.getAttribute("href"));
    assertEquals(
        "https://archive.test/people/kim-jong-un",
        ((Element) root.getElementsByTagNameNS(ATOM, "link").item(1)).getAttribute("href"));
    Element entry = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
    assertEquals(
        "Gift: Aurus limousine",
        entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
    assertEquals(
        "tag:archive.test,2026-12-05:journal/90",
        entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
  }
}
