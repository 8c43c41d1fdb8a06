package org.summitry.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitry.accounts.entity.Role;
import org.summitry.accounts.entity.SetupToken;
import org.summitry.accounts.entity.SignInThrottle;
import org.summitry.accounts.entity.User;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * The accounts schema (V3) and its mappings agree on H2 and PostgreSQL: users are unique by name
 * and listed by search and order, a setup token is used once, throttle times survive the trip.
 */
class AccountsPersistenceTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneOffset.UTC);

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of(named("H2", TestDatabases::h2)),
        Arguments.of(named("PostgreSQL", TestDatabases::postgres)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void usersAreFoundBySearchInEachOrderAndUniqueByName(Supplier<Database> which) {
    withDatabase(
        which,
        emf -> {
          inTransaction(
              emf,
              em -> {
                em.persist(new User("bob", "hash", Role.CONTRIBUTOR, NOW));
                em.persist(new User("alice", "hash", Role.CURATOR, NOW.plusMinutes(1)));
                em.persist(new User("zoe", "hash", Role.ADMIN, NOW.plusMinutes(2)));
                em.persist(new User("b_x", "hash", Role.CONTRIBUTOR, NOW.plusMinutes(3)));
                return null;
              });
          assertEquals("[alice, b_x, bob, zoe]", usernames(emf, "", UserOrder.USERNAME).toString());
          assertEquals("[zoe, alice, b_x, bob]", usernames(emf, "", UserOrder.ROLE).toString());
          assertEquals("[b_x, zoe, alice, bob]", usernames(emf, "", UserOrder.CREATED).toString());
          assertEquals("[b_x]", usernames(emf, "_", UserOrder.USERNAME).toString(), "no wildcard");
          assertEquals("[b_x, bob]", usernames(emf, "B", UserOrder.USERNAME).toString());
          assertThrows(
              PersistenceException.class,
              () ->
                  inTransaction(
                      emf,
                      em -> {
                        em.persist(new User("bob", "other", Role.ADMIN, NOW));
                        return null;
                      }));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aSetupTokenIsUsedOnceAndOnlyBeforeItExpires(Supplier<Database> which) {
    withDatabase(
        which,
        emf -> {
          inTransaction(
              emf,
              em -> {
                em.persist(new SetupToken("fresh", NOW));
                em.persist(new SetupToken("old", NOW.minus(SetupToken.VALIDITY)));
                return null;
              });
          assertEquals(1, consume(emf, "fresh"));
          assertEquals(0, consume(emf, "fresh"), "a used token cannot be used again");
          assertEquals(0, consume(emf, "old"), "an expired token cannot be used");
          assertEquals(0, consume(emf, "unknown"));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aLockIsKeptInTheDatabase(Supplier<Database> which) {
    withDatabase(
        which,
        emf -> {
          String subject = SignInThrottle.ofAccount("alice", "192.0.2.7");
          inTransaction(
              emf,
              em -> {
                SignInThrottle throttle = new SignInThrottle(subject);
                for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
                  throttle.fail(NOW, SignInThrottle.ACCOUNT_LIMIT);
                }
                em.persist(throttle);
                return null;
              });
          SignInThrottle stored = inTransaction(emf, em -> em.find(SignInThrottle.class, subject));
          assertTrue(
              stored
                  .lockedAt(NOW.plusMinutes(1))
                  .orElseThrow()
                  .isEqual(NOW.plus(SignInThrottle.LOCK)));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void rowsWhoseLockAndWindowAreOverAreRemoved(Supplier<Database> which) {
    withDatabase(
        which,
        emf -> {
          OffsetDateTime later = NOW.plus(SignInThrottle.LOCK).plusMinutes(1);
          inTransaction(
              emf,
              em -> {
                SignInThrottle locked = new SignInThrottle(SignInThrottle.ofAddress("192.0.2.1"));
                for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
                  locked.fail(NOW, SignInThrottle.ADDRESS_LIMIT);
                }
                SignInThrottle counting =
                    new SignInThrottle(SignInThrottle.ofAccount("bob", "192.0.2.2"));
                counting.fail(NOW, SignInThrottle.ACCOUNT_LIMIT);
                SignInThrottle recent =
                    new SignInThrottle(SignInThrottle.ofAccount("carol", "192.0.2.3"));
                recent.fail(later.minusMinutes(1), SignInThrottle.ACCOUNT_LIMIT);
                em.persist(locked);
                em.persist(counting);
                em.persist(recent);
                return null;
              });
          int removed =
              inTransaction(
                  emf,
                  em ->
                      em.createNamedQuery(SignInThrottle.EXPIRED)
                          .setParameter("now", later)
                          .setParameter("windowStart", later.minus(SignInThrottle.WINDOW))
                          .executeUpdate());
          assertEquals(2, removed, "the lock and the window that are over");
          List<String> left =
              inTransaction(
                  emf,
                  em ->
                      em.createQuery("SELECT t.subject FROM SignInThrottle t", String.class)
                          .getResultList());
          assertEquals(List.of(SignInThrottle.ofAccount("carol", "192.0.2.3")), left);
        });
  }

  private static List<String> usernames(EntityManagerFactory emf, String search, UserOrder order) {
    return inTransaction(
        emf,
        em -> {
          Users users = new Users();
          users.em = em;
          return users.users(search, order, 1, 10).items().stream()
              .map(UserView::username)
              .toList();
        });
  }

  private static int consume(EntityManagerFactory emf, String token) {
    return inTransaction(
        emf,
        em ->
            em.createNamedQuery(SetupToken.CONSUME)
                .setParameter("hash", SetupToken.hash(token))
                .setParameter("now", NOW)
                .executeUpdate());
  }

  private static void withDatabase(Supplier<Database> which, Consumer<EntityManagerFactory> test) {
    Database db = which.get();
    try {
      Flyway.configure()
          .dataSource(db.url(), db.user(), db.password())
          .locations("classpath:db/migration")
          .load()
          .migrate();
      EntityManagerFactory emf =
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
      try {
        test.accept(emf);
      } finally {
        emf.close();
      }
    } finally {
      db.drop().run();
    }
  }

  private static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
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
