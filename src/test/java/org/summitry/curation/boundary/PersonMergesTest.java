package org.summitry.curation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.gifts.entity.Gift;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.EntryType;
import org.summitry.media.boundary.Photos;
import org.summitry.media.entity.Photo;
import org.summitry.media.entity.PhotoRegion;
import org.summitry.people.boundary.Likeness;
import org.summitry.people.boundary.People;
import org.summitry.people.entity.Country;
import org.summitry.people.entity.Person;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.Summits;
import org.summitry.summits.entity.Summit;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * Two records of one person merged through the real components on H2 and PostgreSQL, as the back
 * office merges them: the gifts, summit places and photo tags move to the kept person, the merged
 * one's names become aliases, their address leads to the kept person, they are gone, and both
 * journals (and those of every entry that changed) say so.
 */
class PersonMergesTest {

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of(named("H2", TestDatabases::h2)),
        Arguments.of(named("PostgreSQL", TestDatabases::postgres)));
  }

  /** The ids of what one archive holds before the merge. */
  private record Archive(
      long kept, long merged, long other, long gift, long selfGift, long summit, long photo) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void curatorMergesMohammedViIntoMohammedVI(Supplier<Database> which) {
    Database db = which.get();
    Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    EntityManagerFactory emf = emf(db);
    try {
      EntityManager em = emf.createEntityManager();
      Archive a = fill(em);
      Wired app = wire(em);

      var duplicates = app.people.likelyDuplicates(1, 25);
      assertEquals(1, duplicates.total(), () -> "pairs: " + duplicates.items());
      var pair = duplicates.items().get(0);
      assertEquals(Likeness.SAME_NAME, pair.likeness());
      assertEquals(a.kept(), pair.keep().id(), "the one more linked to is kept");
      assertEquals(1, pair.mergeLinks().given());
      assertEquals(1, pair.mergeLinks().received());
      assertEquals(1, pair.mergeLinks().summits());
      assertEquals(1, pair.mergeLinks().regions());

      long mergedVersion = app.people.forEditingPerson(a.merged()).orElseThrow().state().version();
      long keptVersion = app.people.forEditingPerson(a.kept()).orElseThrow().state().version();
      assertThrows(
          EditConflict.class,
          () ->
              tx(
                  em,
                  () ->
                      app.merges.merge(
                          a.merged(), mergedVersion - 1, a.kept(), keptVersion, "curator")));
      assertTrue(app.people.forEditingPerson(a.merged()).isPresent(), "a refused merge is none");
      assertEquals(
          "mohammed-vi-2",
          app.gifts.forEditing(a.gift()).orElseThrow().fields().get("giver"),
          "a refused merge moves nothing");

      tx(em, () -> app.merges.merge(a.merged(), mergedVersion, a.kept(), keptVersion, "curator"));
      em.clear();

      assertTrue(app.people.forEditingPerson(a.merged()).isEmpty(), "the merged record is gone");
      var kept = app.people.forEditingPerson(a.kept()).orElseThrow();
      assertEquals(
          List.of("King Mohammed VI", "Mohammed Vi", "Muhammad VI"), kept.person().aliases());
      assertEquals("Chairman of nothing in particular", kept.person().biography(), "blank filled");

      var gift = app.gifts.forEditing(a.gift()).orElseThrow().fields();
      assertEquals("mohammed-vi", gift.get("giver"));
      var selfGift = app.gifts.forEditing(a.selfGift()).orElseThrow().fields();
      assertEquals("mohammed-vi", selfGift.get("recipient"));
      var summit = app.summits.forEditing(a.summit()).orElseThrow().fields();
      assertEquals(
          "mohammed-vi | Host\nemmanuel-macron | Guest",
          summit.get("participants"),
          "one place for the kept person, the merged one's role filling the empty one");
      assertEquals(List.of(a.kept()), personIds(app.photos, a.photo()));

      assertEquals("mohammed-vi", app.people.personRedirect("mohammed-vi-2").orElseThrow());
      assertEquals(
          "mohammed-vi",
          app.people.personRedirect("mohamed-6").orElseThrow(),
          "an address that led to the merged person leads on to the kept one");
      assertEquals(0, app.people.likelyDuplicates(1, 25).total(), "the pair is resolved");

      List<Revision> history = app.journal.history(EntryType.PERSON.name(), a.kept());
      Revision merge = history.get(0);
      assertEquals(Change.MERGED, merge.change());
      assertEquals("curator", merge.actor());
      assertEquals("Mohammed Vi", merge.note().get("name"));
      assertEquals("mohammed-vi-2", merge.note().get("person"));
      assertEquals("2", merge.note().get("gifts"));
      assertEquals("1", merge.note().get("summits"));
      assertEquals("1", merge.note().get("regions"));
      assertTrue(merge.fields().get("aliases").contains("Mohammed Vi"));
      Revision gone = app.journal.history(EntryType.PERSON.name(), a.merged()).get(0);
      assertEquals(Change.MERGED_INTO, gone.change());
      assertEquals(Long.toString(a.kept()), gone.note().get("id"));
      assertEquals("Mohammed Vi", gone.fields().get("name"), "the merged record's last fields");
      for (var entry :
          Map.of(
                  EntryType.GIFT, List.of(a.gift(), a.selfGift()),
                  EntryType.SUMMIT, List.of(a.summit()),
                  EntryType.PHOTO, List.of(a.photo()))
              .entrySet()) {
        for (long id : entry.getValue()) {
          Revision latest = app.journal.history(entry.getKey().name(), id).get(0);
          assertEquals(Change.UPDATED, latest.change(), entry.getKey() + " " + id);
          assertEquals("curator", latest.actor());
        }
      }
      assertFalse(
          app.journal.history(EntryType.PERSON.name(), a.other()).stream()
              .anyMatch(r -> r.change() != Change.CREATED),
          "a person only named beside them is untouched");
      em.close();
    } finally {
      emf.close();
      db.drop().run();
    }
  }

  /**
   * Mohammed VI (kept: more is linked to him) and "Mohammed Vi" as an import spelled him, who gave
   * one gift, received one from him, attended a summit with him and is tagged in a photo; Emmanuel
   * Macron beside them.
   */
  private static Archive fill(EntityManager em) {
    return tx(
        em,
        () -> {
          Country morocco = new Country("MA", "Morocco");
          em.persist(morocco);
          Person kept = new Person("mohammed-vi", "Mohammed VI");
          kept.setAliases(List.of("King Mohammed VI"));
          kept.setCountry(morocco);
          kept.setNativeName("محمد السادس");
          em.persist(kept);
          Person merged = new Person("mohammed-vi-2", "Mohammed Vi");
          merged.setAliases(List.of("Muhammad VI", "King Mohammed VI"));
          merged.setNativeName("محمد السادس");
          merged.setBiography("Chairman of nothing in particular");
          em.persist(merged);
          Person macron = new Person("emmanuel-macron", "Emmanuel Macron");
          em.persist(macron);
          em.flush();
          em.createNativeQuery(
                  "INSERT INTO slug_redirect (entry_type, old_slug, entry_id) VALUES ('PERSON',"
                      + " 'mohamed-6', ?1)")
              .setParameter(1, merged.getId())
              .executeUpdate();
          Gift gift = new Gift("saddle", "Saddle");
          gift.setGiver(merged.getId(), morocco.getId());
          gift.setRecipient(macron.getId(), null);
          em.persist(gift);
          Gift selfGift = new Gift("dagger", "Dagger");
          selfGift.setGiver(kept.getId(), morocco.getId());
          selfGift.setRecipient(merged.getId(), null);
          em.persist(selfGift);
          Gift keptGift = new Gift("carpet", "Carpet");
          keptGift.setGiver(kept.getId(), morocco.getId());
          keptGift.setRecipient(macron.getId(), null);
          em.persist(keptGift);
          for (String title : List.of("Tea set", "Rug")) {
            Gift more = new Gift(title.toLowerCase().replace(' ', '-'), title);
            more.setGiver(kept.getId(), morocco.getId());
            em.persist(more);
          }
          Summit summit = new Summit("rabat-2022", "Rabat 2022");
          summit.addParticipant(kept.getId(), null);
          summit.addParticipant(macron.getId(), "Guest");
          summit.addParticipant(merged.getId(), "Host");
          em.persist(summit);
          Photo photo = new Photo(String.format("%064x", 7), "image/jpeg", 1000, 1200, 800);
          em.persist(photo);
          em.flush();
          em.persist(new PhotoRegion(photo, 10, 10, 100, 100, merged.getId(), null, null));
          em.flush();
          return new Archive(
              kept.getId(),
              merged.getId(),
              macron.getId(),
              gift.getId(),
              selfGift.getId(),
              summit.getId(),
              photo.getId());
        });
  }

  private static List<Long> personIds(Photos photos, long photoId) {
    return photos.regions(photoId).stream().map(r -> r.personId()).toList();
  }

  /** The components wired by hand as CDI wires them, over one entity manager. */
  private record Wired(
      People people,
      Gifts gifts,
      Summits summits,
      Photos photos,
      Journal journal,
      PersonMerges merges) {}

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
    Photos photos = new Photos();
    PersonMerges merges = new PersonMerges();
    Event<Object> silent =
        (Event<Object>)
            Proxy.newProxyInstance(
                Event.class.getClassLoader(),
                new Class<?>[] {Event.class},
                (self, m, args) -> null);
    List<Object> beans =
        List.of(em, journal, people, sources, claims, translations, summits, gifts, photos, silent);
    for (Object bean :
        List.of(journal, people, sources, claims, translations, summits, gifts, photos, merges)) {
      inject(bean, beans);
    }
    return new Wired(people, gifts, summits, photos, journal, merges);
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

  private static void tx(EntityManager em, Runnable work) {
    tx(
        em,
        () -> {
          work.run();
          return null;
        });
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
