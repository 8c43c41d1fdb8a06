package org.summitry.sources.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.summitry.kernel.InvalidField;

/** A citation's page, quotation, note and day read: what is refused, and the journal's lines. */
class CitationDraftTest {

  private static final LocalDate READ = LocalDate.of(2024, 6, 20);

  @Test
  void aDayReadInTheFutureIsRefusedInEveryLanguage() {
    CitationDraft tomorrow =
        new CitationDraft(7L, null, null, null, CitationDraft.latestToday().plusDays(1));
    InvalidField refused = assertThrows(InvalidField.class, tomorrow::check);
    assertEquals("sources", refused.field(), "shown beside the sources");
    assertTrue(
        refused.message(Locale.ENGLISH).startsWith("The day a source was read online cannot be"),
        refused.message(Locale.ENGLISH));
    assertTrue(refused.message(Locale.KOREAN).contains("미래일 수 없습니다"));
    assertTrue(refused.message(new Locale("ru")).contains("не может быть в будущем"));
  }

  @Test
  void todayAnywhereAndThePastAreAccepted() {
    assertDoesNotThrow(
        () -> new CitationDraft(7L, null, null, null, CitationDraft.latestToday()).check());
    assertDoesNotThrow(() -> new CitationDraft(7L, "p. 2", "words", "note", READ).check());
  }

  @Test
  void aQuotationLongerThanItsColumnIsRefused() {
    String long_ = "x".repeat(CitationDraft.QUOTE_MAX + 1);
    InvalidField refused =
        assertThrows(
            InvalidField.class, () -> new CitationDraft(7L, null, long_, null, null).check());
    assertTrue(refused.message(Locale.ENGLISH).contains("quotation 2,000"), refused.getMessage());
  }

  @Test
  void theJournalKeepsEachDetailedCitationOnOneLineAndReadsItBack() {
    List<CitationDraft> cited =
        List.of(
            new CitationDraft(12L, null, null, null, null),
            new CitationDraft(997L, "p. 2", "Two leaders\nmet | talked", "front page", READ),
            new CitationDraft(13L, null, null, null, READ));
    String lines = CitationDraft.lines(cited);
    assertEquals(
        "997 | p. 2 | 2024-06-20 | Two leaders met / talked | front page\n13 |  | 2024-06-20 |  | ",
        lines,
        "a citation without details has no line; a bar or a line break cannot split one");
    assertEquals(
        List.of(
            new CitationDraft(997L, "p. 2", "Two leaders met / talked", "front page", READ),
            new CitationDraft(13L, null, null, null, READ)),
        CitationDraft.parse(lines));
    assertNull(CitationDraft.lines(CitationDraft.of(List.of(1L, 2L))), "no details, no field");
  }

  @Test
  void anUnreadableLineOrDateIsSkippedSoAnOldRevisionRestoresWhatItCan() {
    assertEquals(
        List.of(new CitationDraft(5L, "p. 9", null, null, null)),
        CitationDraft.parse("not a source | x\n5 | p. 9 | 20 June |  | "));
    assertEquals(List.of(), CitationDraft.parse(null));
  }
}
