package org.summitry.exchange.boundary.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.search.boundary.Marked;

/** The API's {@code titleHtml} and {@code snippetHtml}, as its clients have always read them. */
class MarkedHtmlTest {

  @Test
  void matchesAreMarkedAndEverythingElseEscaped() {
    assertEquals(
        "&lt;script&gt;alert(&#x27;1&#x27;)&lt;/script&gt; <mark>bowl</mark> &amp; &quot;dish&quot;",
        MarkedHtml.of(
            List.of(
                new Marked("<script>alert('1')</script> ", false),
                new Marked("bowl", true),
                new Marked(" & \"dish\"", false))));
    assertEquals("<mark>&lt;b&gt;</mark>", MarkedHtml.of(List.of(new Marked("<b>", true))));
    assertNull(MarkedHtml.of(null), "no excerpt, no field");
  }
}
