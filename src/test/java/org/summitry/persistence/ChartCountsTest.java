package org.summitry.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitry.edtf.DateSpec;
import org.summitry.gifts.boundary.CountryGiftYears;
import org.summitry.gifts.boundary.GiftFilter;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.gifts.entity.Gift;
import org.summitry.kernel.YearTally;
import org.summitry.people.entity.Country;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;
import org.summitry.summits.entity.Summit;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * The counts behind the charts come from GROUP BY queries that run alike on H2 and PostgreSQL,
 * leave out drafts and the trash, and agree with the lists they link to.
 */
class ChartCountsTest {

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
  void chartsCountPublishedEntriesPerYearAndPerPairOfCountries(Supplier<Database> which)
      throws Exception {
    Database db = which.get();
    Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    EntityManagerFactory emf = emf(db);
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      Country ru = new Country("RU", "Russia");
      Country kp = new Country("KP", "North Korea");
      em.persist(ru);
      em.persist(kp);
      em.flush();
      summit(em, "s2018", "2018-09-18/2018-09-20", true, false);
      summit(em, "s2024a", "2024-06-19", true, false);
      summit(em, "s2024b", "2024-02~", true, false);
      summit(em, "winter", "2023-24", true, false);
      summit(em, "draft", "2024", false, false);
      summit(em, "trashed", "2024", true, true);
      summit(em, "undated", null, true, false);
      gift(em, "a", ru, kp, "2024-06-19", true, false);
      gift(em, "b", ru, kp, "2024-02~", true, false);
      gift(em, "c", kp, ru, "201X", true, false);
      gift(em, "d", kp, null, "2018", true, false);
      gift(em, "e", ru, kp, "2024", false, false);
      gift(em, "f", ru, kp, "2024", true, true);
      em.getTransaction().commit();
      em.clear();

      Summits summits = new Summits();
      inject(summits, em);
      YearTally years = summits.yearTally();
      assertEquals(Map.of(2018, 1L, 2023, 1L, 2024, 3L), Map.copyOf(years.years()));
      assertEquals(1, years.undated());
      assertEquals(
          Set.of("s2024a", "s2024b", "winter"),
          summits.inYear(2024, 1, 10).items().stream()
              .map(SummitView::slug)
              .collect(Collectors.toSet()));
      assertEquals(3, summits.inYear(2024, 1, 2).total());
      assertEquals(1, summits.inYear(2024, 2, 2).items().size());

      Gifts gifts = new Gifts();
      inject(gifts, em);
      assertEquals(
          Map.of(
              List2.of(ru.getId(), kp.getId()),
              2L,
              List2.of(kp.getId(), ru.getId()),
              1L,
              List2.of(kp.getId(), null),
              1L),
          gifts.flows().stream()
              .collect(
                  Collectors.toMap(
                      f -> List2.of(f.giverCountryId(), f.recipientCountryId()), f -> f.gifts())));
      CountryGiftYears northKorea = gifts.yearsOf(kp.getId());
      assertEquals(1, northKorea.given().count(2015), "201X counts in each year of the decade");
      assertEquals(2, northKorea.given().count(2018));
      assertEquals(10, northKorea.given().years().size());
      assertEquals(2, northKorea.received().count(2024));
      for (int year : northKorea.given().years().keySet()) {
        assertEquals(
            northKorea.given().count(year),
            gifts.gifts(new GiftFilter(null, kp.getId(), null, null, null, year), 1, 10).total(),
            "the chart's count for " + year + " is what the year filter lists");
      }
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
      emf.close();
      db.drop().run();
    }
  }

  /** A pair that may hold nulls, as a map key. */
  private record List2(Long first, Long second) {
    static List2 of(Long first, Long second) {
      return new List2(first, second);
    }
  }

  private static void summit(
      EntityManager em, String slug, String date, boolean published, boolean trashed) {
    Summit summit = new Summit(slug, slug);
    summit.setDates(DateSpec.of(date));
    summit.setPublished(published);
    if (trashed) {
      summit.moveToTrash();
    }
    em.persist(summit);
  }

  private static void gift(
      EntityManager em,
      String slug,
      Country from,
      Country to,
      String date,
      boolean published,
      boolean trashed) {
    Gift gift = new Gift(slug, slug);
    gift.setGiver(null, from == null ? null : from.getId());
    gift.setRecipient(null, to == null ? null : to.getId());
    gift.setGiven(DateSpec.of(date));
    gift.setPublished(published);
    if (trashed) {
      gift.moveToTrash();
    }
    em.persist(gift);
  }

  private static void inject(Object boundary, EntityManager em)
      throws ReflectiveOperationException {
    Field field = boundary.getClass().getDeclaredField("em");
    field.setAccessible(true);
    field.set(boundary, em);
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
