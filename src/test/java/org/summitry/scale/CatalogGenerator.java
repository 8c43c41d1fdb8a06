package org.summitry.scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.summitry.edtf.Edtf;
import org.summitry.kernel.Slugs;
import org.summitry.platform.control.ConfiguredDataSource;
import org.summitry.platform.control.DatabaseMigrations;
import org.summitry.scale.Vocabulary.Culture;

/**
 * Fills the configured database with a synthetic catalog large enough to measure the archive at the
 * scale of the largest gift collections: by default 1,000,000 gifts, 50,000 summits, 20,000 people
 * with their aliases, 200 countries, 1,000,000 photo records (metadata only, no files), 20,000
 * sources and their citations, all published. Names, titles and descriptions mix Latin, Hangul,
 * Cyrillic, Chinese, Japanese and Arabic script; dates are EDTF with their bounds.
 *
 * <p>Run it with {@code mvn -Pgenerate -DskipTests process-test-classes [-Dgifts=N]}: see
 * BENCHMARKS.md. It reads the database from the app's own variables ({@code SUMMITRY_DB_URL},
 * {@code SUMMITRY_DB_USER}, {@code SUMMITRY_DB_PASSWORD}; the H2 file under {@code
 * SUMMITRY_DATA_DIR} otherwise), migrates the schema, and refuses an archive that already holds
 * entries unless {@code -Dreplace=true}, which deletes every entry first (users stay).
 *
 * <p>Each entry gets one CREATED row in the journal, as the back office would have written it, with
 * the same snapshot fields, so history, restore, the audit log and feeds work on generated entries
 * ({@code -Djournal=false} leaves the journal empty). Ids come after the sequence's current value;
 * afterwards the sequences are moved past the generated ids.
 */
public final class CatalogGenerator {

  /** How many of each kind to make. */
  public record Sizes(int gifts, int summits, int people, int countries, int photos, int sources) {

    /** The default proportions (1,000,000 gifts : 50,000 summits : 20,000 people ...). */
    public static Sizes scaledTo(int gifts) {
      double f = gifts / 1_000_000.0;
      return new Sizes(
          gifts,
          Math.max(3, (int) Math.round(50_000 * f)),
          Math.max(6, (int) Math.round(20_000 * f)),
          200,
          (int) Math.round(1_000_000 * f),
          Math.max(2, (int) Math.round(20_000 * f)));
    }

    static Sizes fromSystemProperties() {
      Sizes scaled = scaledTo(Integer.getInteger("gifts", 1_000_000));
      return new Sizes(
          scaled.gifts,
          Integer.getInteger("summits", scaled.summits),
          Integer.getInteger("people", scaled.people),
          Math.min(200, Integer.getInteger("countries", scaled.countries)),
          Integer.getInteger("photos", scaled.photos),
          Integer.getInteger("sources", scaled.sources));
    }
  }

  /** Rows written per table and how long it took. */
  public record Result(Map<String, Long> rows, Duration took) {}

  private static final String ACTOR = "generator";

  private final Sizes sizes;
  private final SplittableRandom random;
  private final boolean journal;
  private long nextId;
  private long nextJournalId;
  private final Map<String, Long> counts = new LinkedHashMap<>();

  private OffsetDateTime timelineStart;
  private long timelineStep;
  private long journalIndex;
  private long lastTable = System.nanoTime();

  private Country[] countries;
  private Person[] people;
  private Category[] categories;
  private Source[] sources;
  private Summit[] summits;

  private CatalogGenerator(Sizes sizes, long seed, boolean journal) {
    this.sizes = sizes;
    this.random = new SplittableRandom(seed);
    this.journal = journal;
  }

  public static void main(String[] args) throws Exception {
    Sizes sizes = Sizes.fromSystemProperties();
    long seed = Long.getLong("seed", 20240619L);
    boolean replace = Boolean.getBoolean("replace");
    boolean journal = Boolean.parseBoolean(System.getProperty("journal", "true"));
    Target target = Target.configured();
    System.out.println("Generating " + sizes + " into " + target.url);
    Result result = run(target, sizes, seed, replace, journal);
    System.out.printf("Done in %.1f s%n", result.took.toMillis() / 1000.0);
  }

  /** Where the archive lives: the app's configuration, read the same way. */
  public record Target(String url, String user, String password) {

    static Target configured() {
      String url = setting("summitry.db.url", "SUMMITRY_DB_URL", "");
      if (url.isBlank()) {
        Path dir = Path.of(setting("summitry.data.dir", "SUMMITRY_DATA_DIR", "./data"));
        return new Target(ConfiguredDataSource.h2Url(dir), "sa", "");
      }
      return new Target(
          url,
          setting("summitry.db.user", "SUMMITRY_DB_USER", ""),
          setting("summitry.db.password", "SUMMITRY_DB_PASSWORD", ""));
    }

    boolean postgres() {
      return url.startsWith("jdbc:postgresql:");
    }

    DataSource dataSource() {
      if (postgres()) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        pg.setUser(user);
        pg.setPassword(password);
        return pg;
      }
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }

    Connection connect() throws SQLException {
      Connection connection = DriverManager.getConnection(url, user, password);
      connection.setAutoCommit(false);
      return connection;
    }

