package org.summitry.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.sessions.Session;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.summitry.gifts.entity.Gift;
import org.summitry.people.entity.Person;
import org.summitry.platform.control.DatabaseMigrations;
import org.summitry.summits.entity.Summit;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * Upgrades, on H2 and PostgreSQL: the migrations build every table, column and sequence the
 * entities map (and no required column they would leave empty), and a new version started on an
 * archive made by an older one migrates it in place, its rows kept and readable by today's
 * entities.
 */
class MigrationsTest {

  /**
   * The schema version the upgrade starts from: the first release's, before journal and accounts.
   */
  private static final String OLD_VERSION = "1";

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
  void theMigratedSchemaHasEverythingTheEntitiesMap(Supplier<Database> which) throws Exception {
    Database db = which.get();
    try {
      DatabaseMigrations.migrate(dataSource(db));
      EntityManagerFactory emf = emf(db);
      try (Connection connection = connect(db)) {
        Map<String, Set<String>> schema = columns(connection);
        Map<String, Set<String>> mapped = mappedColumns(emf);
        assertTrue(mapped.size() >= 10, "the entities map the archive's tables: " + mapped);
        List<String> missing = new ArrayList<>();
        mapped.forEach(
            (table, columns) ->
                columns.stream()
                    .filter(c -> !schema.getOrDefault(table, Set.of()).contains(c))
                    .forEach(c -> missing.add(table + "." + c)));
        assertEquals(List.of(), missing, "columns the entities map but the migrations never made");

        List<String> unwritten = new ArrayList<>();
        for (String table : mapped.keySet()) {
          for (String column : requiredWithoutDefault(connection, table)) {
            if (!mapped.get(table).contains(column)) {
              unwritten.add(table + "." + column);
            }
          }
        }
        assertEquals(
            List.of(), unwritten, "required columns without a default that no entity writes");

        Set<String> sequences = sequences(connection);
        for (String sequence : mappedSequences(emf)) {
          assertTrue(sequences.contains(sequence), "sequence " + sequence + " in " + sequences);
        }
      } finally {
        emf.close();
      }
    } finally {
      db.drop().run();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anArchiveOfAnOlderVersionIsMigratedInPlaceWithItsRowsKept(Supplier<Database> which)
      throws Exception {
    Database db = which.get();
    try {
      Flyway old =
          Flyway.configure()
              .dataSource(db.url(), db.user(), db.password())
              .locations("classpath:db/migration")
              .target(OLD_VERSION)
              .load();
      assertEquals(1, old.migrate().migrationsExecuted);
      try (Connection connection = connect(db);
          Statement sql = connection.createStatement()) {
        sql.executeUpdate(
            "INSERT INTO country (id, code, name, created_at, updated_at)"
                + " VALUES (1, 'KP', 'North Korea', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        sql.executeUpdate(
            "INSERT INTO person (id, slug, name, native_name, country_id, created_at, updated_at)"
                + " VALUES (2, 'kim-jong-un', 'Kim Jong Un', '김정은', 1,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        sql.executeUpdate(
            "INSERT INTO person_alias (person_id, position, alias) VALUES (2, 0, 'Ким Чен Ын')");
        sql.executeUpdate(
            "INSERT INTO summit (id, slug, title, date_edtf, date_earliest, date_latest,"
                + " country_id, created_at, updated_at) VALUES (3, 'pyongyang-2024',"
                + " 'Summit in Pyongyang', '2024-06-18/2024-06-19', DATE '2024-06-18',"
                + " DATE '2024-06-19', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        sql.executeUpdate(
            "INSERT INTO summit_participant (summit_id, position, person_id, role)"
                + " VALUES (3, 0, 2, 'Host')");
        sql.executeUpdate(
            "INSERT INTO gift (id, slug, title, giver_person_id, summit_id, value_amount,"
                + " value_currency, published, created_at, updated_at) VALUES (4, 'pungsan-dogs',"
                + " 'Pair of Pungsan dogs', 2, 3, 1234567.89, 'USD', FALSE,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      }

      MigrateResult upgrade = DatabaseMigrations.migrate(dataSource(db));

      MigrationInfo[] all =
          Flyway.configure()
              .dataSource(db.url(), db.user(), db.password())
              .locations("classpath:db/migration")
              .load()
              .info()
              .all();
      assertTrue(all.length > 1, "there are migrations after version " + OLD_VERSION);
      for (MigrationInfo migration : all) {
        assertEquals(MigrationState.SUCCESS, migration.getState(), migration.getScript());
      }
      assertEquals(all.length - 1, upgrade.migrationsExecuted, "every later migration ran once");
      assertEquals(all[all.length - 1].getVersion().getVersion(), upgrade.targetSchemaVersion);
      try (Connection connection = connect(db)) {
        Map<String, Set<String>> schema = columns(connection);
        for (String table : List.of("journal", "slug_redirect", "users", "sign_in_throttle")) {
          assertTrue(schema.containsKey(table), "the upgrade added " + table);
        }
        assertEquals(1, count(connection, "country"));
        assertEquals(1, count(connection, "person_alias"));
        assertEquals(1, count(connection, "summit_participant"));
      }
      EntityManagerFactory emf = emf(db);
      try {
        EntityManager em = emf.createEntityManager();
        Summit summit =
            em.createNamedQuery(Summit.BY_SLUG, Summit.class)
                .setParameter("slug", "pyongyang-2024")
                .getSingleResult();
        assertEquals("Summit in Pyongyang", summit.getTitle());
        assertEquals("2024-06-18/2024-06-19", summit.getDates().edtf());
        assertEquals(1, summit.getParticipants().size());
        assertTrue(summit.isPublished(), "rows keep their state");
        assertNull(summit.getDeletedAt(), "rows of the old version are not in the trash");
        Person kim = em.find(Person.class, 2L);
        assertEquals("김정은", kim.getNativeName());
        assertEquals(List.of("Ким Чен Ын"), kim.getAliases());
        Gift dogs = em.find(Gift.class, 4L);
        assertEquals(0, new BigDecimal("1234567.89").compareTo(dogs.getValueAmount()));
        assertEquals(false, dogs.isPublished());
        em.close();
      } finally {
        emf.close();
      }
    } finally {
      db.drop().run();
    }
  }

  /** Table name to column names, lower case, of the schema the connection works in. */
  private static Map<String, Set<String>> columns(Connection connection) throws SQLException {
    Map<String, Set<String>> tables = new java.util.TreeMap<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rows = meta.getColumns(null, connection.getSchema(), "%", "%")) {
      while (rows.next()) {
        tables
            .computeIfAbsent(lower(rows.getString("TABLE_NAME")), t -> new TreeSet<>())
            .add(lower(rows.getString("COLUMN_NAME")));
      }
    }
    return tables;
  }

  private static List<String> requiredWithoutDefault(Connection connection, String table)
      throws SQLException {
    List<String> required = new ArrayList<>();
    DatabaseMetaData meta = connection.getMetaData();
    String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    try (ResultSet rows = meta.getColumns(null, connection.getSchema(), name, "%")) {
      while (rows.next()) {
        if (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
            && rows.getString("COLUMN_DEF") == null) {
          required.add(lower(rows.getString("COLUMN_NAME")));
        }
      }
    }
    return required;
  }

  private static Set<String> sequences(Connection connection) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = ?")) {
      query.setString(1, connection.getSchema());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(lower(rows.getString(1)));
        }
      }
    }
    return names;
  }

  /** Every table and column the persistence unit's mappings read or write, lower case. */
  private static Map<String, Set<String>> mappedColumns(EntityManagerFactory emf) {
    Map<String, Set<String>> tables = new java.util.TreeMap<>();
    Session session = emf.createEntityManager().unwrap(Session.class);
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      if (descriptor.isAggregateDescriptor()) {
        continue; // an embeddable's columns are counted with the entity that embeds it
      }
      DatabaseTable home = descriptor.getDefaultTable();
      add(tables, home, descriptor.getFields());
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        if (mapping instanceof DirectCollectionMapping direct) {
          DatabaseTable table = direct.getReferenceTable();
          add(tables, table, direct.getReferenceKeyFields());
          add(tables, table, List.of(direct.getDirectField()));
        } else if (mapping instanceof AggregateCollectionMapping aggregate) {
          DatabaseTable table = aggregate.getReferenceDescriptor().getDefaultTable();
          add(tables, table, aggregate.getReferenceDescriptor().getFields());
          add(tables, table, aggregate.getTargetForeignKeyFields());
        } else if (mapping instanceof ManyToManyMapping many) {
          add(tables, many.getRelationTable(), many.getSourceRelationKeyFields());
          add(tables, many.getRelationTable(), many.getTargetRelationKeyFields());
        }
        if (mapping instanceof CollectionMapping collection
            && collection.getListOrderField() != null) {
          DatabaseField order = collection.getListOrderField();
          add(tables, order.getTable(), List.of(order));
        }
      }
    }
    return tables;
  }

  private static void add(
      Map<String, Set<String>> tables, DatabaseTable table, List<DatabaseField> fields) {
    for (DatabaseField field : fields) {
      DatabaseTable owner = field.hasTableName() ? field.getTable() : table;
      tables
          .computeIfAbsent(lower(owner.getName()), t -> new TreeSet<>())
          .add(lower(field.getName()));
    }
  }

  private static Set<String> mappedSequences(EntityManagerFactory emf) {
    Set<String> names = new HashSet<>();
    Session session = emf.createEntityManager().unwrap(Session.class);
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      if (descriptor.usesSequenceNumbers()) {
        names.add(lower(descriptor.getSequenceNumberName()));
      }
    }
    return names;
  }

  private static int count(Connection connection, String table) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static String lower(String name) {
    return name.replace("\"", "").toLowerCase(Locale.ROOT);
  }

  private static Connection connect(Database db) throws SQLException {
    return DriverManager.getConnection(db.url(), db.user(), db.password());
  }

  /** A plain datasource, such as the one DatabaseMigrations receives from the container. */
  private static DataSource dataSource(Database db) {
    if (db.url().startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(db.url());
      h2.setUser(db.user());
      h2.setPassword(db.password());
      return h2;
    }
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setURL(db.url());
    postgres.setUser(db.user());
    postgres.setPassword(db.password());
    return postgres;
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
