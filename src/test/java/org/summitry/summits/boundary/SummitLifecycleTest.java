package org.summitry.summits.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Journal;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.InvalidField;
import org.summitry.people.boundary.People;
import org.summitry.sources.boundary.CitationDraft;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.testing.TestDatabases;
import org.summitry.translations.boundary.Translation;

/**
 * A summit's life in the back office, on H2, through the facade as the editors use it: the shared
 * entry lifecycle gives it a free address, redirects a changed one, refuses a stale edit, and moves
 * it through publishing, the trash and the purge, each step journaled.
 */
class SummitLifecycleTest {

  private EntityManagerFactory emf;
  private EntityManager em;
  private Summits summits;
  private final List<String> journaled = new ArrayList<>();
  private long rows = 900_000;

  @BeforeEach
  void archive() {
    TestDatabases.Database db = TestDatabases.h2();
    Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    emf =
        Persistence.createEntityManagerFactory(
            "summitry",
            Map.of(
                "jakarta.persistence.transactionType",
                "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource",
                "",
                "jakarta.persistence.jdbc.url",
                db.url(),
                "jakarta.persistence.jdbc.user",
                db.user(),
                "jakarta.persistence.jdbc.password",
                db.password(),
                "eclipselink.logging.level",
                "OFF"));
    em = emf.createEntityManager();
    summits = new Summits();
    summits.em = em;
    summits.people = withEntityManager(new People());
    summits.sources = withEntityManager(new Sources());
    summits.claims = withEntityManager(new Claims());
    set(summits.sources, "claims", summits.claims);
    summits.translations = withEntityManager(new org.summitry.translations.boundary.Translations());
    summits.journal =
        new Journal() {
          @Override
          public Long record(
              String type,
              Long id,
              Change change,
              String actor,
              String label,
              Map<String, String> fields) {
            journaled.add(type + " " + id + " " + change + " " + actor + " " + label);
            return 1L;
          }
        };
  }

  @AfterEach
  void close() {
    em.close();
    emf.close();
  }

  @Test
  void twoSummitsOfOneTitleGetTwoAddressesAndStartAsDrafts() {
    Long first = tx(() -> summits.save(null, null, draft(null, "G7 Summit"), "c", Change.CREATED));
    Long second = tx(() -> summits.save(null, null, draft(null, "G7 Summit"), "c", Change.CREATED));
    assertEquals("g7-summit", edit(first).summit().slug());
    assertEquals("g7-summit-2", edit(second).summit().slug());
    assertFalse(edit(first).state().published());
    assertTrue(summits.summit("g7-summit").isEmpty(), "a draft is not public");
    assertEquals(
        List.of(
            "SUMMIT " + first + " CREATED c G7 Summit",
            "SUMMIT " + second + " CREATED c G7 Summit"),
        journaled);
    assertEquals(2, summits.countDrafts());
  }

  @Test
  void aChangedAddressRedirectsOnceTheSummitIsPublic() {
    Long id = tx(() -> summits.save(null, null, draft("elmau", "G7 Elmau"), "c", Change.CREATED));
    Long other = tx(() -> summits.save(null, null, draft("biarritz", "G7"), "c", Change.CREATED));
    long version = edit(id).state().version();
    InvalidField taken =
        assertThrows(
            InvalidField.class,
            () ->
                tx(() -> summits.save(id, version, draft("biarritz", "G7"), "c", Change.UPDATED)));
    assertEquals("slug", taken.field());
    assertEquals("Another summit already has this address.", taken.getMessage());
    assertEquals(
        "이 주소는 이미 다른 정상회담에서 쓰고 있습니다.",
        taken.message(Locale.KOREAN),
        "a Korean curator reads the refusal in Korean");
    assertEquals("Этот адрес уже занят другим саммитом.", taken.message(new Locale("ru")));
    assertThrows(
        InvalidField.class,
        () -> tx(() -> summits.save(id, version, draft("a--b", "G7"), "c", Change.UPDATED)));

    tx(() -> summits.save(id, version, draft("schloss-elmau", "G7"), "c", Change.UPDATED));
    assertTrue(summits.redirect("elmau").isEmpty(), "a draft's old address tells nothing");
    cite(id, source(false));
    change(id, Change.PUBLISHED);
    assertEquals("schloss-elmau", summits.redirect("elmau").orElseThrow());
    assertEquals(id, summits.namedSummits(List.of("elmau")).get("elmau").id());
    assertEquals(Map.of(id, "schloss-elmau"), summits.publicSlugs(0, 10));
    assertEquals(
        List.of(), summits.drafts(5).stream().filter(s -> s.summit().id().equals(id)).toList());
    assertEquals(other, summits.drafts(5).get(0).summit().id());
  }

