package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.edtf.Edtf;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.media.boundary.PhotoView;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;
import org.summitry.testing.NaughtyStrings;
import org.summitry.testing.PhotoViews;
import org.summitry.testing.TemplateFragments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The {@code giftCard} fragment as a browser reads it: rendered by Thymeleaf and parsed by the
 * HTML5 parser of the Nu Html Checker.
 */
class GiftCardTest {

  private static final CountryView RUSSIA = new CountryView(1L, "RU", "Russia");
  private static final CountryView NORTH_KOREA = new CountryView(2L, "KP", "North Korea");
  private static final PersonView KIM = person(3L, "kim-jong-un", "Kim Jong Un", NORTH_KOREA);
  private static final PersonView PUTIN = person(4L, "vladimir-putin", "Vladimir Putin", RUSSIA);
  private static final CategoryView ANIMAL = new CategoryView(5L, "animal", "Animal");

  @Test
  void aCardLinksTheGiftItsCategoryAndBothParties() throws Exception {
    GiftCard card =
        new GiftCard(
            gift("pair-of-pungsan-dogs", "Pair of Pungsan dogs", ANIMAL, 2, "2024-06-19"),
            KIM,
            NORTH_KOREA,
            PUTIN,
            RUSSIA,
            null,
            null);
    Document page = parse(card, "/archive");

    Element article = only(page, "article");
    assertEquals("card gift-card", article.getAttribute("class"));
    assertEquals(
        List.of(
            "/archive/gifts/pair-of-pungsan-dogs",
            "/archive/gifts?category=animal",
            "/archive/gifts/pair-of-pungsan-dogs",
            "/archive/people/kim-jong-un",
            "/archive/countries/kp",
            "/archive/people/vladimir-putin",
            "/archive/countries/ru"),
        hrefs(page));
    assertEquals("Pair of Pungsan dogs", only(page, "h3").getTextContent());
    assertEquals("Animal", only(page, "span", "card__placeholder").getTextContent());
    assertEquals(
        "× 2", only(page, "p", "card__kicker").getTextContent().strip().split("\\s+", 2)[1]);
    assertEquals(
        "Kim Jong Un (North Korea) →to Vladimir Putin (Russia)",
        only(page, "p", "card__parties").getTextContent().strip().replaceAll("\\s+", " "));
    Element time = only(page, "time");
    assertEquals("2024-06-19", time.getAttribute("datetime"));
    assertEquals("19 June 2024", time.getTextContent());
  }

  @Test
  void aCardWithAPhotoShowsItAndOneWithoutPartiesSaysUnknown() throws Exception {
    PhotoView photo = PhotoViews.photo(9L, "ab12", null, null, null, null);
    GiftCard card =
        new GiftCard(
            gift("dirk", "Naval dirk", null, 1, "2024-06~"), null, null, null, null, null, photo);
    Document page = parse(card, "");

    Element img = only(page, "img");
    assertTrue(img.getAttribute("src").startsWith("/files/ab12/w"), img.getAttribute("src"));
    assertTrue(
        img.getAttribute("srcset").contains("/files/ab12/w400 400w"), img.getAttribute("srcset"));
    assertEquals("1600", img.getAttribute("width"));
    assertEquals("", img.getAttribute("alt"));
    assertEquals(0, page.getElementsByTagName("time").getLength());
    Element approximate = only(page, "p", "card__meta");
    assertEquals("2024-06~", ((Element) approximate.getFirstChild()).getAttribute("title"));
    assertEquals(
        "Unknown →to Unknown",
        only(page, "p", "card__parties").getTextContent().strip().replaceAll("\\s+", " "));
    assertNull(find(page, "p", "card__kicker"));
  }

  /** No line of the Big List of Naughty Strings escapes its element or attribute. */
  @Test
  void namesAndTitlesComeOutAsTheyWereTyped() throws Exception {
    List<String> naughty = NaughtyStrings.lines();
    for (String text : naughty) {
      if (text.isBlank()) {
        continue;
      }
      CountryView country = new CountryView(1L, "XX", text);
      CategoryView category = new CategoryView(2L, text, text);
      GiftCard card =
          new GiftCard(
              gift(text, text, category, 1, null),
              person(3L, text, text, country),
              country,
              null,
              null,
              null,
              null);
      Document page = parse(card, "");
      assertEquals(1, page.getElementsByTagName("article").getLength(), text);
      assertEquals(0, page.getElementsByTagName("script").getLength(), text);
      // A parser shows control characters as U+FFFD; the rest must come back as typed.
      String typed = text.strip().replaceAll("\\p{Cntrl}", "\uFFFD");
      assertEquals(typed, only(page, "h3").getTextContent().strip(), text);
      Element link = (Element) only(page, "h3").getElementsByTagName("a").item(0);
      assertTrue(link.getAttribute("href").startsWith("/gifts/"), text);
      assertTrue(!link.getAttribute("href").substring(7).contains("/"), text);
      assertEquals(
          typed,
          ((Element) only(page, "p", "card__parties").getElementsByTagName("a").item(0))
              .getTextContent()
              .strip(),
          text);
    }
  }

  private static GiftView gift(
      String slug, String title, CategoryView category, int quantity, String date) {
    return new GiftView(
        7L,
        slug,
        title,
        null,
        category,
        quantity,
        null,
        null,
        null,
        null,
        null,
        null,
        date == null ? null : Edtf.parse(date),
        null,
        null,
        null,
        null);
  }

  private static PersonView person(Long id, String slug, String name, CountryView country) {
    return new PersonView(id, slug, name, null, List.of(), null, country, null);
  }

  private static Document parse(GiftCard card, String contextPath) {
    return TemplateFragments.parse(
        "fragments", "giftCard", Map.of("card", card, "contextPath", contextPath));
  }

  private static List<String> hrefs(Document page) {
    List<String> hrefs = new ArrayList<>();
    NodeList links = page.getElementsByTagName("a");
    for (int i = 0; i < links.getLength(); i++) {
      hrefs.add(((Element) links.item(i)).getAttribute("href"));
    }
    return hrefs;
  }

  private static Element only(Document page, String tag) {
    NodeList found = page.getElementsByTagName(tag);
    assertEquals(1, found.getLength(), "one <" + tag + ">");
    return (Element) found.item(0);
  }

  private static Element only(Document page, String tag, String className) {
    Element found = find(page, tag, className);
    assertTrue(found != null, "a <" + tag + " class=" + className + ">");
    return found;
  }

  private static Element find(Document page, String tag, String className) {
    NodeList all = page.getElementsByTagName(tag);
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(className)) {
        return e;
      }
    }
    return null;
  }
}
