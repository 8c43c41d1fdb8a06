package org.summitry.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitry.charts.boundary.GiftCube;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * The statistics page's numbers, counted from the kept cube of grouped gifts, are what plain SQL
 * GROUP BY queries over 20,000 generated gifts say, on H2 and PostgreSQL: gifts and declared values
 * per currency by giving and receiving country, by year (a gift counts in every year its date
 * overlaps, as the year filter lists it), by category and by person, with and without filters;
 * drafts and the trash left out.
 */
class StatisticsSumsTest {

  private static final int GIFTS = 20_000;
  private static final String[] CURRENCIES = {"KRW", "USD", "RUB", "EUR"};
  private static final String PUBLIC = " published = TRUE AND deleted_at IS NULL";

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
  void statisticsAgreeWithGroupByAtTwentyThousandGifts(Supplier<Database> which) throws Exception {
    Database db = which.get();
    Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    EntityManagerFactory emf = null;
    EntityManager em = null;
    try (Connection sql = DriverManager.getConnection(db.url(), db.user(), db.password())) {
      generate(sql);
      emf = emf(db);
      em = emf.createEntityManager();
      Gifts gifts = new Gifts();
      Field field = Gifts.class.getDeclaredField("em");
      field.setAccessible(true);
      field.set(gifts, em);
      GiftCube cube = GiftCube.of(gifts.facts());
      assertTrue(cube.size() < GIFTS, "gifts that share everything are counted together");

      GiftCube.Tables all = cube.count(GiftCube.Filter.NONE, 0, Integer.MAX_VALUE);
      assertEquals(scalar(sql, "SELECT COUNT(*) FROM gift WHERE" + PUBLIC), all.gifts());
      assertEquals(
          scalar(sql, "SELECT COUNT(*) FROM gift WHERE value_currency IS NULL AND" + PUBLIC),
          all.withoutValue());
      assertEquals(
          grouped(sql, null, PUBLIC).get(0L).values(), all.values(), "values per currency");
      compareEverything(sql, all, PUBLIC);

      // Narrowed by a country, a year and a category at once, and by a person.
      long country = scalar(sql, "SELECT MIN(id) FROM country");
      long category = scalar(sql, "SELECT MIN(id) FROM gift_category");
      long person = scalar(sql, "SELECT MIN(id) FROM person");
      GiftCube.Tables narrowed =
          cube.count(new GiftCube.Filter(country, 2015, category, null), 0, Integer.MAX_VALUE);
      String where =
          PUBLIC
              + " AND (giver_country_id = "
              + country
              + " OR recipient_country_id = "
              + country
              + ") AND category_id = "
              + category
              + " AND date_earliest <= DATE '2015-12-31' AND date_latest >= DATE '2015-01-01'";
      assertTrue(narrowed.gifts() > 0, "the filters still choose some gifts");
      assertEquals(scalar(sql, "SELECT COUNT(*) FROM gift WHERE" + where), narrowed.gifts());
      compareEverything(sql, narrowed, where);
      GiftCube.Tables ofPerson =
          cube.count(new GiftCube.Filter(null, null, null, person), 0, Integer.MAX_VALUE);
      String wherePerson =
          PUBLIC
              + " AND (giver_person_id = "
              + person
              + " OR recipient_person_id = "
              + person
              + ")";
      assertEquals(scalar(sql, "SELECT COUNT(*) FROM gift WHERE" + wherePerson), ofPerson.gifts());
      compareEverything(sql, ofPerson, wherePerson);

      // The people table is ranked by gifts given and received, and paged.
      GiftCube.Tables top = cube.count(GiftCube.Filter.NONE, 0, 5);
      assertEquals(5, top.people().size());
      assertEquals(all.people().subList(0, 5), top.people());
      assertEquals(all.people().subList(5, 10), cube.count(GiftCube.Filter.NONE, 5, 5).people());
    } finally {
      if (em != null) {
        em.close();
      }
      if (emf != null) {
        emf.close();
      }
      db.drop().run();
    }
  }

