package org.summitry.people.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Journal;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.InvalidField;
import org.summitry.testing.TestDatabases;

/** Persons and countries edited through the boundary on H2, as the back office does. */
class PeopleEditingTest {

  private EntityManagerFactory emf;
  private EntityManager em;
  private People people;
  private final List<String> journaled = new ArrayList<>();

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
    people = new People();
    people.em = em;
    people.journal =
        new Journal() {
          @Override
          public Long record(
              String type,
              Long id,
              Change change,
              String actor,
              String label,
              Map<String, String> fields) {
            journaled.add(type + " " + change + " " + label + " " + fields);
            return 1L;
          }
        };
  }

  @AfterEach
  void close() {
    em.close();
    emf.close();
  }

  /**
   * Templates look a summit's or gift's country up by an id that may be null (a summit with no host
   * country): a page whose entries all lack one must get an empty map that answers null.
   */
  @Test
  void lookingUpNoIdInAnEmptyResultIsNothingNotAFailure() {
    assertNull(people.countriesByIds(java.util.Set.of()).get(null));
    assertNull(people.peopleByIds(java.util.Set.of()).get(null));
  }

  @Test
  void newPersonIsADraftWithAliasesOneALineInTheJournal() {
    Long kp =
        tx(
            () ->
                people.saveCountry(
                    null, null, new CountryDraft("kp", "North Korea"), "c", Change.CREATED));
    Long id = tx(() -> people.savePerson(null, null, kim("kim-jong-un"), "c", Change.CREATED));
    var edit = people.forEditingPerson(id).orElseThrow();
    assertFalse(edit.state().published());
    assertEquals("Kim Jong-un\nКим Чен Ын", edit.fields().get("aliases"));
    assertEquals("KP", edit.fields().get("country"));
    assertTrue(journaled.get(1).startsWith("PERSON CREATED Kim Jong Un"), journaled.toString());
    assertFalse(people.forEditingCountry(kp).orElseThrow().state().published());
  }

  @Test
  void historyNamesAPersonByEverySlugTheyHadAndACountryByItsCode() {
    tx(
        () ->
            people.saveCountry(
                null, null, new CountryDraft("KP", "North Korea"), "c", Change.CREATED));
    Long id = tx(() -> people.savePerson(null, null, kim("kim-jong-un"), "c", Change.CREATED));
    long version = people.forEditingPerson(id).orElseThrow().state().version();
    tx(() -> people.savePerson(id, version, kim("kim-jong-eun"), "c", Change.UPDATED));
    var named = people.namedPeople(List.of("kim-jong-un", "kim-jong-eun", "someone-purged"));
    assertEquals(id, named.get("kim-jong-un").id(), "the old slug, through its redirect");
    assertEquals("Kim Jong Un", named.get("kim-jong-un").name());
    assertEquals(id, named.get("kim-jong-eun").id());
    assertFalse(named.containsKey("someone-purged"));
    assertEquals("North Korea", people.namedCountries(List.of("KP")).get("KP").name());
  }

  @Test
  void renamedAddressRedirectsOnceThePersonIsPublished() {
    tx(
        () ->
            people.saveCountry(
                null, null, new CountryDraft("KP", "North Korea"), "c", Change.CREATED));
    Long id = tx(() -> people.savePerson(null, null, kim("kim-jong-un"), "c", Change.CREATED));
    long version = people.forEditingPerson(id).orElseThrow().state().version();
    tx(() -> people.savePerson(id, version, kim("kim-jong-eun"), "c", Change.UPDATED));
    assertTrue(people.personRedirect("kim-jong-un").isEmpty(), "drafts are not announced");
    tx(
        () -> {
          people.changePerson(id, Change.PUBLISHED, "c");
          return null;
        });
    assertEquals("kim-jong-eun", people.personRedirect("kim-jong-un").orElseThrow());
    assertThrows(
        EditConflict.class,
        () -> tx(() -> people.savePerson(id, version, kim("x"), "c", Change.UPDATED)));
  }

  @Test
  void countryCodesAreUniqueAndFixed() {
    Long kp =
        tx(
            () ->
                people.saveCountry(
                    null, null, new CountryDraft("KP", "North Korea"), "c", Change.CREATED));
    InvalidField taken =
        assertThrows(
            InvalidField.class,
            () ->
                tx(
                    () ->
                        people.saveCountry(
                            null, null, new CountryDraft("kp", "DPRK"), "c", Change.CREATED)));
    assertEquals("code", taken.field());
    assertThrows(
        InvalidField.class,
        () ->
            tx(
                () ->
                    people.saveCountry(
                        kp, null, new CountryDraft("KR", "Korea"), "c", Change.UPDATED)));
  }

  @Test
  void personNamedByAGiftIsNotPurged() {
    tx(
        () ->
            people.saveCountry(
                null, null, new CountryDraft("KP", "North Korea"), "c", Change.CREATED));
    Long id = tx(() -> people.savePerson(null, null, kim("kim-jong-un"), "c", Change.CREATED));
    tx(
        () ->
            em.createNativeQuery(
                    "INSERT INTO gift (id, slug, title, quantity, giver_person_id, published, version, created_at, updated_at)"
                        + " VALUES (1, 'horse', 'Horse', 1, ?1, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .setParameter(1, id)
                .executeUpdate());
    tx(
        () -> {
          people.changePerson(id, Change.TRASHED, "c");
          return null;
        });
    InvalidField refused =
        assertThrows(
            InvalidField.class,
            () ->
                tx(
                    () -> {
                      people.purgePerson(id, "admin");
                      return null;
                    }));
    assertTrue(refused.getMessage().contains("1 gift"), refused.getMessage());
    tx(() -> em.createNativeQuery("DELETE FROM gift").executeUpdate());
    tx(
        () -> {
          people.purgePerson(id, "admin");
          return null;
        });
    em.clear();
    assertTrue(people.forEditingPerson(id).isEmpty());
  }

  private static PersonDraft kim(String slug) {
    return new PersonDraft(
        slug, "Kim Jong Un", "김정은", List.of("Kim Jong-un", "Ким Чен Ын"), null, "KP", null);
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
}
