package org.summitry.journal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldKindTest {

  @Test
  void anAmountTypedAsWholeNumberIsTheSameAsTheStoredDecimal() {
    assertTrue(FieldKind.NUMBER.same("1500", "1500.00"));
    assertTrue(FieldKind.NUMBER.same("1,500", " 1500.0 "));
    assertEquals("1500", FieldKind.NUMBER.canonical("1500.00"));
    assertEquals("1500.5", FieldKind.NUMBER.canonical("1500.50"));
    assertEquals("0", FieldKind.NUMBER.canonical("0.00"));
    assertEquals("1000", FieldKind.NUMBER.canonical("1E+3"), "no exponent in the written form");
    assertFalse(FieldKind.NUMBER.same("1500", "15000"));
    assertFalse(FieldKind.NUMBER.same("1500.01", "1500"));
    assertFalse(FieldKind.NUMBER.same("1500", null), "a value removed is a change");
    assertEquals("about 1500", FieldKind.NUMBER.canonical(" about 1500 "), "kept, not guessed");
  }

  @Test
  void aDayIsWrittenInIsoFormAndATimesOffsetInFull() {
    assertEquals("2024-06-19", FieldKind.EDTF.canonical(" 2024-06-19\n"));
    assertTrue(FieldKind.EDTF.same("2024-06-19T10:15:00+09", "2024-06-19T10:15:00+09:00"));
    assertEquals("2024-06-19T10:15:00-05:00", FieldKind.EDTF.canonical("2024-06-19T10:15:00-05"));
    assertEquals("2024-06-19T10:15:00Z", FieldKind.EDTF.canonical("2024-06-19T10:15:00Z"));
    assertFalse(FieldKind.EDTF.same("2024-06-19", "2024-06-20"));
    assertFalse(FieldKind.EDTF.same("2024-06-19T10:15:00+09", "2024-06-19T10:15:00+08:00"));
  }

  @Test
  void anUncertainOrApproximateDateKeepsItsQualifiersAndIntervals() {
    assertEquals("2018?", FieldKind.EDTF.canonical("  2018? "));
    assertEquals("2004-06~/2004-08?", FieldKind.EDTF.canonical("2004-06~/2004-08?\t"));
    assertTrue(FieldKind.EDTF.same("2019-06-30/..", " 2019-06-30/.."));
    assertFalse(FieldKind.EDTF.same("2018?", "2018"), "uncertainty is part of the value");
    assertFalse(FieldKind.EDTF.same("2018~", "2018?"));
    assertFalse(FieldKind.EDTF.same("2019-06-30/", "2019-06-30/.."), "unknown is not open");
    assertEquals("June 2018", FieldKind.EDTF.canonical("June 2018"), "not EDTF: kept as written");
  }

  @Test
  void aLinkToAnotherEntryIsItsSlugOrCodeWithoutStraySpaceOrCase() {
    assertTrue(FieldKind.PERSON.same("pak-myong-ho", " pak-myong-ho "));
    assertFalse(FieldKind.PERSON.same("pak-myong-ho", "kim-jong-un"));
    assertEquals("KP", FieldKind.COUNTRY.canonical(" kp"));
    assertTrue(FieldKind.COUNTRY.same("kp", "KP"));
    assertFalse(FieldKind.COUNTRY.same("KP", "KR"));
    assertTrue(FieldKind.SUMMIT.same(null, "  "), "blank means no link");
    assertNull(FieldKind.CATEGORY.canonical(""));
  }

  @Test
  void citedSourcesAreASetComparedByIdWhateverTheirTitlesBecame() {
    String typed = "997 | Korean Central News Agency: Leaders meet\n12 | CBS News: Photos";
    assertEquals(
        "12 | CBS News: Photos\n997 | Korean Central News Agency: Leaders meet",
        FieldKind.SOURCES.canonical(typed),
        "written by id, since the list of ticked boxes has no order");
    assertTrue(
        FieldKind.SOURCES.same(
            typed, "12 | CBS News: Photos, retitled\r\n997 | KCNA: Leaders meet\n"),
        "a source retitled since is no change to the entry citing it");
    assertFalse(FieldKind.SOURCES.same(typed, "12 | CBS News: Photos"), "one source dropped");
    assertFalse(FieldKind.SOURCES.same(typed, typed + "\n13 | AP: More"), "one source added");
  }

  @Test
  void participantsAndAliasesKeepTheirOrderButNotStraySpace() {
    assertTrue(
        FieldKind.PARTICIPANTS.same(
            "kim-jong-un | Host\nvladimir-putin | Guest",
            " kim-jong-un|Host \r\n\nvladimir-putin |  Guest"));
    assertFalse(
        FieldKind.PARTICIPANTS.same(
            "kim-jong-un | Host\nvladimir-putin | Guest",
            "vladimir-putin | Guest\nkim-jong-un | Host"),
        "the order of participants is the order on the page");
    assertFalse(
        FieldKind.PARTICIPANTS.same("kim-jong-un | Host", "kim-jong-un | Guest"), "a new role");
    assertEquals(
        "Kim Jong-un\nKim Jong Un", FieldKind.LINES.canonical(" Kim Jong-un\n\nKim Jong Un "));
    assertEquals(List.of("a", "b"), FieldKind.linesOf("a\r\n  \nb "));
  }

  @Test
  void textIsWrittenAsTypedButComparedWithoutStraySpaceOrLineBreakStyle() {
    assertEquals("  Gift \r\n", FieldKind.TEXT.canonical("  Gift \r\n"));
    assertEquals("\u3000", FieldKind.TEXT.canonical("\u3000"), "even a text of space alone");
    assertTrue(FieldKind.TEXT.same("A vase.\r\nBlue.", "A vase.\nBlue. "));
    assertFalse(FieldKind.TEXT.same("A vase.", "A blue vase."));
    assertTrue(FieldKind.TEXT.same("", null));
  }

  @Test
  void aSnapshotIsWrittenWithEachValueInItsCanonicalFormInItsOrder() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", " Vase ");
    fields.put("valueAmount", "1500.00");
    fields.put("giverCountry", "kp");
    fields.put("unknown", " as is ");
    Map<String, String> canonical =
        FieldKind.canonical(
            Map.of(
                "title",
                FieldKind.TEXT,
                "valueAmount",
                FieldKind.NUMBER,
                "giverCountry",
                FieldKind.COUNTRY),
            fields);
    assertEquals(
        List.of("title", "valueAmount", "giverCountry", "unknown"),
        List.copyOf(canonical.keySet()));
    assertEquals(" Vase ", canonical.get("title"));
    assertEquals("1500", canonical.get("valueAmount"));
    assertEquals("KP", canonical.get("giverCountry"));
    assertEquals(" as is ", canonical.get("unknown"));
  }
}