  @Test
  void aSummitIsPublishedOnlyOnceItRestsOnASource() {
    Long id = tx(() -> summits.save(null, null, draft(null, "Yalta"), "c", Change.CREATED));
    InvalidField refused = assertThrows(InvalidField.class, () -> change(id, Change.PUBLISHED));
    assertEquals("sources", refused.field(), "the form shows it beside the sources");
    assertTrue(
        refused
            .message(Locale.ENGLISH)
            .startsWith("Cite at least one source before publishing this summit"),
        refused.message(Locale.ENGLISH));
    assertTrue(refused.message(Locale.KOREAN).startsWith("이 정상회담을 게시하기 전에"));
    assertTrue(refused.message(new Locale("ru")).startsWith("Прежде чем опубликовать этот саммит"));
    assertFalse(edit(id).state().published());

    cite(id, source(true));
    assertThrows(
        InvalidField.class,
        () -> change(id, Change.PUBLISHED),
        "a source in the trash is no source");
    assertFalse(edit(id).state().published());

    cite(id, source(false));
    change(id, Change.PUBLISHED);
    assertTrue(edit(id).state().published());
    assertTrue(summits.summit(edit(id).summit().slug()).isPresent(), "public now");
  }

  @Test
  void aClaimRestingOnASourceIsASourceEnough() {
    Long id = tx(() -> summits.save(null, null, draft(null, "Tehran"), "c", Change.CREATED));
    Long source = source(false);
    sql(
        "INSERT INTO claim (id, entry_type, entry_id, fact, source_id, certainty, preferred,"
            + " position) VALUES ("
            + ++rows
            + ", 'SUMMIT', "
            + id
            + ", 'date', "
            + source
            + ", 'REPORTED', TRUE, 0)");
    change(id, Change.PUBLISHED);
    assertTrue(edit(id).state().published());
  }

  @Test
  void anArchiveWithTheRuleOffPublishesWithoutASource() {
    summits.sources.requireSources(false);
    Long id = tx(() -> summits.save(null, null, draft(null, "Malta"), "c", Change.CREATED));
    change(id, Change.PUBLISHED);
    assertTrue(edit(id).state().published());
  }

  @Test
  void aCitationsPageQuotationNoteAndDayReadTravelThroughTheJournalAndBack() {
    Long source = source(false);
    LocalDate read = LocalDate.of(2024, 6, 20);
    CitationDraft cited = new CitationDraft(source, "p. 2", "Leaders | met", "front page", read);
    Long id =
        tx(() -> summits.save(null, null, citing("Sochi", List.of(cited)), "c", Change.CREATED));
    assertEquals(
        List.of(cited),
        summits.sources.citations(EntryType.SUMMIT, id),
        "stored as typed, the bar included");
    Map<String, String> fields = edit(id).fields();
    assertEquals(
        source + " | p. 2 | 2024-06-20 | Leaders / met | front page", fields.get("citations"));
    assertTrue(fields.get("sources").startsWith(source + " | Kremlin: Talks"));

    long version = edit(id).state().version();
    InvalidField future =
        assertThrows(
            InvalidField.class,
            () ->
                tx(
                    () ->
                        summits.save(
                            id,
                            version,
                            citing(
                                "Sochi",
                                List.of(
                                    new CitationDraft(
                                        source,
                                        null,
                                        null,
                                        null,
                                        CitationDraft.latestToday().plusDays(1)))),
                            "c",
                            Change.UPDATED)));
    assertEquals("sources", future.field());
    assertEquals(List.of(cited), summits.sources.citations(EntryType.SUMMIT, id), "unchanged");

    // Restoring the revision reads the details back from its snapshot.
    tx(
        () ->
            summits.save(
                id,
                version,
                citing("Sochi", CitationDraft.of(List.of(source))),
                "c",
                Change.UPDATED));
    assertEquals(null, edit(id).fields().get("citations"), "details dropped");
    tx(
        () ->
            summits.save(
                id,
                edit(id).state().version(),
                citing("Sochi", CitationDraft.parse(fields.get("citations"))),
                "c",
                Change.REVERTED));
    assertEquals(fields.get("citations"), edit(id).fields().get("citations"));
  }

  @Test
  void translationsAreFieldsOfTheSummitThatHistoryKeepsAndAPurgeRemoves() {
    Translation korean = new Translation("ko", "얄타 회담", "크림반도에서 열린 회담.");
    Long id =
        tx(
            () ->
                summits.save(
                    null,
                    null,
                    draft(null, "Yalta").withTranslations(List.of(korean)),
                    "c",
                    Change.CREATED));
    Map<String, String> first = edit(id).fields();
    assertEquals("얄타 회담", first.get("title_ko"));
    assertEquals("크림반도에서 열린 회담.", first.get("summary_ko"));
    assertEquals(null, first.get("title_ru"), "no Russian: the field is empty");
    assertEquals(List.of(korean), summits.translations.of(EntryType.SUMMIT, id));

    // A draft that says nothing of translations (a bulk change, an old caller) keeps them.
    tx(
        () ->
            summits.save(
                id, edit(id).state().version(), draft(null, "Yalta"), "c", Change.UPDATED));
    assertEquals(List.of(korean), summits.translations.of(EntryType.SUMMIT, id));

    // Only a Russian title now, the Korean ones cleared; blank text is no translation.
    Translation russian = new Translation("ru", "Ялтинская конференция", "  ");
    tx(
        () ->
            summits.save(
                id,
                edit(id).state().version(),
                draft(null, "Yalta")
                    .withTranslations(List.of(new Translation("ko", "", null), russian)),
                "c",
                Change.UPDATED));
    assertEquals(
        List.of(new Translation("ru", "Ялтинская конференция", null)),
        summits.translations.of(EntryType.SUMMIT, id));
    assertEquals(null, edit(id).fields().get("title_ko"));

    // Restoring the first revision brings its translations back from the snapshot.
    tx(
        () ->
            summits.save(
                id,
                edit(id).state().version(),
                draft(null, "Yalta")
                    .withTranslations(
                        org.summitry.translations.boundary.Translations.fromFields(
                            first, "summary")),
                "c",
                Change.REVERTED));
    assertEquals(List.of(korean), summits.translations.of(EntryType.SUMMIT, id));

    change(id, Change.TRASHED);
    purge(id);
    assertEquals(List.of(), summits.translations.of(EntryType.SUMMIT, id), "purged with it");
  }

