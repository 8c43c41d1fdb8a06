package org.summitry.imports.control;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.imports.entity.ImportRun;
import org.summitry.journal.boundary.Journal;
import org.summitry.people.boundary.People;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.Summits;
import org.summitry.testing.TestDatabases.Database;

/**
 * The import's batches run through the real components on a real database, without a server: each
 * batch in a transaction of its own, as the background task runs them. Tests and {@link
 * ImportBenchmark} use it.
 */
final class ImportHarness implements AutoCloseable {

  final EntityManagerFactory emf;
  final EntityManager em;
  final ImportBatch batch = new ImportBatch();
  final People people = new People();
  final Gifts gifts = new Gifts();
  final Sources sources = new Sources();
  final Claims claims = new Claims();
  final org.summitry.translations.boundary.Translations translations =
      new org.summitry.translations.boundary.Translations();
  final Summits summits = new Summits();
  final Journal journal = new Journal();
  final ImportUndo undo = new ImportUndo();

  /** Journal rows appended and committed, as the page cache and search index are told of them. */
  final AtomicInteger appended = new AtomicInteger();

  private final ValidatorFactory validation = Validation.buildDefaultValidatorFactory();

  ImportHarness(Database db) {
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
    @SuppressWarnings("unchecked")
    Event<Object> counted =
        (Event<Object>)
            Proxy.newProxyInstance(
                Event.class.getClassLoader(),
                new Class<?>[] {Event.class},
                (self, method, args) -> {
                  if (method.getName().equals("fire")) {
                    appended.incrementAndGet();
                  }
                  return null;
                });
    List<Object> beans =
        List.of(
            em,
            journal,
            people,
            sources,
            claims,
            translations,
            summits,
            gifts,
            counted,
            validation.getValidator());
    for (Object bean :
        List.of(batch, people, gifts, sources, claims, translations, summits, journal, undo)) {
      inject(bean, beans);
    }
  }

  /** A queued import of {@code content}, as the mapping page leaves it. */
  long queue(String content, int rows, boolean publish) {
    return inTransaction(
        () -> {
          ImportRun run = new ImportRun("register.csv", content, rows, "curator");
          em.persist(run);
          run.queue(publish, "curator");
          em.flush();
          return run.getId();
        });
  }

  Lookups lookups() {
    return inTransaction(
        () ->
            new Lookups(
                people.pickablePeople(),
                people.pickableCountries(),
                people.allTrashedCountries().stream().map(People.CountryEdit::country).toList(),
                summits.pickable(),
                sources.pickable()));
  }

  /** Imports {@code rows} in batches as the background task does; returns the run as it ends. */
  ImportRun run(long runId, List<GiftRow> rows) {
    Lookups lookups = lookups();
    lookups.learnSpellings(rows);
    long started = System.nanoTime();
    for (int start = 0; start < rows.size(); start += ImportRunner.BATCH) {
      int end = Math.min(rows.size(), start + ImportRunner.BATCH);
      List<GiftRow> slice = rows.subList(start, end);
      inTransaction(
          () -> {
            batch.importRows(runId, slice, end, lookups, 0, started, 0, 0);
            return null;
          });
    }
    em.clear();
    return em.find(ImportRun.class, runId);
  }

  <T> T inTransaction(java.util.function.Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.clear();
    }
  }

  long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @Override
  public void close() {
    em.close();
    emf.close();
    validation.close();
  }

  private static void inject(Object bean, List<Object> beans) {
    for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
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
}
