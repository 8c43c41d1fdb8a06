package org.summitry.site.boundary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.site.boundary.search.SearchPage.FacetLink;
import org.summitry.testing.NaughtyStrings;
import org.summitry.testing.TemplateFragments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The search page's facet links ({@code facetLinks} of {@code fragments.html}) as a browser reads
 * them.
 */
class FacetLinksTest {

  @Test
  void eachValueLinksItsSearchWithItsCountAndTheChosenOneIsMarked() {
    List<FacetLink> group =
        List.of(
            new FacetLink("North Korea", 1234567, "/search?q=dogs&giver=kp", true),
            new FacetLink("Russia", 7, "/search?q=dogs&giver=ru", false));
    List<Element> links = links(group, "/archive", false);

    assertEquals(2, links.size());
    assertEquals("/archive/search?q=dogs&giver=kp", links.get(0).getAttribute("href"));
    assertEquals("facet__link facet__link--chosen", links.get(0).getAttribute("class"));
    assertEquals("true", links.get(0).getAttribute("aria-current"));
    assertEquals("North Korea 1,234,567", links.get(0).getTextContent());
    assertEquals("facet__link", links.get(1).getAttribute("class"));
    assertFalse(links.get(1).hasAttribute("aria-current"));
    assertEquals("Russia 7", links.get(1).getTextContent());

    List<Element> estimated = links(group, "", true);
    assertEquals("/search?q=dogs&giver=ru", estimated.get(1).getAttribute("href"));
    assertEquals("Russia ≈ 7", estimated.get(1).getTextContent());
  }

  @Test
  void everyNaughtyStringComesBackAsTyped() throws Exception {
    for (String text : NaughtyStrings.lines()) {
      if (text.isBlank()) {
        continue;
      }
      String href = "/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
      List<Element> links = links(List.of(new FacetLink(text, 1, href, false)), "", false);
      assertEquals(1, links.size(), text);
      // A parser shows control characters as U+FFFD; the rest must come back as typed.
      String typed = text.replaceAll("\\p{Cntrl}", "\uFFFD");
      Element label = (Element) links.get(0).getElementsByTagName("span").item(0);
      assertEquals(typed, label.getTextContent(), text);
      assertEquals(href, links.get(0).getAttribute("href"), text);
    }
  }

  private static List<Element> links(
      List<FacetLink> values, String contextPath, boolean estimated) {
    Document page =
        TemplateFragments.parse(
            "fragments",
            "facetLinks",
            Map.of("links", values, "estimated", estimated, "contextPath", contextPath));
    NodeList found = page.getElementsByTagName("a");
    List<Element> links = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      links.add((Element) found.item(i));
    }
    return links;
  }
}