  @Test
  void anEditFromAnOlderVersionIsAConflictAndWritesNothing() {
    Long id = tx(() -> summits.save(null, null, draft(null, "Yalta"), "c", Change.CREATED));
    long version = edit(id).state().version();
    tx(() -> summits.save(id, version, draft(null, "Yalta Conference"), "a", Change.UPDATED));
    EditConflict conflict =
        assertThrows(
            EditConflict.class,
            () -> tx(() -> summits.save(id, version, draft(null, "Crimea"), "b", Change.UPDATED)));
    assertEquals(edit(id).state().version(), conflict.currentVersion());
    assertEquals("Yalta Conference", edit(id).summit().title());
    assertEquals(2, journaled.size(), journaled.toString());
  }

  @Test
  void aTrashedSummitLeavesTheListAndOnlyTheTrashIsPurged() {
    Long id = tx(() -> summits.save(null, null, draft(null, "Potsdam"), "c", Change.CREATED));
    AdminQuery all = new AdminQuery("pots", null, false, 1, 20);
    assertEquals(1, summits.adminList(all).total());
    IllegalArgumentException notTrashed =
        assertThrows(IllegalArgumentException.class, () -> purge(id));
    assertEquals("Only a summit in the trash can be purged", notTrashed.getMessage());

    change(id, Change.TRASHED);
    assertEquals(0, summits.adminList(all).total());
    assertEquals(List.of(id), summits.trashed(0, 10).stream().map(t -> t.id()).toList());
    assertEquals(1, summits.countTrashed());
    change(id, Change.RESTORED);
    assertEquals(1, summits.adminList(all).total());
    assertThrows(IllegalArgumentException.class, () -> change(id, Change.REVERTED));

    change(id, Change.TRASHED);
    purge(id);
    em.clear();
    assertTrue(summits.forEditing(id).isEmpty());
    assertEquals(
        List.of("CREATED", "TRASHED", "RESTORED", "TRASHED", "PURGED"),
        journaled.stream().map(line -> line.split(" ")[2]).toList());
  }

  /** A source recorded as an import would, in the trash when {@code trashed}; returns its id. */
  private Long source(boolean trashed) {
    Long id = ++rows;
    sql(
        "INSERT INTO source (id, publisher, title, published, version, created_at, updated_at"
            + (trashed ? ", deleted_at" : "")
            + ") VALUES ("
            + id
            + ", 'Kremlin', 'Talks "
            + id
            + "', TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
            + (trashed ? ", CURRENT_TIMESTAMP" : "")
            + ")");
    return id;
  }

  private void cite(Long summit, Long source) {
    sql(
        "INSERT INTO citation (id, source_id, entry_type, entry_id, position) VALUES"
            + " ("
            + ++rows
            + ", "
            + source
            + ", 'SUMMIT', "
            + summit
            + ", 0)");
  }

  private void sql(String statement) {
    tx(() -> em.createNativeQuery(statement).executeUpdate());
    em.clear();
  }

  /** Another component's facade, given the test's entity manager as its container would. */
  private <T> T withEntityManager(T facade) {
    try {
      Field field = facade.getClass().getDeclaredField("em");
      field.setAccessible(true);
      field.set(facade, em);
      return facade;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Summits.SummitEdit edit(Long id) {
    return summits.forEditing(id).orElseThrow();
  }

  private void change(Long id, Change change) {
    tx(
        () -> {
          summits.change(id, change, "c");
          return null;
        });
  }

  private void purge(Long id) {
    tx(
        () -> {
          summits.purge(id, "admin");
          return null;
        });
  }

  private static SummitDraft citing(String title, List<CitationDraft> citations) {
    return new SummitDraft(
        null, title, "2015-06-07", "Krün", null, null, null, List.of(), citations);
  }

  private static SummitDraft draft(String slug, String title) {
    return new SummitDraft(slug, title, "2015-06-07", "Krün", null, null, null, List.of());
  }

  private <T> T tx(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
        em.clear();
      }
    }
  }

  /** Sets a bean's injected field as CDI would. */
  private static void set(Object bean, String name, Object value) {
    try {
      java.lang.reflect.Field field = bean.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(bean, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
