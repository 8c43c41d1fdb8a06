package org.summitry.journal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitry.journal.entity.JournalEntry;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * {@link Journal#withdrawals} against the real schema, on H2 and on PostgreSQL: of several gifts in
 * one query, only those the public saw once and sees no longer, each with the title and time of its
 * withdrawal.
 */
class JournalWithdrawalsTest {

  private static final OffsetDateTime DAY =
      OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

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
  void onlyGiftsOncePublicAndHiddenNowAreWithdrawn(Supplier<Database> which) {
    Database db = which.get();
    Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    EntityManagerFactory emf = emf(db);
    try {
      EntityManager em = emf.createEntityManager();
      em.getTransaction().begin();
      // 1: published, edited, unpublished, then edited as a draft under another title.
      row(em, 1, "CREATED", 0, "Vase");
      row(em, 1, "PUBLISHED", 1, "Vase");
      row(em, 1, "UNPUBLISHED", 2, "Porcelain vase");
      row(em, 1, "UPDATED", 3, "Secret title");
      // 2: a draft trashed and purged, never public.
      row(em, 2, "CREATED", 0, "Draft");
      row(em, 2, "TRASHED", 1, "Draft");
      row(em, 2, "PURGED", 2, "Draft");
      // 3: public now.
      row(em, 3, "CREATED", 0, "Tea set");
      row(em, 3, "PUBLISHED", 1, "Tea set");
      // 4: published, then trashed and purged.
      row(em, 4, "CREATED", 0, "Sword");
      row(em, 4, "PUBLISHED", 1, "Sword");
      row(em, 4, "TRASHED", 4, "Sword");
      row(em, 4, "PURGED", 5, "Sword");
      em.getTransaction().commit();

      Journal journal = new Journal();
      journal.em = em;
      Map<Long, Withdrawal> withdrawn = journal.withdrawals("GIFT", List.of(1L, 2L, 3L, 4L, 5L));
      assertEquals(2, withdrawn.size(), () -> "withdrawn: " + withdrawn);
      assertEquals("Porcelain vase", withdrawn.get(1L).title());
      assertEquals(DAY.plusDays(2).toInstant(), withdrawn.get(1L).at().toInstant());
      assertEquals("Sword", withdrawn.get(4L).title());
      assertEquals(DAY.plusDays(4).toInstant(), withdrawn.get(4L).at().toInstant());
      assertEquals(
          withdrawn.get(1L), journal.withdrawal("GIFT", 1L).orElseThrow(), "one at a time too");
      assertEquals(Map.of(), journal.withdrawals("SUMMIT", List.of(1L)), "by kind");
      em.close();
    } finally {
      emf.close();
      db.drop().run();
    }
  }

  private static void row(EntityManager em, long gift, String action, int day, String title) {
    em.persist(new JournalEntry("GIFT", gift, action, "curator", DAY.plusDays(day), title, null));
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
}
