package org.summitry.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitry.edtf.DateSpec;
import org.summitry.gifts.entity.Gift;
import org.summitry.gifts.entity.GiftCategory;
import org.summitry.kernel.EntryType;
import org.summitry.media.entity.GalleryItem;
import org.summitry.media.entity.Photo;
import org.summitry.people.entity.Country;
import org.summitry.people.entity.Person;
import org.summitry.sources.entity.Citation;
import org.summitry.sources.entity.Source;
import org.summitry.summits.entity.Summit;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * The Flyway schema and the JPA mappings agree, on H2 and on PostgreSQL: every entity is written
 * and read back whole, including scripts other than Latin, EDTF bounds, money and ordered lists.
 */
class PersistenceTest {

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of(named("H2", TestDatabases::h2)),
        Arguments.of(named("PostgreSQL", TestDatabases::postgres)));
  }

  private static Supplier<Database> named(String name, Supplier<Database> supplier) {
    return new Supplier<>() {
      @Override
      public Database get() {
        return supplier.get();
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void migrationsRunOnceAndThenFindNothingToDo(Supplier<Database> which) {
    Database db = which.get();
    try {
      MigrateResult first = flyway(db).migrate();
      MigrateResult second = flyway(db).migrate();
      assertTrue(first.migrationsExecuted >= 1, "the first start applies the migrations");
      assertEquals(0, second.migrationsExecuted, "a restart migrates nothing");
      assertEquals(
          first.targetSchemaVersion, flyway(db).info().current().getVersion().getVersion());
    } finally {
      db.drop().run();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void everyEntityIsStoredAndReadBackWhole(Supplier<Database> which) {
    Database db = which.get();
    flyway(db).migrate();
    EntityManagerFactory emf = emf(db);
    try {
      long[] ids = new long[4];
      inTransaction(
          emf,
          em -> {
            Country russia = new Country("ru", "Russia");
            Country northKorea = new Country("KP", "North Korea");
            em.persist(russia);
            em.persist(northKorea);
            Person kim = new Person("kim-jong-un", "Kim Jong Un");
            kim.setNativeName("김정은");
            kim.setAliases(List.of("Kim Jong-un", "Ким Чен Ын", " ", "Kim Jong-un"));
            kim.setCountry(northKorea);
            kim.setTitle("Leader of North Korea");
            em.persist(kim);
            Person putin = new Person("vladimir-putin", "Vladimir Putin");
            putin.setNativeName("Владимир Путин");
            putin.setCountry(russia);
            em.persist(putin);
            em.flush();

            Summit summit = new Summit("pyongyang-2024", "Putin–Kim summit in Pyongyang");
            summit.setDates(DateSpec.of("2024-06-18/2024-06-19"));
            summit.setVenue("Kumsusan Guesthouse");
            summit.setCity("Pyongyang");
            summit.setCountryId(northKorea.getId());
            summit.addParticipant(kim.getId(), "Host");
            summit.addParticipant(putin.getId(), "Guest");
            em.persist(summit);
            em.flush();

            GiftCategory animal = new GiftCategory("animal", "Animal");
            em.persist(animal);
            Gift dogs = new Gift("pungsan-dogs", "Pair of Pungsan dogs");
            dogs.setCategory(animal);
            dogs.setQuantity(2);
            dogs.setGiver(kim.getId(), northKorea.getId());
            dogs.setRecipient(putin.getId(), russia.getId());
            dogs.setSummitId(summit.getId());
            dogs.setGiven(DateSpec.of("2024-02~"));
            dogs.setValue(new BigDecimal("1234567.89"), "usd");
            dogs.setValueNote("Above limit");
            em.persist(dogs);

            Source article =
                new Source(
                    "CBS News",
                    "Photos show Kim Jong Un and Putin sharing gifts",
                    null,
                    DateSpec.of("2024-06"));
            em.persist(article);
            em.persist(
                new Citation(article, EntryType.GIFT, dogs.getId(), 0, "Ushakov told reporters"));

            Photo photo = new Photo("a".repeat(64), "image/jpeg", 12345, 1200, 800);
            photo.setCreditLine("KCNA via REUTERS");
            photo.setTaken(DateSpec.of("2024-06-19"));
            photo.setLocation("Kumsusan Guesthouse garden", "Pyongyang", "North Korea");
            em.persist(photo);
            em.persist(new GalleryItem(photo, EntryType.SUMMIT, summit.getId(), 0));
            ids[0] = kim.getId();
            ids[1] = summit.getId();
            ids[2] = dogs.getId();
            ids[3] = photo.getId();
          });

      EntityManager em = emf.createEntityManager();
      try {
        Person kim = em.find(Person.class, ids[0]);
        assertEquals("김정은", kim.getNativeName());
        assertEquals(
            List.of("Kim Jong-un", "Ким Чен Ын"),
            kim.getAliases(),
            "aliases keep order, blanks and repeats dropped");
        assertEquals("KP", kim.getCountry().getCode());
        assertNotNull(kim.getCreatedAt());

        Summit summit = em.find(Summit.class, ids[1]);
        assertEquals(LocalDate.of(2024, 6, 18), summit.getDates().earliest());
        assertEquals(LocalDate.of(2024, 6, 19), summit.getDates().latest());
        assertEquals(
            List.of("Host", "Guest"),
            summit.getParticipants().stream().map(p -> p.getRole()).toList());

        Gift dogs = em.find(Gift.class, ids[2]);
        assertEquals(2, dogs.getQuantity());
        assertEquals("animal", dogs.getCategory().getSlug());
        assertEquals(new BigDecimal("1234567.89"), dogs.getValueAmount());
        assertEquals("USD", dogs.getValueCurrency());
        assertEquals("2024-02~", dogs.getGiven().edtf());
        assertEquals(LocalDate.of(2024, 2, 1), dogs.getGiven().earliest());
        assertEquals(LocalDate.of(2024, 2, 29), dogs.getGiven().latest());

        List<Citation> citations =
            em.createNamedQuery(Citation.FOR_ENTRY, Citation.class)
                .setParameter("type", EntryType.GIFT)
                .setParameter("id", ids[2])
                .getResultList();
        assertEquals("CBS News", citations.get(0).getSource().getPublisher());

        List<GalleryItem> gallery =
            em.createNamedQuery(GalleryItem.OF_ENTRY, GalleryItem.class)
                .setParameter("type", EntryType.SUMMIT)
                .setParameter("id", ids[1])
                .getResultList();
        assertEquals("KCNA via REUTERS", gallery.get(0).getPhoto().getCreditLine());
        assertEquals("Kumsusan Guesthouse garden", gallery.get(0).getPhoto().getSublocation());
      } finally {
        em.close();
      }
    } finally {
      emf.close();
      db.drop().run();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void twoGiftsCannotShareASlug(Supplier<Database> which) {
    Database db = which.get();
    flyway(db).migrate();
    EntityManagerFactory emf = emf(db);
    try {
      inTransaction(emf, em -> em.persist(new Gift("tea-set", "Tea set")));
      assertThrows(
          PersistenceException.class,
          () -> inTransaction(emf, em -> em.persist(new Gift("tea-set", "Another tea set"))));
    } finally {
      emf.close();
      db.drop().run();
    }
  }

  private static Flyway flyway(Database db) {
    return Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("classpath:db/migration")
        .load();
  }

  private static EntityManagerFactory emf(Database db) {
    return Persistence.createEntityManagerFactory(
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
  }

  private static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }
}
