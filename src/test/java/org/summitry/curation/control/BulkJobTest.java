package org.summitry.curation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.gifts.entity.Gift;
import org.summitry.gifts.entity.GiftCategory;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.EntryType;
import org.summitry.people.boundary.People;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.sources.entity.Source;
import org.summitry.stories.boundary.Stories;
import org.summitry.stories.entity.Story;
import org.summitry.summits.boundary.Summits;
import org.summitry.summits.entity.Summit;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * Bulk work through the real components on H2 and PostgreSQL, each entry in a transaction of its
 * own as the back office runs it: a refused entry keeps its reason and is left as it was while the
 * others change, each change is one journal row of its own, and entries already as asked are left
 * alone, with no row.
 */
class BulkJobTest {

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of(named("H2", TestDatabases::h2)),
        Arguments.of(named("PostgreSQL", TestDatabases::postgres)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void bulkPublishChangesTheReadyStoriesAndNamesTheOneWithoutAText(Supplier<Database> which) {
    Database db = which.get();
    migrate(db);
    EntityManagerFactory emf = emf(db);
    try {
      EntityManager em = emf.createEntityManager();
      Wired app = wire(em);
      List<Long> ids =
          tx(
              em,
              () -> {
                Story told = new Story("bulk-told", "Told");
                told.setBody("A story.");
                Story blank = new Story("bulk-blank", "Blank");
                blank.setBody(" ");
                Story also = new Story("bulk-also", "Also told");
                also.setBody("Another.");
                for (Story story : List.of(told, blank, also)) {
                  story.setPublished(false);
                  em.persist(story);
                }
                em.flush();
                return List.of(told.getId(), blank.getId(), also.getId());
              });
      assertEquals(ids, sorted(app.stories.adminIds(new AdminQuery("", null, false, 1, 1))));
      assertEquals(
          List.of(ids.get(0), ids.get(2)),
          sorted(app.stories.adminIds(new AdminQuery("told", null, false, 1, 1))),
          "select all matching takes the list's search");

      BulkJob job =
          new BulkJob(
              1,
              "stories",
              "publish",
              null,
              ids,
              "carla",
              id ->
                  tx(
                      em,
                      () -> {
                        app.stories.change(id, Change.PUBLISHED, "carla");
                        return true;
                      }),
              id -> app.stories.forEditing(id).orElseThrow().story().title());
      assertTrue(job.start());
      assertFalse(job.start(), "a job runs once");
      job.run();
      em.clear();

      assertEquals(BulkJob.Status.DONE, job.status());
      assertEquals(3, job.done());
      assertEquals(2, job.changed());
      assertEquals(1, job.refused().size());
      BulkJob.Refused refused = job.refused().get(0);
      assertEquals(ids.get(1), refused.id());
      assertEquals("Blank", refused.title());
      assertEquals(
          "A story needs a text before it is published.", refused.reason().message(Locale.ENGLISH));
      assertTrue(app.stories.forEditing(ids.get(0)).orElseThrow().state().published());
      assertFalse(app.stories.forEditing(ids.get(1)).orElseThrow().state().published());
      assertEquals(
          List.of(Change.PUBLISHED),
          changes(app.journal, EntryType.STORY, ids.get(0)),
          "one journal row of its own for each entry changed");
      assertEquals(List.of(), changes(app.journal, EntryType.STORY, ids.get(1)));
      em.close();
    } finally {
      emf.close();
      db.drop().run();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void giftsGetACategoryAnOccasionAndASourceEachJournaledOnceOnly(Supplier<Database> which) {
    Database db = which.get();
    migrate(db);
    EntityManagerFactory emf = emf(db);
    try {
      EntityManager em = emf.createEntityManager();
      Wired app = wire(em);
      long[] made =
          tx(
              em,
              () -> {
                em.persist(new GiftCategory("vehicle", "Vehicle"));
                Summit summit = new Summit("vostochny-2023", "Vostochny 2023");
                em.persist(summit);
                Source source = new Source("KCNA", "Gifts exchanged", null, null);
                em.persist(source);
                Gift rifle = new Gift("rifle", "Rifle");
                Gift car = new Gift("car", "Car");
                em.persist(rifle);
                em.persist(car);
                em.flush();
                return new long[] {rifle.getId(), car.getId(), summit.getId(), source.getId()};
              });
      Long rifle = made[0];
      Long car = made[1];

      assertTrue(tx(em, () -> app.gifts.setCategory(rifle, "vehicle", "carla")));
      assertFalse(
          tx(em, () -> app.gifts.setCategory(rifle, "vehicle", "carla")), "already so: no row");
      assertTrue(tx(em, () -> app.gifts.setOccasion(car, made[2], "State visit", "carla")));
      assertFalse(tx(em, () -> app.gifts.setOccasion(car, made[2], "State visit", "carla")));
      assertTrue(tx(em, () -> app.gifts.addSource(car, made[3], "carla")));
      assertFalse(tx(em, () -> app.gifts.addSource(car, made[3], "carla")));
      em.clear();

      assertEquals("vehicle", app.gifts.forEditing(rifle).orElseThrow().fields().get("category"));
      Map<String, String> carFields = app.gifts.forEditing(car).orElseThrow().fields();
      assertEquals("vostochny-2023", carFields.get("summit"));
      assertEquals("State visit", carFields.get("occasion"));
      assertTrue(carFields.get("sources").contains("Gifts exchanged"), carFields.toString());
      assertEquals(List.of(Change.UPDATED), changes(app.journal, EntryType.GIFT, rifle));
      assertEquals(
          List.of(Change.UPDATED, Change.UPDATED), changes(app.journal, EntryType.GIFT, car));
      em.close();
    } finally {
      emf.close();
      db.drop().run();
    }
  }

  private static List<Change> changes(Journal journal, EntryType type, Long id) {
    return journal.history(type.name(), id).stream().map(Revision::change).toList();
  }

  private static List<Long> sorted(List<Long> ids) {
    return ids.stream().sorted().toList();
  }

  private static void migrate(Database db) {
    Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  /** The components wired by hand as CDI wires them, over one entity manager. */
  private record Wired(Stories stories, Gifts gifts, Journal journal) {}

  @SuppressWarnings("unchecked")
  private static Wired wire(EntityManager em) {
    Journal journal = new Journal();
    People people = new People();
    Sources sources = new Sources();
    Claims claims = new Claims();
    org.summitry.translations.boundary.Translations translations =
        new org.summitry.translations.boundary.Translations();
    Summits summits = new Summits();
    Gifts gifts = new Gifts();
    Stories stories = new Stories();
    Event<Object> silent =
        (Event<Object>)
            Proxy.newProxyInstance(
                Event.class.getClassLoader(),
                new Class<?>[] {Event.class},
                (self, m, args) -> null);
    List<Object> beans =
        List.of(
            em, journal, people, sources, claims, translations, summits, gifts, stories, silent);
    for (Object bean :
        List.of(journal, people, sources, claims, translations, summits, gifts, stories)) {
      inject(bean, beans);
    }
    return new Wired(stories, gifts, journal);
  }

  private static void inject(Object bean, List<Object> beans) {
    for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        for (Object candidate : beans) {
          if (field.getType().isInstance(candidate)) {
            try {
              field.setAccessible(true);
              field.set(bean, candidate);
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
    }
  }

  /** One entry's transaction, as the facades' own: a refusal rolls it back. */
  private static <T> T tx(EntityManager em, Supplier<T> work) {
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
}
