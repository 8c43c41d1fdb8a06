package org.summitry.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageMetaTest {

  @Test
  void longDescriptionsAreCutAtAWordForPreviews() {
    String summary = "word ".repeat(100);
    String shown = PageMeta.of("T", summary, "article", "https://x.example/").description();
    assertTrue(shown.length() <= PageMeta.DESCRIPTION_LENGTH, shown);
    assertTrue(shown.endsWith("word…"), shown);
    assertEquals("Two lines", PageMeta.of("T", " Two\n  lines ", "article", "u").description());
    assertNull(PageMeta.of("T", "  ", "article", "u").description(), "blank is no description");
  }

  @Test
  void aPhotoMakesTheLargePreviewCard() {
    PageMeta meta = PageMeta.of("T", null, "article", "u");
    assertEquals("summary", meta.twitterCard());
    assertEquals("summary_large_image", meta.withImage("https://x.example/i", "alt").twitterCard());
  }
}
