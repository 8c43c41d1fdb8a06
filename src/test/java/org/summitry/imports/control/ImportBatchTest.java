package org.summitry.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitry.imports.entity.ImportRun;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.EntryType;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * An import's batch written together (people, gifts, their citations, claims and journal rows in a
 * few batched statements) keeps what writing entry by entry gave, on H2 and PostgreSQL: a journal
 * row per change with the snapshot the entry's own history would take, each person once, the
 * register cited for each fact, and an undo that finds everything the import created.
 */
class ImportBatchTest {

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of(named("H2", TestDatabases::h2)),
        Arguments.of(named("PostgreSQL", TestDatabases::postgres)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aPublishedImportIsJournalledEntryByEntryAndUndoneWhole(Supplier<Database> which)
      throws IOException {
    Database db = which.get();
    String content;
    try (InputStream in =
        ImportBatchTest.class.getResourceAsStream("/org/summitry/imports/us-gifts-extract.csv")) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Csv.Table table = Csv.parse(content);
    RowReader reader = new RowReader(Presets.US_AGENCY_GIFTS.mapping(), table.columns());
    List<GiftRow> rows = table.rows().stream().map(reader::read).toList();
    try (ImportHarness app = new ImportHarness(db)) {
      long runId = app.queue(content, rows.size(), true);
      ImportRun run = app.run(runId, rows);

      assertEquals(8, run.getGiftsCreated());
      assertEquals(1, run.getRowsSkipped(), "the row of nothing but NA");
      assertTrue(run.getReport().contains("Row 10:"), run.getReport());
      assertEquals(
          run.getPeopleCreated(),
          app.count("SELECT COUNT(*) FROM person"),
          "each person the rows name once");
      assertEquals(
          1,
          app.count("SELECT COUNT(*) FROM person WHERE LOWER(name) LIKE 'mohammed vi%'"),
          "three spellings, one person");
      long created =
          run.getGiftsCreated()
              + run.getPeopleCreated()
              + run.getCountriesCreated()
              + run.getSourcesCreated();
      assertEquals(created, app.count("SELECT COUNT(*) FROM import_entry"));
      assertEquals(
          2 * created,
          app.count("SELECT COUNT(*) FROM journal"),
          "created and published, a row each");
      assertEquals(created, app.appended.get() / 2, "each row announced to the page cache");
      assertEquals(
          app.count("SELECT COUNT(*) FROM journal"),
          app.count("SELECT COUNT(DISTINCT id) FROM journal"));

      for (Object id : app.em.createNativeQuery("SELECT id FROM gift").getResultList()) {
        long gift = ((Number) id).longValue();
        var edit = app.gifts.forEditing(gift).orElseThrow();
        assertTrue(edit.state().published());
        List<Revision> history = app.journal.history(EntryType.GIFT.name(), gift);
        assertEquals(List.of(Change.PUBLISHED, Change.CREATED), changes(history));
        assertTrue(history.get(0).id() > history.get(1).id(), "journal ids in order");
        for (Revision revision : history) {
          assertEquals("curator", revision.actor());
          assertEquals(
              edit.fields(), revision.fields(), "the snapshot the gift's own history takes");
        }
        assertTrue(edit.fields().get("sources").contains("Federal Register"));
        assertTrue(edit.fields().get("claims").contains("description"), edit.fields()::toString);
      }
      var lucinschi =
          app.em
              .createNativeQuery("SELECT id FROM person WHERE name = 'Petru Lucinschi'")
              .getResultList();
      assertEquals(1, lucinschi.size());
      long person = ((Number) lucinschi.get(0)).longValue();
      List<Revision> personHistory = app.journal.history(EntryType.PERSON.name(), person);
      assertEquals(List.of(Change.PUBLISHED, Change.CREATED), changes(personHistory));
      assertEquals(
          app.people.forEditingPerson(person).orElseThrow().fields(),
          personHistory.get(0).fields());

      List<ImportUndo.Created> undo = app.inTransaction(() -> app.undo.created(runId));
      assertEquals(created, undo.size());
      assertEquals(created, (long) app.inTransaction(() -> app.undo.trash(undo, "other curator")));
      assertEquals(
          0,
          app.count(
              "SELECT COUNT(*) FROM gift WHERE deleted_at IS NULL"
                  + " OR id NOT IN (SELECT entry_id FROM journal WHERE action = 'TRASHED')"));
    } finally {
      db.drop().run();
    }
  }

  private static List<Change> changes(List<Revision> history) {
    return history.stream().map(Revision::change).toList();
  }

  private static Supplier<Database> named(String name, Supplier<Database> database) {
    return new Supplier<>() {
      @Override
      public Database get() {
        return database.get();
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