  private static void compareEverything(Connection sql, GiftCube.Tables tables, String where)
      throws Exception {
    Map<Long, Sums> given = grouped(sql, "giver_country_id", where);
    Map<Long, Sums> received = grouped(sql, "recipient_country_id", where);
    given.remove(null);
    received.remove(null);
    for (GiftCube.Party party : tables.countries()) {
      Sums gave = given.getOrDefault(party.id(), Sums.NONE);
      Sums got = received.getOrDefault(party.id(), Sums.NONE);
      assertEquals(gave.gifts(), party.given(), "gifts given by country " + party.id());
      assertEquals(got.gifts(), party.received(), "gifts received by country " + party.id());
      assertEquals(gave.values(), party.givenValues(), "values given by country " + party.id());
      assertEquals(got.values(), party.receivedValues(), "values received by " + party.id());
    }
    assertEquals(
        union(given, received),
        tables.countries().stream()
            .map(GiftCube.Party::id)
            .collect(java.util.stream.Collectors.toSet()));

    Map<Long, Sums> categories = grouped(sql, "category_id", where);
    assertEquals(categories.size(), tables.categories().size());
    for (GiftCube.Share share : tables.categories()) {
      Sums expected = categories.get(share.key());
      assertEquals(expected.gifts(), share.gifts(), "gifts of category " + share.key());
      assertEquals(expected.values(), share.values(), "values of category " + share.key());
    }

    Map<Long, Sums> givers = grouped(sql, "giver_person_id", where);
    Map<Long, Sums> recipients = grouped(sql, "recipient_person_id", where);
    givers.remove(null);
    recipients.remove(null);
    assertEquals(union(givers, recipients).size(), tables.peopleTotal());
    for (GiftCube.Party party : tables.people()) {
      Sums gave = givers.getOrDefault(party.id(), Sums.NONE);
      Sums got = recipients.getOrDefault(party.id(), Sums.NONE);
      assertEquals(gave.gifts(), party.given(), "gifts given by person " + party.id());
      assertEquals(got.gifts(), party.received(), "gifts received by person " + party.id());
      assertEquals(gave.values(), party.givenValues(), "values given by person " + party.id());
      assertEquals(got.values(), party.receivedValues(), "values received by " + party.id());
    }

    for (GiftCube.Share share : tables.years()) {
      String inYear =
          share.key() == null
              ? " AND (date_earliest IS NULL OR date_latest IS NULL)"
              : " AND date_earliest <= DATE '"
                  + share.key()
                  + "-12-31' AND date_latest >= DATE '"
                  + share.key()
                  + "-01-01'";
      Sums expected = grouped(sql, null, where + inYear).get(0L);
      assertEquals(expected.gifts(), share.gifts(), "gifts of year " + share.key());
      assertEquals(expected.values(), share.values(), "values of year " + share.key());
    }
  }

  private static java.util.Set<Long> union(Map<Long, Sums> a, Map<Long, Sums> b) {
    java.util.Set<Long> keys = new java.util.HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  /** Gifts and values per currency by {@code column} (null: all under 0), by plain GROUP BY. */
  private record Sums(long gifts, Map<String, BigDecimal> values) {
    static final Sums NONE = new Sums(0, Map.of());
  }

  private static Map<Long, Sums> grouped(Connection sql, String column, String where)
      throws Exception {
    Map<Long, Long> counts = new HashMap<>();
    Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
    try (Statement statement = sql.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT "
                    + (column == null ? "0" : column)
                    + ", value_currency, COUNT(*), SUM(value_amount) FROM gift WHERE"
                    + where
                    + " GROUP BY "
                    + (column == null ? "" : column + ", ")
                    + "value_currency")) {
      while (rows.next()) {
        long key = rows.getLong(1);
        Long id = rows.wasNull() ? null : key;
        counts.merge(id, rows.getLong(3), Long::sum);
        Map<String, BigDecimal> sums = values.computeIfAbsent(id, k -> new TreeMap<>());
        String currency = rows.getString(2);
        if (currency != null) {
          sums.put(currency.trim(), rows.getBigDecimal(4).setScale(2));
        }
      }
    }
    Map<Long, Sums> grouped = new HashMap<>();
    counts.forEach((id, n) -> grouped.put(id, new Sums(n, values.get(id))));
    if (grouped.isEmpty() && column == null) {
      grouped.put(0L, new Sums(0, Map.of()));
    }
    return grouped;
  }

