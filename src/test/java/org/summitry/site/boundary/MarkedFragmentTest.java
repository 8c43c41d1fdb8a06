package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.search.boundary.Marked;
import org.summitry.testing.NaughtyStrings;
import org.summitry.testing.TemplateFragments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A search result's title or excerpt ({@code marked} of {@code fragments.html}) in a browser. */
class MarkedFragmentTest {

  @Test
  void theMatchedWordsAreMarkedAndTheRestIsText() {
    Element title =
        title(
            List.of(
                new Marked("<script>alert(1)</script> ", false),
                new Marked("bowl", true),
                new Marked(" & dish", false)));
    assertEquals("<script>alert(1)</script> bowl & dish", title.getTextContent());
    assertEquals(0, title.getElementsByTagName("script").getLength());
    assertEquals(1, title.getElementsByTagName("mark").getLength());
    assertEquals("bowl", title.getElementsByTagName("mark").item(0).getTextContent());
  }

  @Test
  void everyNaughtyStringComesBackAsTyped() throws Exception {
    for (String text : NaughtyStrings.lines()) {
      Element title = title(List.of(new Marked(text, false), new Marked(text, true)));
      String typed = text.replaceAll("\\p{Cntrl}", "\uFFFD").replace("\r\n", "\n");
      assertEquals(typed + typed, title.getTextContent().replace("\r\n", "\n"), text);
      assertEquals(1, title.getElementsByTagName("mark").getLength(), text);
      assertEquals(0, title.getElementsByTagName("script").getLength(), text);
    }
  }

  private static Element title(List<Marked> pieces) {
    Document page =
        TemplateFragments.parse(
            "<h2>"
                + TemplateFragments.render("fragments", "marked", Map.of("pieces", pieces))
                + "</h2>");
    return (Element) page.getElementsByTagName("h2").item(0);
  }
}
