package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.edtf.Edtf;
import org.summitry.sources.boundary.SourceView;
import org.summitry.testing.TemplateFragments;
import org.w3c.dom.Document;

/** An entry's Sources list ({@code sources} of {@code fragments.html}) as a reader sees it. */
class CitationFragmentTest {

  private static String text(SourceView source) {
    Document page =
        TemplateFragments.parse("fragments", "sources", Map.of("sources", List.of(source)));
    return page.getElementsByTagName("li").item(0).getTextContent().replaceAll("\\s+", " ").strip();
  }

  @Test
  void aLinkedTitleIsFollowedByItsDateAndPageWithNoSpaceBeforeTheComma() {
    String text =
        text(
            new SourceView(
                4L,
                "CBS News",
                "Photos show Putin and Kim",
                "https://www.cbsnews.com/x",
                Edtf.parse("2024-06-19"),
                "second photo",
                "p. 2",
                "Kim and Putin shook hands",
                LocalDate.of(2024, 6, 20)));
    assertTrue(text.startsWith("CBS News. Photos show Putin and Kim, 19 June 2024, p. 2."), text);
    assertFalse(text.contains(" ,"), "no stray space before a comma: " + text);
    assertTrue(text.contains("Kim and Putin shook hands"));
    assertTrue(text.contains("second photo"));
    assertTrue(text.contains("Read online on 20 June 2024."), text);
  }

  @Test
  void aTitleWithoutAddressOrDetailsEndsWithItsStop() {
    String text = text(new SourceView(5L, null, "Leaders meet", null, null, null));
    assertEquals("Leaders meet. Everything citing this source", text);
  }
}