  private static long scalar(Connection sql, String query) throws Exception {
    try (Statement statement = sql.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * 12 countries, 60 people, 6 categories and 20,000 gifts: parties, categories, dates (a day, a
   * decade, none) and values (four currencies, or none) chosen at random with a fixed seed, one
   * gift in twenty a draft and one in forty in the trash.
   */
  private static void generate(Connection sql) throws Exception {
    sql.setAutoCommit(false);
    OffsetDateTime now = OffsetDateTime.now();
    List<Long> countries = new ArrayList<>();
    try (PreparedStatement insert =
        sql.prepareStatement(
            "INSERT INTO country (id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < 12; i++) {
        long id = 1000 + i;
        insert.setLong(1, id);
        insert.setString(2, "" + (char) ('A' + i) + (char) ('A' + i));
        insert.setString(3, "Country " + i);
        insert.setObject(4, now);
        insert.setObject(5, now);
        insert.addBatch();
        countries.add(id);
      }
      insert.executeBatch();
    }
    List<Long> people = new ArrayList<>();
    try (PreparedStatement insert =
        sql.prepareStatement(
            "INSERT INTO person (id, slug, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < 60; i++) {
        long id = 2000 + i;
        insert.setLong(1, id);
        insert.setString(2, "person-" + i);
        insert.setString(3, "Person " + i);
        insert.setObject(4, now);
        insert.setObject(5, now);
        insert.addBatch();
        people.add(id);
      }
      insert.executeBatch();
    }
    List<Long> categories = new ArrayList<>();
    try (PreparedStatement insert =
        sql.prepareStatement("INSERT INTO gift_category (id, slug, name) VALUES (?, ?, ?)")) {
      for (int i = 0; i < 6; i++) {
        long id = 3000 + i;
        insert.setLong(1, id);
        insert.setString(2, "category-" + i);
        insert.setString(3, "Category " + i);
        insert.addBatch();
        categories.add(id);
      }
      insert.executeBatch();
    }
    Random random = new Random(24);
    Function<List<Long>, Long> pickOrNull =
        ids -> random.nextInt(8) == 0 ? null : ids.get(random.nextInt(ids.size()));
    try (PreparedStatement insert =
        sql.prepareStatement(
            "INSERT INTO gift (id, slug, title, category_id, giver_person_id, giver_country_id,"
                + " recipient_person_id, recipient_country_id, date_earliest, date_latest,"
                + " value_amount, value_currency, published, deleted_at, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < GIFTS; i++) {
        insert.setLong(1, 10_000 + i);
        insert.setString(2, "gift-" + i);
        insert.setString(3, "Gift " + i);
        setId(insert, 4, pickOrNull.apply(categories));
        setId(insert, 5, pickOrNull.apply(people));
        setId(insert, 6, pickOrNull.apply(countries));
        setId(insert, 7, pickOrNull.apply(people));
        setId(insert, 8, pickOrNull.apply(countries));
        int dating = random.nextInt(10);
        if (dating == 0) {
          insert.setNull(9, Types.DATE);
          insert.setNull(10, Types.DATE);
        } else {
          int year = 1995 + random.nextInt(30);
          LocalDate first =
              dating == 1
                  ? LocalDate.of(year / 10 * 10, 1, 1)
                  : LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
          LocalDate last = dating == 1 ? LocalDate.of(year / 10 * 10 + 9, 12, 31) : first;
          insert.setDate(9, Date.valueOf(first));
          insert.setDate(10, Date.valueOf(last));
        }
        if (random.nextInt(3) == 0) {
          insert.setNull(11, Types.NUMERIC);
          insert.setNull(12, Types.CHAR);
        } else {
          insert.setBigDecimal(11, BigDecimal.valueOf(random.nextInt(5_000_000), 2));
          insert.setString(12, CURRENCIES[random.nextInt(CURRENCIES.length)]);
        }
        insert.setBoolean(13, random.nextInt(20) != 0);
        insert.setObject(14, random.nextInt(40) == 0 ? now : null, Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setObject(15, now);
        insert.setObject(16, now);
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    sql.commit();
    sql.setAutoCommit(true);
  }

  private static void setId(PreparedStatement insert, int index, Long id) throws Exception {
    if (id == null) {
      insert.setNull(index, Types.BIGINT);
    } else {
      insert.setLong(index, id);
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
}