    private static String setting(String property, String variable, String fallback) {
      String value = System.getProperty(property);
      if (value == null) {
        value = System.getenv(variable);
      }
      return value == null ? fallback : value;
    }
  }

  /** Migrates, checks the archive is empty (or empties it), generates, moves the sequences on. */
  public static Result run(Target target, Sizes sizes, long seed, boolean replace, boolean journal)
      throws SQLException {
    long started = System.nanoTime();
    DatabaseMigrations.migrate(target.dataSource());
    try (Connection data = target.connect();
        Connection log = target.connect()) {
      long entries = entries(data);
      if (entries > 0) {
        if (!replace) {
          throw new IllegalStateException(
              "The archive already holds "
                  + entries
                  + " entries; run with -Dreplace=true to delete them first");
        }
        empty(data, target.postgres());
      }
      CatalogGenerator generator = new CatalogGenerator(sizes, seed, journal);
      generator.nextId = nextValue(data, "summitry_seq", target.postgres()) + 50;
      generator.nextJournalId = nextValue(data, "journal_seq", target.postgres()) + 1;
      data.commit();
      generator.generate(data, log);
      try (Statement sql = data.createStatement()) {
        sql.execute("ALTER SEQUENCE summitry_seq RESTART WITH " + (generator.nextId + 100));
        sql.execute("ALTER SEQUENCE journal_seq RESTART WITH " + (generator.nextJournalId + 1));
      }
      data.commit();
      if (target.postgres()) {
        data.setAutoCommit(true);
        try (Statement sql = data.createStatement()) {
          // Fresh statistics and a visibility map, as after any bulk load.
          sql.execute(
              "VACUUM ANALYZE country, gift_category, person, person_alias, source, summit,"
                  + " summit_participant, gift, photo, gallery_item, citation, journal");
        }
      }
      return new Result(generator.counts, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private static final List<String> ENTRY_TABLES =
      List.of("country", "person", "summit", "gift", "gift_category", "source", "photo");

  private static long entries(Connection connection) throws SQLException {
    long total = 0;
    try (Statement sql = connection.createStatement()) {
      for (String table : ENTRY_TABLES) {
        try (ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          total += rs.getLong(1);
        }
      }
    }
    return total;
  }

  /** Deletes every entry and its journal rows; user accounts and their journal rows stay. */
  private static void empty(Connection connection, boolean postgres) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      if (postgres) {
        sql.execute(
            "TRUNCATE photo_region, story, gallery_item, claim, citation, photo, gift,"
                + " summit_participant, summit, gift_category, source, person_alias, person,"
                + " country, slug_redirect");
      } else {
        for (String table :
            List.of(
                "photo_region",
                "story",
                "gallery_item",
                "claim",
                "citation",
                "photo",
                "gift",
                "summit_participant",
                "summit",
                "gift_category",
                "source",
                "person_alias",
                "person",
                "country",
                "slug_redirect")) {
          sql.execute("DELETE FROM " + table);
        }
      }
      sql.execute("DELETE FROM journal WHERE action <> 'ACCOUNT'");
    }
    connection.commit();
  }

  private static long nextValue(Connection connection, String sequence, boolean postgres)
      throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet rs =
            sql.executeQuery(
                postgres
                    ? "SELECT nextval('" + sequence + "')"
                    : "SELECT NEXT VALUE FOR " + sequence)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private record Country(
      long id, String code, String name, Culture culture, List<Integer> people) {}

  private record Person(
      long id,
      String slug,
      String name,
      String nativeName,
      List<String> aliases,
      String title,
      int country,
      String biography,
      String surname) {

    String inOwnScript() {
      return nativeName == null ? name : nativeName;
    }
  }

  private record Category(long id, Vocabulary.Category words) {}

  private record Source(long id, String publisher, String title, String url, String date) {
    String line() {
      return id + " | " + publisher + ": " + title;
    }
  }

  private record Summit(
      long id,
      String slug,
      String title,
      String date,
      String city,
      String venue,
      int country,
      String summary,
      int[] participants,
      String[] roles,
      int[] sources) {}

  private void generate(Connection data, Connection log) throws SQLException {
    long journalRows =
        journal
            ? sizes.countries
                + Vocabulary.CATEGORIES.size()
                + sizes.people
                + sizes.sources
                + sizes.summits
                + sizes.gifts
                + (long) sizes.photos
            : 1;
    // The catalog grew over the last three years; the journal's ids follow its timeline.
    timelineStart = OffsetDateTime.now(ZoneOffset.UTC).minusYears(3).withNano(0);
    timelineStep = Duration.ofDays(3 * 365).toMillis() / Math.max(1, journalRows);
    try (TableWriter journalRowsOut =
        journal
            ? TableWriter.open(
                log,
                "journal",
                "id",
                "entry_type",
                "entry_id",
                "action",
                "actor",
                "at",
                "label",
                "snapshot")
            : null) {
      Journal out = new Journal(journalRowsOut);
      countries(data, out);
      categories(data, out);
      people(data, out);
      sources(data, out);
      summits(data, out);
      GiftFacts gifts = gifts(data, out);
      photos(data, out, gifts);
      citations(data, gifts);
    }
    log.commit();
    if (journal) {
      counts.put("journal", journalIndex);
      System.out.printf("  %-20s %,12d rows (written alongside)%n", "journal", journalIndex);
    }
  }

  /** The journal's CREATED rows, one per entry, in the order the entries were made. */
  private final class Journal {
    private final TableWriter out;

    Journal(TableWriter out) {
      this.out = out;
    }

    /** The creation time of the next entry, which its journal row (if any) records too. */
    OffsetDateTime created(
        String type, long entryId, String label, Consumer<Map<String, String>> snapshot)
        throws SQLException {
      OffsetDateTime at = timelineStart.plusNanos(journalIndex++ * timelineStep * 1_000_000);
      if (out != null) {
        Map<String, String> fields = new LinkedHashMap<>();
        snapshot.accept(fields);
        out.row(
            nextJournalId++,
            type,
            entryId,
            "CREATED",
            ACTOR,
            at,
            label.length() > 500 ? label.substring(0, 499) + "…" : label,
            json(fields));
      }
      return at;
    }
  }

  private void countries(Connection data, Journal log) throws SQLException {
    List<String> codes = new ArrayList<>(Vocabulary.MAJOR_COUNTRIES);
    Set<String> skipped =
        Set.of(
            "AQ", "BV", "HM", "UM", "TF", "IO", "AX", "GS", "PN", "TK", "NF", "CX", "CC", "SJ",
            "BL", "MF", "SX", "BQ", "CW", "EH", "YT", "RE", "GP", "MQ", "GF", "PM", "WF", "NC",
            "PF", "AS", "GU", "MP", "VI", "PR", "AI", "MS", "VG", "KY", "TC", "BM", "FK", "SH",
            "GI", "GG", "JE", "IM", "FO", "GL");
    for (String code : Locale.getISOCountries()) {
      if (!codes.contains(code) && !skipped.contains(code)) {
        codes.add(code);
      }
    }
    countries = new Country[Math.min(sizes.countries, codes.size())];
    try (TableWriter out =
        TableWriter.open(
            data,
            "country",
            "id",
            "code",
            "name",
            "published",
            "version",
            "created_at",
            "updated_at")) {
      for (int i = 0; i < countries.length; i++) {
        String code = codes.get(i);
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        Country country =
            new Country(nextId++, code, name, Vocabulary.culture(code), new ArrayList<>());
        countries[i] = country;
        OffsetDateTime at =
            log.created(
                "COUNTRY",
                country.id,
                name,
                f -> {
                  f.put("code", code);
                  f.put("name", name);
                });
        out.row(country.id, code, name, true, 0, at, at);
      }
      done(data, out);
    }
  }

  private void categories(Connection data, Journal log) throws SQLException {
    categories = new Category[Vocabulary.CATEGORIES.size()];
    try (TableWriter out =
        TableWriter.open(data, "gift_category", "id", "slug", "name", "version")) {
      for (int i = 0; i < categories.length; i++) {
        Vocabulary.Category words = Vocabulary.CATEGORIES.get(i);
        categories[i] = new Category(nextId++, words);
        log.created(
            "CATEGORY",
            categories[i].id,
            words.name(),
            f -> {
              f.put("name", words.name());
              f.put("slug", words.slug());
            });
        out.row(categories[i].id, words.slug(), words.name(), 0);
      }
      done(data, out);
    }
  }

  private static final List<String> OFFICES =
      List.of(
          "President of %s",
          "Prime Minister of %s",
          "Minister of Foreign Affairs of %s",
          "Minister of Foreign Affairs of %s",
          "Minister of Defence of %s",
          "Minister of Trade of %s",
          "Ambassador of %s",
          "Ambassador of %s",
          "Ambassador of %s",
          "Adviser to the head of state of %s",
          "Chief of Protocol of %s",
          "Speaker of the Parliament of %s");

  private void people(Connection data, Journal log) throws SQLException {
    people = new Person[sizes.people];
    Map<String, Integer> slugs = new HashMap<>();
    try (TableWriter out =
        TableWriter.open(
            data,
            "person",
            "id",
            "slug",
            "name",
            "native_name",
            "title",
            "country_id",
            "biography",
            "published",
            "version",
            "created_at",
            "updated_at")) {
      for (int i = 0; i < people.length; i++) {
        int country = i < countries.length ? i : weightedCountry();
        Country c = countries[country];
        Vocabulary.Name name = Vocabulary.name(c.culture, random);
        String title = String.format(Vocabulary.pick(OFFICES, random), c.name);
        int from = 1950 + random.nextInt(72);
        String biography =
            name.name()
                + (name.nativeName() == null ? "" : " (" + name.nativeName() + ")")
                + " served as "
                + title
                + " from "
                + from
                + " to "
                + (from + 1 + random.nextInt(12))
                + ".";
        Person person =
            new Person(
                nextId++,
                unique(Slugs.fromTitle(name.name()), slugs),
                name.name(),
                name.nativeName(),
                name.aliases(),
                title,
                country,
                biography,
                name.surname());
        people[i] = person;
        c.people.add(i);
        OffsetDateTime at =
            log.created(
                "PERSON",
                person.id,
                person.name,
                f -> {
                  f.put("name", person.name);
                  f.put("slug", person.slug);
                  f.put("nativeName", person.nativeName);
                  f.put("aliases", String.join("\n", person.aliases));
                  f.put("title", person.title);
                  f.put("country", c.code);
                  f.put("biography", person.biography);
                });
        out.row(
            person.id,
            person.slug,
            person.name,
            person.nativeName,
            title,
            c.id,
            biography,
            true,
            0,
            at,
            at);
      }
      done(data, out);
    }
    try (TableWriter out =
        TableWriter.open(data, "person_alias", "person_id", "position", "alias")) {
      for (Person person : people) {
        for (int position = 0; position < person.aliases.size(); position++) {
          out.row(person.id, position, person.aliases.get(position));
        }
      }
      done(data, out);
    }
  }

  /** A country, the major ones (listed first) far more often than the rest. */
  private int weightedCountry() {
    int major = Math.min(Vocabulary.MAJOR_COUNTRIES.size(), countries.length);
    return random.nextInt(10) < 6 ? random.nextInt(major) : random.nextInt(countries.length);
  }

  /** A country that has people, so it can host or send a delegation. */
  private int countryWithPeople() {
    for (; ; ) {
      int c = weightedCountry();
      if (!countries[c].people.isEmpty()) {
        return c;
      }
    }
  }

  private void sources(Connection data, Journal log) throws SQLException {
    sources = new Source[sizes.sources];
    try (TableWriter out =
        TableWriter.open(
            data,
            "source",
            "id",
            "publisher",
            "title",
            "url",
            "date_edtf",
            "date_earliest",
            "date_latest",
            "published",
            "version",
            "created_at",
            "updated_at")) {
      for (int i = 0; i < sources.length; i++) {
        String publisher = Vocabulary.pick(Vocabulary.PUBLISHERS, random);
        int year = year();
        Country a = countries[countryWithPeople()];
        Country b = countries[countryWithPeople()];
        String title =
            switch (random.nextInt(5)) {
              case 0 -> "Register of foreign gifts and decorations received in " + year;
              case 1 -> a.name + " and " + b.name + " exchange gifts at summit";
              case 2 -> "What the leaders of " + a.name + " and " + b.name + " gave each other";
              case 3 -> "State visit to " + a.name + ": the official programme";
              default ->
                  "Talks on "
                      + Vocabulary.pick(Vocabulary.TOPICS, random)
                      + " between "
                      + a.name
                      + " and "
                      + b.name;
            };
        String date = date(year, random.nextInt(4) == 0 ? 2 : 0);
        long id = nextId++;
        String url =
            "https://archive.example/"
                + Slugs.fromTitle(publisher)
                + "/"
                + year
                + "/"
                + Long.toString(id, 36);
        Source source = new Source(id, publisher, title, url, date);
        sources[i] = source;
        Edtf edtf = Edtf.parse(date);
        OffsetDateTime at =
            log.created(
                "SOURCE",
                id,
                title,
                f -> {
                  f.put("publisher", publisher);
                  f.put("title", title);
                  f.put("url", url);
                  f.put("date", date);
                });
        out.row(id, publisher, title, url, date, edtf.lower(), edtf.upper(), true, 0, at, at);
      }
      done(data, out);
    }
  }

  private void summits(Connection data, Journal log) throws SQLException {
    summits = new Summit[sizes.summits];
    Map<String, Integer> slugs = new HashMap<>();
    try (TableWriter out =
        TableWriter.open(
            data,
            "summit",
            "id",
            "slug",
            "title",
            "date_edtf",
            "date_earliest",
            "date_latest",
            "city",
            "venue",
            "country_id",
            "latitude",
            "longitude",
            "summary",
            "published",
            "version",
            "created_at",
            "updated_at")) {
      for (int i = 0; i < summits.length; i++) {
        int hostCountry = countryWithPeople();
        int guestCountry = countryWithPeople();
        for (int tries = 0; guestCountry == hostCountry && tries < 10; tries++) {
          guestCountry = countryWithPeople();
        }
        Country host = countries[hostCountry];
        Country guest = countries[guestCountry];
        List<Integer> who = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        who.add(Vocabulary.pick(host.people, random));
        roles.add("Host");
        int guestLeader = Vocabulary.pick(guest.people, random);
        if (!who.contains(guestLeader)) {
          who.add(guestLeader);
          roles.add("Guest");
        }
        for (int extra = random.nextInt(4); extra > 0; extra--) {
          Country side = random.nextBoolean() ? host : guest;
          int person = Vocabulary.pick(side.people, random);
          if (!who.contains(person)) {
            who.add(person);
            roles.add(side == host ? "Host delegation" : "Guest delegation");
          }
        }
        Person hostLeader = people[who.get(0)];
        Person guestHead = people[who.get(who.size() > 1 ? 1 : 0)];
        List<String> cities = Vocabulary.CITIES.get(host.code);
        String city = cities == null ? null : Vocabulary.pick(cities, random);
        BigDecimal[] where = place(city);
        String venue = Vocabulary.pick(Vocabulary.VENUES, random);
        int year = year();
        String date = date(year, 1);
        String place = city == null ? host.name : city;
        String title =
            switch (random.nextInt(4)) {
              case 0 -> surname(hostLeader) + "–" + surname(guestHead) + " summit in " + place;
              case 1 -> "State visit of " + guestHead.name + " to " + host.name;
              case 2 -> host.name + "–" + guest.name + " summit";
              default -> "Official visit of " + guestHead.name + " to " + place;
            };
        String summary =
            guestHead.name
                + " travelled to "
                + place
                + " for talks with "
                + hostLeader.name
                + " on "
                + Vocabulary.pick(Vocabulary.TOPICS, random)
                + " and "
                + Vocabulary.pick(Vocabulary.TOPICS, random)
                + "."
                + nativeSummary(host.culture, hostLeader, guestHead);
        int[] cited =
            sources.length == 0
                ? new int[0]
                : random.nextBoolean()
                    ? new int[] {(int) ((long) i * sources.length / summits.length)}
                    : distinct(
                        (int) ((long) i * sources.length / summits.length),
                        random.nextInt(sources.length));
        Summit summit =
            new Summit(
                nextId++,
                unique(Slugs.fromTitle(title + " " + year), slugs),
                title,
                date,
                city,
                venue,
                hostCountry,
                summary,
                who.stream().mapToInt(Integer::intValue).toArray(),
                roles.toArray(String[]::new),
                cited);
        summits[i] = summit;
        Edtf edtf = Edtf.parse(date);
        OffsetDateTime at =
            log.created(
                "SUMMIT",
                summit.id,
                title,
                f -> {
                  f.put("title", summit.title);
                  f.put("slug", summit.slug);
                  f.put("date", summit.date);
                  f.put("venue", venue);
                  f.put("city", city);
                  f.put("country", host.code);
                  f.put("latitude", where == null ? null : where[0].toPlainString());
                  f.put("longitude", where == null ? null : where[1].toPlainString());
                  f.put("summary", summary);
                  List<String> lines = new ArrayList<>();
                  for (int p = 0; p < summit.participants.length; p++) {
                    lines.add(people[summit.participants[p]].slug + " | " + summit.roles[p]);
                  }
                  f.put("participants", String.join("\n", lines));
                  f.put("sources", lines(summit.sources));
                });
        out.row(
            summit.id,
            summit.slug,
            title,
            date,
            edtf.lower(),
            edtf.upper(),
            city,
            venue,
            host.id,
            where == null ? null : where[0],
            where == null ? null : where[1],
            summary,
            true,
            0,
            at,
            at);
      }
      done(data, out);
    }
    try (TableWriter out =
        TableWriter.open(
            data, "summit_participant", "summit_id", "position", "person_id", "role")) {
      for (Summit summit : summits) {
        for (int p = 0; p < summit.participants.length; p++) {
          out.row(summit.id, p, people[summit.participants[p]].id, summit.roles[p]);
        }
      }
      done(data, out);
    }
  }

  /**
   * Where a summit in {@code city} took place: the city's coordinates moved by up to about 5 km, so
   * that summits in one city are many points close together, as venues are; null without a city.
   */
  private BigDecimal[] place(String city) {
    double[] at = city == null ? null : Vocabulary.PLACES.get(city);
    if (at == null) {
      return null;
    }
    return new BigDecimal[] {
      BigDecimal.valueOf(at[0] + (random.nextDouble() - 0.5) * 0.09)
          .setScale(6, RoundingMode.HALF_UP),
      BigDecimal.valueOf(at[1] + (random.nextDouble() - 0.5) * 0.09)
          .setScale(6, RoundingMode.HALF_UP)
    };
  }

  private static int[] distinct(int a, int b) {
    return a == b ? new int[] {a} : new int[] {a, b};
  }

  private String lines(int[] cited) {
    List<String> lines = new ArrayList<>();
    for (int s : cited) {
      lines.add(sources[s].line());
    }
    return String.join("\n", lines);
  }

  private static String surname(Person person) {
    return person.surname;
  }

  /** "State visit of ..." reads "the state visit of ..." inside a sentence; names stay. */
  private static String lowerFirst(String title) {
    return title.startsWith("State visit") || title.startsWith("Official visit")
        ? Character.toLowerCase(title.charAt(0)) + title.substring(1)
        : title;
  }

  /** Korean particles follow the sound before them: 이/가, 과/와 after a consonant or a vowel. */
  private static String korean(String word, String afterConsonant, String afterVowel) {
    char last = word.charAt(word.length() - 1);
    boolean hangul = last >= 0xAC00 && last <= 0xD7A3;
    boolean consonant = hangul ? (last - 0xAC00) % 28 != 0 : !"aeiouAEIOU".contains("" + last);
    return word + (consonant ? afterConsonant : afterVowel);
  }

  private static String nativeSummary(Culture culture, Person host, Person guest) {
    String h = host.inOwnScript();
    String g = guest.inOwnScript();
    return switch (culture) {
      case KOREAN -> " " + korean(h, "과", "와") + " " + g + "의 정상회담.";
      case RUSSIAN -> " Переговоры: " + h + " и " + g + ".";
      case CHINESE -> " " + h + "与" + g + "举行会谈。";
      case JAPANESE -> " " + h + "と" + g + "の首脳会談。";
      case ARABIC -> " قمة بين " + h + " و" + g + ".";
      default -> "";
    };
  }

  /** What photos and citations need to know of each gift, kept compactly. */
  private static final class GiftFacts {
    final long firstId;
    final String[] titles;
    final int[] givers;
    final int[] recipients;
    final int[] summits;
    final String[] dates;
    final int[] cited;

    GiftFacts(long firstId, int n) {
      this.firstId = firstId;
      titles = new String[n];
      givers = new int[n];
      recipients = new int[n];
      summits = new int[n];
      dates = new String[n];
      cited = new int[n];
    }
  }

  private GiftFacts gifts(Connection data, Journal log) throws SQLException {
    GiftFacts facts = new GiftFacts(nextId, sizes.gifts);
    Map<String, Integer> slugs = new HashMap<>();
    try (TableWriter out =
        TableWriter.open(
            data,
            "gift",
            "id",
            "slug",
            "title",
            "description",
            "category_id",
            "quantity",
            "giver_person_id",
            "giver_country_id",
            "recipient_person_id",
            "recipient_country_id",
            "summit_id",
            "occasion",
            "date_edtf",
            "date_earliest",
            "date_latest",
            "value_amount",
            "value_currency",
            "value_note",
            "whereabouts",
            "published",
            "version",
            "created_at",
            "updated_at")) {
      for (int i = 0; i < sizes.gifts; i++) {
        long id = nextId++;
        int summitIndex =
            summits.length > 0 && random.nextInt(100) < 88 ? random.nextInt(summits.length) : -1;
        Summit summit = summitIndex < 0 ? null : summits[summitIndex];
        int giver;
        int recipient;
        String occasion = null;
        String date;
        if (summit != null && summit.participants.length > 1) {
          boolean hostGives = random.nextBoolean();
          giver = summit.participants[hostGives ? 0 : 1];
          recipient = summit.participants[hostGives ? 1 : 0];
          if (summit.participants.length > 2 && random.nextInt(4) == 0) {
            giver = summit.participants[random.nextInt(summit.participants.length)];
          }
          date = random.nextInt(10) < 7 ? firstDay(summit.date) : summit.date;
        } else {
          summit = null;
          summitIndex = -1;
          giver = random.nextInt(people.length);
          recipient = random.nextInt(people.length);
          occasion = Vocabulary.pick(Vocabulary.OCCASIONS, random);
          date = date(year(), 2);
        }
        Person from = people[giver];
        Person to = people[recipient];
        Country fromCountry = countries[from.country];
        Country toCountry = countries[to.country];
        Category category = categories[random.nextInt(categories.length)];
        String object = Vocabulary.pick(category.words.objects(), random);
        String title =
            switch (random.nextInt(4)) {
              case 0 ->
                  Vocabulary.capitalise(Vocabulary.pick(Vocabulary.ADJECTIVES, random))
                      + " "
                      + object;
              case 1 ->
                  Vocabulary.capitalise(object)
                      + " with "
                      + Vocabulary.pick(Vocabulary.MOTIFS, random);
              default -> Vocabulary.capitalise(object);
            };
        String slugBase = Slugs.fromTitle(title + " " + date.substring(0, 4));
        String nativeWord = nativeWord(fromCountry.culture, category);
        if (nativeWord != null && random.nextInt(5) == 0) {
          title = title + " (" + nativeWord + ")";
        }
        String description =
            from.name
                + ", "
                + from.title
                + ", gave "
                + to.name
                + " "
                + (object.matches("^[aeiouAEIOU].*") ? "an " : "a ")
                + object
                + (summit == null
                    ? " (" + occasion.toLowerCase(Locale.ROOT) + ")"
                    : " during the " + lowerFirst(summit.title))
                + "."
                + nativeDescription(fromCountry.culture, from, to, nativeWord);
        int quantity = random.nextInt(100) < 85 ? 1 : 2 + random.nextInt(11);
        BigDecimal amount = null;
        String currency = null;
        String valueNote = null;
        if (random.nextInt(100) < 45) {
          currency = currency(fromCountry.culture);
          double usd = Math.exp(6.5 + 1.8 * gaussian());
          double factor =
              switch (currency) {
                case "KRW" -> 1300;
                case "JPY" -> 150;
                case "RUB" -> 90;
                case "CNY" -> 7;
                default -> 1;
              };
          amount =
              BigDecimal.valueOf(Math.min(usd, 5_000_000) * factor)
                  .setScale(2, RoundingMode.HALF_UP);
          if (random.nextInt(3) == 0) {
            valueNote = Vocabulary.pick(Vocabulary.VALUE_NOTES, random);
          }
        }
        String whereabouts =
            random.nextInt(10) < 7 ? Vocabulary.pick(Vocabulary.WHEREABOUTS, random) : null;
        String slug = unique(slugBase, slugs);
        int source =
            sources.length > 0 && random.nextInt(100) < 40
                ? (summit != null && random.nextBoolean()
                    ? summit.sources[0]
                    : random.nextInt(sources.length))
                : -1;
        facts.titles[i] = title;
        facts.givers[i] = giver;
        facts.recipients[i] = recipient;
        facts.summits[i] = summitIndex;
        facts.dates[i] = date;
        facts.cited[i] = source;
        Edtf edtf = Edtf.parse(date);
        String finalTitle = title;
        String finalOccasion = occasion;
        Summit occasionSummit = summit;
        BigDecimal finalAmount = amount;
        String finalCurrency = currency;
        String finalNote = valueNote;
        OffsetDateTime at =
            log.created(
                "GIFT",
                id,
                finalTitle,
                f -> {
                  f.put("title", finalTitle);
                  f.put("slug", slug);
                  f.put("description", description);
                  f.put("category", category.words.slug());
                  f.put("quantity", Integer.toString(quantity));
                  f.put("giver", from.slug);
                  f.put("giverCountry", fromCountry.code);
                  f.put("recipient", to.slug);
                  f.put("recipientCountry", toCountry.code);
                  f.put("summit", occasionSummit == null ? null : occasionSummit.slug);
                  f.put("occasion", finalOccasion);
                  f.put("date", date);
                  f.put("valueAmount", finalAmount == null ? null : finalAmount.toPlainString());
                  f.put("valueCurrency", finalCurrency);
                  f.put("valueNote", finalNote);
                  f.put("whereabouts", whereabouts);
                  f.put("sources", source < 0 ? "" : sources[source].line());
                });
        out.row(
            id,
            slug,
            title,
            description,
            category.id,
            quantity,
            from.id,
            fromCountry.id,
            to.id,
            toCountry.id,
            summit == null ? null : summit.id,
            occasion,
            date,
            edtf.lower(),
            edtf.upper(),
            amount,
            currency,
            valueNote,
            whereabouts,
            true,
            0,
            at,
            at);
      }
      done(data, out);
    }
    return facts;
  }

  private static String nativeWord(Culture culture, Category category) {
    int column =
        switch (culture) {
          case KOREAN -> 0;
          case RUSSIAN -> 1;
          case CHINESE -> 2;
          case JAPANESE -> 3;
          case ARABIC -> 4;
          default -> -1;
        };
    return column < 0 ? null : category.words.words().get(column);
  }

  private static String nativeDescription(Culture culture, Person from, Person to, String word) {
    String g = from.inOwnScript();
    String r = to.inOwnScript();
    return switch (culture) {
      case KOREAN -> " " + korean(g, "이", "가") + " " + r + "에게 " + word + " 선물을 전달했다.";
      case RUSSIAN -> " " + g + " вручил подарок (" + word + "): " + r + ".";
      case CHINESE -> " " + g + "向" + r + "赠送了" + word + "。";
      case JAPANESE -> " " + g + "から" + r + "への" + word + "の贈り物。";
      case ARABIC -> " هدية (" + word + ") من " + g + " إلى " + r + ".";
      default -> "";
    };
  }

  private String currency(Culture culture) {
    if (random.nextBoolean()) {
      return "USD";
    }
    return switch (culture) {
      case KOREAN -> "KRW";
      case RUSSIAN -> "RUB";
      case CHINESE -> "CNY";
      case JAPANESE -> "JPY";
      default -> Vocabulary.pick(Vocabulary.CURRENCIES, random);
    };
  }

  private static final String[] ACTIONS = {
    "shaking hands with",
    "walking beside",
    "signing documents with",
    "raising a glass with",
    "inspecting an honour guard with",
    "talking to"
  };

  private static final int[][] SIZES = {{6000, 4000}, {4000, 6000}, {3000, 2000}, {1200, 800}};

  private void photos(Connection data, Journal log, GiftFacts gifts) throws SQLException {
    long firstPhoto = nextId;
    int n = sizes.photos;
    long[] entry = new long[n];
    boolean[] ofGift = new boolean[n];
    int[] position = new int[n];
    int[] giftPhotos = new int[sizes.gifts];
    int[] summitPhotos = new int[summits.length];
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    HexFormat hex = HexFormat.of();
    try (TableWriter out =
        TableWriter.open(
            data,
            "photo",
            "id",
            "sha256",
            "media_type",
            "byte_size",
            "width",
            "height",
            "caption",
            "headline",
            "credit_line",
            "creator",
            "agency",
            "date_edtf",
            "date_earliest",
            "date_latest",
            "sublocation",
            "city",
            "country_name",
            "copyright_notice",
            "alt_text",
            "published",
            "version",
            "created_at",
            "updated_at")) {
      for (int j = 0; j < n; j++) {
        long id = nextId++;
        boolean gift = sizes.gifts > 0 && (summits.length == 0 || random.nextInt(100) < 55);
        String caption;
        String headline;
        String alt;
        String date;
        Summit summit;
        if (gift) {
          int g = random.nextInt(sizes.gifts);
          ofGift[j] = true;
          entry[j] = gifts.firstId + g;
          position[j] = giftPhotos[g]++;
          Person from = people[gifts.givers[g]];
          Person to = people[gifts.recipients[g]];
          summit = gifts.summits[g] < 0 ? null : summits[gifts.summits[g]];
          headline = gifts.titles[g];
          caption = gifts.titles[g] + ", given by " + from.name + " to " + to.name + ".";
          alt =
              random.nextBoolean()
                  ? from.name + " presenting the gift to " + to.name
                  : "The gift on a table, photographed from above";
          date = firstDay(gifts.dates[g]);
        } else {
          int s = random.nextInt(summits.length);
          summit = summits[s];
          entry[j] = summit.id;
          position[j] = summitPhotos[s]++;
          Person a = people[summit.participants[0]];
          Person b = people[summit.participants[summit.participants.length > 1 ? 1 : 0]];
          String action = ACTIONS[random.nextInt(ACTIONS.length)];
          headline = summit.title;
          caption =
              a.name
                  + " and "
                  + b.name
                  + " at the "
                  + summit.venue
                  + (summit.city == null ? "" : ", " + summit.city)
                  + ".";
          alt = a.name + " " + action + " " + b.name + " in front of their national flags";
          date = firstDay(summit.date);
        }
        Vocabulary.Agency agency = Vocabulary.pick(Vocabulary.AGENCIES, random);
        String creator = Vocabulary.name(agency.culture(), random).name();
        String credit =
            random.nextInt(4) == 0
                ? agency.name() + " via REUTERS"
                : creator + " / " + agency.name();
        String copyright = "© " + date.substring(0, 4) + " " + agency.name();
        String digest =
            hex.formatHex(
                sha256.digest(
                    ("summitry synthetic photo " + id).getBytes(StandardCharsets.US_ASCII)));
        int[] size = SIZES[random.nextInt(SIZES.length)];
        long bytes = (long) size[0] * size[1] / 3 + random.nextInt(200_000);
        String sublocation = summit == null ? null : summit.venue;
        String city = summit == null ? null : summit.city;
        String countryName = summit == null ? null : countries[summit.country].name;
        Edtf edtf = Edtf.parse(date);
        String label = headline;
        OffsetDateTime at =
            log.created(
                "PHOTO",
                id,
                label,
                f -> {
                  f.put("caption", caption);
                  f.put("headline", headline);
                  f.put("creditLine", credit);
                  f.put("creator", creator);
                  f.put("agency", agency.name());
                  f.put("taken", date);
                  f.put("sublocation", sublocation);
                  f.put("city", city);
                  f.put("countryName", countryName);
                  f.put("copyrightNotice", copyright);
                  f.put("licenceUrl", null);
                  f.put("altText", alt);
                });
        out.row(
            id,
            digest,
            "image/jpeg",
            bytes,
            size[0],
            size[1],
            caption,
            headline,
            credit,
            creator,
            agency.name(),
            date,
            edtf.lower(),
            edtf.upper(),
            sublocation,
            city,
            countryName,
            copyright,
            alt,
            true,
            0,
            at,
            at);
      }
      done(data, out);
    }
    try (TableWriter out =
        TableWriter.open(
            data, "gallery_item", "id", "photo_id", "entry_type", "entry_id", "position")) {
      for (int j = 0; j < n; j++) {
        out.row(nextId++, firstPhoto + j, ofGift[j] ? "GIFT" : "SUMMIT", entry[j], position[j]);
      }
      done(data, out);
    }
  }

  private void citations(Connection data, GiftFacts gifts) throws SQLException {
    try (TableWriter out =
        TableWriter.open(
            data, "citation", "id", "source_id", "entry_type", "entry_id", "position", "note")) {
      for (Summit summit : summits) {
        for (int p = 0; p < summit.sources.length; p++) {
          out.row(nextId++, sources[summit.sources[p]].id, "SUMMIT", summit.id, p, null);
        }
      }
      for (int g = 0; g < gifts.cited.length; g++) {
        if (gifts.cited[g] >= 0) {
          out.row(
              nextId++,
              sources[gifts.cited[g]].id,
              "GIFT",
              gifts.firstId + g,
              0,
              random.nextInt(5) == 0 ? "Listed with its appraised value" : null);
        }
      }
      done(data, out);
    }
  }

  private void done(Connection data, TableWriter out) throws SQLException {
    out.close();
    data.commit();
    counts.put(out.table, out.rows);
    long now = System.nanoTime();
    System.out.printf(
        "  %-20s %,12d rows  %6.1f s%n", out.table, out.rows, (now - lastTable) / 1e9);
    lastTable = now;
  }

  /** A year between 1950 and 2025, recent years far more often, as archives grow. */
  private int year() {
    return 2025 - (int) (76 * Math.pow(random.nextDouble(), 1.8));
  }

  /**
   * An EDTF date in {@code year}: {@code kind} 1 for a meeting (often a span of days), 2 for a gift
   * (sometimes only a year or a month, approximate or uncertain), 0 for a publication (a day).
   */
  private String date(int year, int kind) {
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(26);
    String ym = String.format("%04d-%02d", year, month);
    String ymd = String.format("%s-%02d", ym, day);
    int roll = random.nextInt(100);
    if (kind == 0) {
      return ymd;
    }
    if (kind == 1) {
      if (roll < 50) {
        return ymd + "/" + String.format("%s-%02d", ym, day + 1 + random.nextInt(2));
      }
      if (roll < 82) {
        return ymd;
      }
      if (roll < 90) {
        return ym;
      }
      return roll < 95 ? ymd + "?" : ym + "~";
    }
    if (roll < 55) {
      return ymd;
    }
    if (roll < 75) {
      return ym;
    }
    if (roll < 85) {
      return ym + "~";
    }
    if (roll < 93) {
      return Integer.toString(year);
    }
    return roll < 97 ? year + "~" : ymd + "?";
  }

  /** The first day an EDTF value can mean, as a plain day (a photo's date). */
  private static String firstDay(String edtf) {
    return Edtf.parse(edtf).lower().toString();
  }

  private double gaussian() {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** {@code base}, or base-2, base-3 ... the first one not yet handed out. */
  private static String unique(String base, Map<String, Integer> taken) {
    Integer n = taken.get(base);
    if (n == null) {
      taken.put(base, 1);
      return base;
    }
    for (int next = n + 1; ; next++) {
      String candidate = Slugs.withSuffix(base, next);
      if (!taken.containsKey(candidate)) {
        taken.put(base, next);
        taken.put(candidate, 1);
        return candidate;
      }
    }
  }

  /** The snapshot as the journal stores it: a JSON object of strings and nulls. */
  static String json(Map<String, String> fields) {
    StringBuilder json = new StringBuilder(512).append('{');
    boolean first = true;
    for (Map.Entry<String, String> field : fields.entrySet()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      quote(json, field.getKey());
      json.append(':');
      if (field.getValue() == null) {
        json.append("null");
      } else {
        quote(json, field.getValue());
      }
    }
    return json.append('}').toString();
  }

  private static void quote(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
