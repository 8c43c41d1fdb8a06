package org.summitry.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.summitry.edtf.DateSpec;
import org.summitry.edtf.InvalidEdtfException;

class KernelValuesTest {

  @Test
  void onlyHttpAddressesBecomeLinks() {
    assertEquals(
        "https://www.cbsnews.com/news/x", WebAddress.linkable(" https://www.cbsnews.com/news/x "));
    assertEquals("http://example.org/", WebAddress.linkable("http://example.org/"));
    assertNull(WebAddress.linkable("javascript:alert(1)"));
    assertNull(WebAddress.linkable("JAVASCRIPT:alert(1)"));
    assertNull(WebAddress.linkable("data:text/html,<script>alert(1)</script>"));
    assertNull(WebAddress.linkable("//evil.example/"));
    assertNull(WebAddress.linkable("/gifts"));
    assertNull(WebAddress.linkable("not a url"));
    assertNull(WebAddress.linkable(null));
  }

  @Test
  void pagesKnowTheirNeighboursAndRange() {
    Page<String> second = new Page<>(List.of("c", "d"), 2, 2, 5);
    assertEquals(3, second.totalPages());
    assertTrue(second.hasPrevious());
    assertTrue(second.hasNext());
    assertEquals(3, second.firstItem());
    assertEquals(4, second.lastItem());
    Page<String> empty = new Page<>(List.of(), 1, 20, 0);
    assertEquals(1, empty.totalPages());
    assertFalse(empty.hasNext());
    assertEquals(0, empty.firstItem());
  }

  @Test
  void requestedPagesAreClampedToThoseThatExist() {
    assertEquals(1, Page.clamp(-5, 20, 100));
    assertEquals(5, Page.clamp(99, 20, 100));
    assertEquals(1, Page.clamp(3, 20, 0));
  }

  @Test
  void aDateSpecKeepsTheTextAndItsBounds() {
    DateSpec spec = DateSpec.of("2024-02~");
    assertEquals("2024-02~", spec.edtf());
    assertEquals(LocalDate.of(2024, 2, 1), spec.earliest());
    assertEquals(LocalDate.of(2024, 2, 29), spec.latest());
    assertEquals("about February 2024", spec.inWords(Locale.UK));
    assertNull(DateSpec.of("  "));
    assertThrows(InvalidEdtfException.class, () -> DateSpec.of("2024-13"));
  }
}
