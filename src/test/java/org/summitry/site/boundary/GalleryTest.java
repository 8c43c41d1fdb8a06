package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.media.boundary.PhotoView;
import org.summitry.testing.NaughtyStrings;
import org.summitry.testing.PhotoViews;
import org.summitry.testing.TemplateFragments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@code gallery} fragment as a browser reads it: rendered by Thymeleaf and parsed by the HTML5
 * parser of the Nu Html Checker.
 */
class GalleryTest {

  @Test
  void eachPhotoLinksItsPageOpensTheLightboxAndShowsItsCaptionAndCredit() throws Exception {
    PhotoView credited =
        photo(
            7L,
            "Putin and Kim at the airport",
            "Arrival",
            "KCNA via REUTERS",
            "Two men shake hands");
    PhotoView bare = photo(8L, null, null, null, null);
    Document page = parse(List.of(credited, bare), "/archive");

    assertEquals(2, page.getElementsByTagName("li").getLength());
    Element link = (Element) page.getElementsByTagName("a").item(0);
    assertEquals("/archive/photos/7", link.getAttribute("href"));
    assertTrue(link.hasAttribute("data-lightbox"));
    assertTrue(link.getAttribute("data-full").startsWith("/archive/files/ab7/w"));
    assertEquals("Putin and Kim at the airport", link.getAttribute("data-caption"));
    assertEquals("KCNA via REUTERS", link.getAttribute("data-credit"));
    assertEquals("Two men shake hands", link.getAttribute("data-alt"));
    assertEquals("1600", link.getAttribute("data-width"));
    assertEquals("1067", link.getAttribute("data-height"));
    Element img = (Element) page.getElementsByTagName("img").item(0);
    assertTrue(img.getAttribute("src").startsWith("/archive/files/ab7/w"), img.getAttribute("src"));
    assertTrue(img.getAttribute("srcset").contains("/archive/files/ab7/w400 400w"));
    assertEquals("Two men shake hands", img.getAttribute("alt"));
    assertEquals("lazy", img.getAttribute("loading"));
    Element caption = (Element) page.getElementsByTagName("figcaption").item(0);
    assertEquals(
        "Arrival KCNA via REUTERS", caption.getTextContent().strip().replaceAll("\\s+", " "));

    Element bareLink = (Element) page.getElementsByTagName("a").item(1);
    assertFalse(bareLink.hasAttribute("data-caption"), "no caption, no attribute");
    assertFalse(bareLink.hasAttribute("data-credit"));
    Element bareImg = (Element) page.getElementsByTagName("img").item(1);
    assertEquals("", bareImg.getAttribute("alt"), "an empty alt, never a missing one");
    Element bareCaption = (Element) page.getElementsByTagName("figcaption").item(1);
    assertEquals(
        1, bareCaption.getElementsByTagName("span").getLength(), "the caption only, no credit");
  }

  /** No line of the Big List of Naughty Strings escapes its element or attribute. */
  @Test
  void captionsAndCreditsComeOutAsTheyWereTyped() throws Exception {
    for (String text : NaughtyStrings.lines()) {
      if (text.isBlank()) {
        continue;
      }
      Document page = parse(List.of(photo(1L, text, text, text, text)), "");
      assertEquals(1, page.getElementsByTagName("li").getLength(), text);
      assertEquals(0, page.getElementsByTagName("script").getLength(), text);
      String typed = text.strip().replaceAll("\\p{Cntrl}", "\uFFFD");
      Element link = (Element) page.getElementsByTagName("a").item(0);
      assertEquals("/photos/1", link.getAttribute("href"), text);
      assertEquals(
          text.replaceAll("\\p{Cntrl}", "\uFFFD").replace("\r\n", "\n").replace('\r', '\n'),
          link.getAttribute("data-credit").replace("\r\n", "\n").replace('\r', '\n'),
          text);
      Element credit =
          (Element)
              ((Element) page.getElementsByTagName("figcaption").item(0))
                  .getElementsByTagName("span")
                  .item(1);
      assertEquals(typed, credit.getTextContent().strip(), text);
    }
  }

  private static PhotoView photo(
      long id, String caption, String headline, String credit, String alt) {
    return PhotoViews.photo(id, "ab" + id, caption, headline, credit, alt);
  }

  private static Document parse(List<PhotoView> photos, String contextPath) {
    return TemplateFragments.parse(
        "fragments", "gallery", Map.of("photos", photos, "contextPath", contextPath));
  }
}
