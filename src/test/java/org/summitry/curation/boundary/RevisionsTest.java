package org.summitry.curation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.curation.boundary.Referents.Value;
import org.summitry.curation.boundary.Revisions.FieldChange;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Revision;
import org.summitry.summits.boundary.Summits;

class RevisionsTest {

  /** Kim's slug changed between two snapshots; the old one is found through its redirect. */
  private static final Referents KNOWN =
      new Referents(
          Map.of(
              FieldKind.PERSON,
              Map.of(
                  "kim-jong-un", new Value("Kim Jong Un", "/admin/people/2", null),
                  "kim-jong-un-1984", new Value("Kim Jong Un", "/admin/people/2", null),
                  "vladimir-putin", new Value("Vladimir Putin", "/admin/people/1", null)),
              FieldKind.COUNTRY,
              Map.of("KP", new Value("North Korea", "/admin/countries/7", null))));

  @Test
  void aParticipantWhoseSlugChangedSinceIsNoChange() {
    FieldChange row =
        row(
            Map.of("participants", "kim-jong-un-1984 | Host\nvladimir-putin | Guest"),
            Map.of("participants", "kim-jong-un | Host\nvladimir-putin | Guest"));
    assertFalse(row.changed());
    assertEquals(
        List.of(
            new Value("Kim Jong Un", "/admin/people/2", "Host"),
            new Value("Vladimir Putin", "/admin/people/1", "Guest")),
        row.before());
  }

  @Test
  void anotherParticipantARoleOrTheirOrderIsAChange() {
    assertTrue(
        row(
                Map.of("participants", "kim-jong-un | Host"),
                Map.of("participants", "vladimir-putin | Host"))
            .changed());
    assertTrue(
        row(
                Map.of("participants", "kim-jong-un | Host"),
                Map.of("participants", "kim-jong-un | Guest"))
            .changed());
    assertTrue(
        row(
                Map.of("participants", "kim-jong-un | Host\nvladimir-putin | Guest"),
                Map.of("participants", "vladimir-putin | Guest\nkim-jong-un | Host"))
            .changed());
  }

  @Test
  void anEntryDeletedForGoodIsShownAsStoredAndStillComparedByIt() {
    FieldChange row =
        row(Map.of("participants", "someone-purged | Guest"), Map.of("participants", ""));
    assertTrue(row.changed());
    assertEquals(List.of(new Value("someone-purged", null, "Guest")), row.before());
    assertEquals(List.of(), row.after(), "an empty value shows as a dash");
    assertFalse(
        row(
                Map.of("participants", "someone-purged|Guest"),
                Map.of("participants", "someone-purged | Guest"))
            .changed());
  }

  @Test
  void aCountryIsShownByNameWhateverTheCaseOfItsCode() {
    FieldChange row = row(Map.of("country", "kp"), Map.of("country", "KP"));
    assertFalse(row.changed());
    assertEquals(List.of(new Value("North Korea", "/admin/countries/7", null)), row.after());
  }

  @Test
  void eachRevisionNamesTheFieldsItChangedAndAChangeOfStateAloneNone() {
    Map<String, String> created = Map.of("title", "Vase", "valueAmount", "1500");
    Map<String, String> published = Map.of("title", "Vase", "valueAmount", "1500.00");
    Map<String, String> edited = Map.of("title", "Blue vase", "valueAmount", "1500.00");
    Map<Long, List<String>> changed =
        Revisions.changedFields(
            List.of(revision(3L, edited), revision(2L, published), revision(1L, created)),
            Map.of("title", "Title", "valueAmount", "Estimated value"),
            Gifts.JOURNAL_FIELDS,
            Referents.NONE);
    assertEquals(List.of("Title"), changed.get(3L));
    assertEquals(List.of(), changed.get(2L), "publishing changed no field");
    assertFalse(changed.containsKey(1L), "the first revision is compared with nothing");
  }

  private static Revision revision(long id, Map<String, String> fields) {
    return new Revision(
        id, "GIFT", 9L, Change.UPDATED, "curator", OffsetDateTime.now(), "", fields);
  }

  private static FieldChange row(Map<String, String> before, Map<String, String> after) {
    return Revisions.compare(before, after, Map.of(), Summits.JOURNAL_FIELDS, KNOWN).get(0);
  }
}
