package org.summitry.sources.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.journal.boundary.FieldKind;

/** Claims as the journal writes them, and as a public page numbers and groups them. */
class ClaimsModelTest {

  private static final SourceView KREMLIN =
      new SourceView(11L, "Kremlin", "Talks with Kim Jong Un", null, null, null);
  private static final SourceView KCNA =
      new SourceView(12L, "KCNA", "Report on the gifts", null, null, null);
  private static final SourceView CBS =
      new SourceView(13L, null, "Photos show Kim Jong Un and Putin", null, null, null);

  @Test
  void aClaimSurvivesTheJournalLineWithAnyTextItHolds() {
    List<ClaimDraft> claims =
        List.of(
            new ClaimDraft("value", 11L, Certainty.REPORTED, true, null, "p. 2"),
            new ClaimDraft(
                "value",
                12L,
                Certainty.DISPUTED,
                false,
                "did not | give\none",
                "line one\nline two"));
    String lines = ClaimDraft.lines(claims);
    assertEquals(
        "value | 11 | reported | preferred |  | p. 2\n"
            + "value | 12 | disputed | other | did not / give one | line one line two",
        lines);
    List<ClaimDraft> back = ClaimDraft.parse(lines);
    assertEquals(claims.get(0), back.get(0));
    assertEquals("did not / give one", back.get(1).stated(), "a bar cannot split a line");
    assertEquals("line one line two", back.get(1).note());
    assertEquals(lines, FieldKind.CLAIMS.canonical(lines), "the journal's form is the line's");
    assertEquals(
        lines.lines().findFirst().orElseThrow(),
        FieldKind.CLAIMS.canonical("value|11 |reported| preferred  | |  p. 2 "),
        "stray space is not a change");
  }

  @Test
  void anUnreadableLineOfAnOldRevisionIsSkipped() {
    assertEquals(
        List.of(new ClaimDraft("date", 13L, Certainty.UNCERTAIN, false, null, null)),
        ClaimDraft.parse(
            "date | x | reported | other\ndate | 13 | uncertain | other |  | \nvalue | 11 | sure | preferred"));
  }

  @Test
  void thePageNumbersCitedSourcesFirstAndShowsDifferingAccountsApart() {
    ClaimSheet sheet =
        ClaimSheet.of(
            List.of(CBS),
            List.of(
                new ClaimView("value", KCNA, Certainty.REPORTED, false, "did not give one", null),
                new ClaimView("value", KREMLIN, Certainty.CONFIRMED, true, null, "p. 2"),
                new ClaimView("date", CBS, Certainty.UNCERTAIN, false, null, null)));
    assertEquals(List.of(CBS, KCNA, KREMLIN), sheet.sources(), "claim-only sources follow");
    ClaimSheet.FactClaims value = sheet.fact("value");
    assertEquals(1, value.according().size());
    assertEquals("Kremlin", value.according().get(0).name());
    assertEquals(3, value.according().get(0).number());
    assertEquals("p. 2", value.according().get(0).note());
    assertEquals(1, value.others().size());
    assertEquals(2, value.others().get(0).number());
    assertEquals("did not give one", value.others().get(0).stated());
    ClaimSheet.FactClaims date = sheet.fact("date");
    assertEquals(1, date.according().get(0).number(), "a cited source keeps its number");
    assertEquals(
        "Photos show Kim Jong Un and Putin",
        date.according().get(0).name(),
        "a source without publisher is named by its title");
    assertEquals("uncertain", date.according().get(0).certaintyKey());
    assertNull(sheet.fact("giver"), "no claim, nothing to show");
  }
}
