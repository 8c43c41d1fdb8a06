package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.junit.jupiter.api.Test;
import org.summitry.site.boundary.SearchPage.FacetGroup;
import org.summitry.site.boundary.SearchPage.FacetLink;
import org.summitry.testing.NaughtyStrings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The search page's facet links as a browser reads them (the Nu Html Checker's parser). */
class FacetLinksHtmlTest {

  @Test
  void eachValueLinksItsSearchWithItsCountAndTheChosenOneIsMarked() throws Exception {
    FacetGroup group =
        new FacetGroup(
            "giver",
            "Given by",
            List.of(
                new FacetLink("North Korea", 1234567, "/search?q=dogs&giver=kp", true),
                new FacetLink("Russia", 7, "/search?q=dogs&giver=ru", false)));
    List<Element> links = links(group.linksHtml("/archive", false));

    assertEquals(2, links.size());
    assertEquals("/archive/search?q=dogs&giver=kp", links.get(0).getAttribute("href"));
    assertEquals("facet__link facet__link--chosen", links.get(0).getAttribute("class"));
    assertEquals("true", links.get(0).getAttribute("aria-current"));
    assertEquals("North Korea 1,234,567", links.get(0).getTextContent());
    assertEquals("facet__link", links.get(1).getAttribute("class"));
    assertFalse(links.get(1).hasAttribute("aria-current"));
    assertEquals("Russia 7", links.get(1).getTextContent());

    List<Element> estimated = links(group.linksHtml("", true));
    assertEquals("/search?q=dogs&giver=ru", estimated.get(1).getAttribute("href"));
    assertEquals("Russia ≈ 7", estimated.get(1).getTextContent());
  }

  @Test
  void everyNaughtyStringComesBackAsTyped() throws Exception {
    for (String text : NaughtyStrings.lines()) {
      if (text.isBlank()) {
        continue;
      }
      FacetGroup group =
          new FacetGroup(
              "category", "Category", List.of(new FacetLink(text, 1, "/" + text, false)));
      List<Element> links = links(group.linksHtml("", false));
      assertEquals(1, links.size(), text);
      // A parser shows control characters as U+FFFD; the rest must come back as typed.
      String typed = text.replaceAll("\\p{Cntrl}", "\uFFFD");
      Element label = (Element) links.get(0).getElementsByTagName("span").item(0);
      assertEquals(typed, label.getTextContent(), text);
      assertEquals("/" + typed, links.get(0).getAttribute("href"), text);
    }
  }

  private static List<Element> links(String items) throws Exception {
    Document page =
        new HtmlDocumentBuilder()
            .parse(
                new InputSource(
                    new StringReader("<!DOCTYPE html><title>t</title><ul>" + items + "</ul>")));
    NodeList found = page.getElementsByTagName("a");
    List<Element> links = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      links.add((Element) found.item(i));
    }
    return links;
  }
}
