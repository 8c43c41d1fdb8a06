package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mvc.Models;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.krazo.core.ModelsImpl;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.summitry.edtf.DateSpec;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.gifts.entity.Gift;
import org.summitry.gifts.entity.GiftCategory;
import org.summitry.kernel.EntryType;
import org.summitry.media.boundary.Photos;
import org.summitry.media.entity.GalleryItem;
import org.summitry.media.entity.Photo;
import org.summitry.people.boundary.People;
import org.summitry.people.entity.Country;
import org.summitry.people.entity.Person;
import org.summitry.platform.boundary.Fragments;
import org.summitry.platform.boundary.PublicAddress;
import org.summitry.search.boundary.Search;
import org.summitry.search.control.Documents;
import org.summitry.search.control.IndexKeeper;
import org.summitry.search.control.IndexReadings;
import org.summitry.search.control.SearchIndex;
import org.summitry.site.boundary.gifts.GiftPages;
import org.summitry.site.boundary.people.PeoplePages;
import org.summitry.site.boundary.summits.SummitPages;
import org.summitry.site.control.ArchiveLists;
import org.summitry.site.control.PageCache;
import org.summitry.sources.boundary.Sources;
import org.summitry.stories.boundary.Stories;
import org.summitry.summits.boundary.Summits;
import org.summitry.summits.entity.Summit;
import org.summitry.testing.CountingDataSource;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * The public lists cost the same few SQL statements whether they show 5 entries or a full page: no
 * statement per row (N+1). The controllers run as in the server, each query in a persistence
 * context of its own (as a container-managed entity manager outside a transaction does), and every
 * statement that reaches the database is counted. Each row is made as costly as possible: its own
 * giver, recipient, countries, summit, aliases and photo.
 */
class ListPagesQueryCountTest {

  /** More statements than this for one page means something is fetched row by row. */
  private static final int BOUND = 15;

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of(named("H2", TestDatabases::h2)),
        Arguments.of(named("PostgreSQL", TestDatabases::postgres)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void giftSummitAndPeopleListsIssueAsManyStatementsForFiftyRowsAsForFive(
      Supplier<Database> which) {
    Map<String, List<String>> five = statementsPerPage(which.get(), 5);
    Map<String, List<String>> fifty = statementsPerPage(which.get(), 50);
    for (String page :
        List.of(
            "/gifts",
            "/summits",
            "/people",
            "/gifts (index)",
            "/summits (index)",
            "/people (index)")) {
      System.out.printf(
          "%s: %d statements with 5 rows, %d with 50%n",
          page, five.get(page).size(), fifty.get(page).size());
      assertEquals(
          five.get(page).size(),
          fifty.get(page).size(),
          page + ": statements with 5 rows vs 50 rows; with 50 rows:\n" + summary(fifty.get(page)));
      assertTrue(
          fifty.get(page).size() <= BOUND,
          page + " issues more than " + BOUND + " statements:\n" + summary(fifty.get(page)));
    }
  }

  /** Each distinct statement once, with how often it ran. */
  private static String summary(List<String> statements) {
    Map<String, Long> counts =
        statements.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    sql -> sql,
                    java.util.LinkedHashMap::new,
                    java.util.stream.Collectors.counting()));
    StringBuilder text = new StringBuilder();
    counts.forEach((sql, times) -> text.append(times).append(" × ").append(sql).append('\n'));
    return text.toString();
  }

  /** Fills a fresh database with {@code n} gifts, summits and twice as many people; counts. */
  private Map<String, List<String>> statementsPerPage(Database db, int n) {
    try {
      Flyway.configure()
          .dataSource(db.url(), db.user(), db.password())
          .locations("classpath:db/migration")
          .load()
          .migrate();
      CountingDataSource counting = new CountingDataSource(dataSource(db));
      EntityManagerFactory emf =
          Persistence.createEntityManagerFactory(
              "summitry",
              Map.of(
                  "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                  "jakarta.persistence.jtaDataSource", "",
                  "jakarta.persistence.nonJtaDataSource", counting,
                  "eclipselink.logging.level", "OFF"));
      try {
        fill(emf, n);
        List<String> years = new ArrayList<>();
        count(
            counting,
            emf,
            false,
            app ->
                String.valueOf(
                    years.addAll(app.gifts().years().stream().map(String::valueOf).toList())));
        assertEquals(
            Stream.iterate(2024, y -> y - 1).limit(Math.min(n, 7)).map(String::valueOf).toList(),
            years,
            "the year filter offers every year with gifts, newest first");
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        for (boolean indexed : List.of(false, true)) {
          String suffix = indexed ? " (index)" : "";
          pages.put(
              "/gifts" + suffix,
              count(
                  counting,
                  emf,
                  indexed,
                  app -> app.giftPages().list(null, null, null, null, null, null, null)));
          pages.put(
              "/summits" + suffix,
              count(counting, emf, indexed, app -> app.summitPages().list(null, null, null)));
          pages.put(
              "/people" + suffix,
              count(counting, emf, indexed, app -> app.peoplePages().list(null, null)));
        }
        return pages;
      } finally {
        emf.close();
      }
    } finally {
      db.drop().run();
    }
  }

  /**
   * The statements one page issues; with {@code indexed}, the page reads its ids and counts from a
   * real search index built from the same database first, as a running instance does.
   */
  private static List<String> count(
      CountingDataSource counting,
      EntityManagerFactory emf,
      boolean indexed,
      Function<Site, String> page) {
    List<EntityManager> opened = new ArrayList<>();
    try {
      Site site = Site.wired(perQuery(emf, opened), indexed);
      try {
        counting.reset();
        page.apply(site);
        List<String> statements = counting.statements();
        if (indexed) {
          assertTrue(
              statements.stream().noneMatch(sql -> sql.toUpperCase().contains("COUNT(")),
              "with an index the list counts nothing in SQL: " + statements);
        }
        return statements;
      } finally {
        site.close();
      }
    } finally {
      opened.forEach(EntityManager::close);
    }
  }

  /**
   * An entity manager that opens a persistence context for every call, as the container's
   * transaction-scoped one does outside a transaction: nothing read by one query is found in the
   * context of the next.
   */
  private static EntityManager perQuery(EntityManagerFactory emf, List<EntityManager> opened) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (self, method, args) -> {
              EntityManager fresh = emf.createEntityManager();
              opened.add(fresh);
              try {
                return method.invoke(fresh, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** The controllers and the boundaries behind them, wired by hand as CDI would wire them. */
  private record Site(
      Gifts gifts,
      GiftPages giftPages,
      SummitPages summitPages,
      PeoplePages peoplePages,
      SearchIndex index) {

    void close() {
      if (index != null) {
        try {
          index.close();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }

    static Site wired(EntityManager em, boolean indexed) {
      People people = new People();
      Sources sources = new Sources();
      Summits summits = new Summits();
      Gifts gifts = new Gifts();
      Photos photos = new Photos();
      Stories stories = new Stories();
      GiftCards cards = new GiftCards();
      Models models = new ModelsImpl();
      Metadata metadata = new Metadata();
      PublicAddress address = new PublicAddress();
      Config config =
          (Config)
              Proxy.newProxyInstance(
                  Config.class.getClassLoader(),
                  new Class<?>[] {Config.class},
                  (self, method, args) ->
                      method.getName().equals("getOptionalValue")
                              && "summitry.public.url".equals(args[0])
                          ? java.util.Optional.of("http://summitry.test/")
                          : java.util.Optional.empty());
      Documents documents = new Documents();
      IndexKeeper keeper = new IndexKeeper();
      IndexReadings readings = keeper.readings();
      Search search = new Search();
      PageCache pageCache = new PageCache();
      ArchiveLists lists = new ArchiveLists();
      org.summitry.translations.boundary.Translations translations =
          new org.summitry.translations.boundary.Translations();
      EntryTexts texts = new EntryTexts();
      // Cards are read as on a first visit (no archive state kept, so none is placed from memory);
      // drawing them is not what this test counts.
      KeptCards keptCards = new KeptCards();
      KeptReads keptReads = new KeptReads();
      HttpServletRequest request =
          (HttpServletRequest)
              Proxy.newProxyInstance(
                  HttpServletRequest.class.getClassLoader(),
                  new Class<?>[] {HttpServletRequest.class},
                  (self, method, args) -> method.getName().equals("getContextPath") ? "" : null);
      Fragments fragments =
          new Fragments() {
            @Override
            public String render(
                String template,
                String fragment,
                Map<String, Object> variables,
                HttpServletRequest asked) {
              return "";
            }
          };
      List<Object> beans =
          List.of(
              em,
              keptCards,
              keptReads,
              request,
              fragments,
              people,
              sources,
              summits,
              gifts,
              photos,
              stories,
              cards,
              models,
              documents,
              keeper,
              search,
              metadata,
              address,
              config,
              pageCache,
              lists,
              translations,
              texts);
      GiftPages giftPages = new GiftPages();
      SummitPages summitPages = new SummitPages();
      PeoplePages peoplePages = new PeoplePages();
      for (Object bean :
          List.of(
              people,
              sources,
              stories,
              summits,
              gifts,
              photos,
              cards,
              keptCards,
              keptReads,
              giftPages,
              summitPages,
              peoplePages,
              documents,
              search,
              metadata,
              address,
              lists,
              translations,
              texts)) {
        inject(bean, beans);
      }
      SearchIndex index = indexed ? index(documents, readings) : null;
      return new Site(gifts, giftPages, summitPages, peoplePages, index);
    }

    /** A real index of the database's public entries, handed over as if the keeper followed. */
    private static SearchIndex index(Documents documents, IndexReadings readings) {
      try {
        SearchIndex index =
            SearchIndex.open(java.nio.file.Files.createTempDirectory("list-pages-index"));
        for (String type : Documents.TYPES) {
          for (var document : documents.after(type, 0, 100_000).documents()) {
            index.put(document);
          }
        }
        index.commit(0);
        set(readings, "index", index);
        set(readings, "state", "FOLLOWING");
        return index;
      } catch (java.io.IOException | ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    private static void set(Object bean, String name, Object value)
        throws ReflectiveOperationException {
      Field field = bean.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(bean, value);
    }

    private static void inject(Object bean, List<Object> beans) {
      for (Field field : bean.getClass().getDeclaredFields()) {
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

  /**
   * {@code n} gifts, each with its own giver and recipient (with aliases and a country each), its
   * own summit (with both as participants), a category, a value, a photo and a cited source.
   */
  private static void fill(EntityManagerFactory emf, int n) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      List<GiftCategory> categories = new ArrayList<>();
      for (String slug : List.of("ceramics", "animals", "vehicles")) {
        GiftCategory category = new GiftCategory(slug, slug);
        em.persist(category);
        categories.add(category);
      }
      for (int i = 0; i < n; i++) {
        Person[] pair = new Person[2];
        Country[] states = new Country[2];
        for (int side = 0; side < 2; side++) {
          int k = 2 * i + side;
          states[side] = new Country(code(k), "Country " + k);
          em.persist(states[side]);
          pair[side] = new Person("person-" + k, "Person " + k);
          pair[side].setNativeName("사람 " + k);
          pair[side].setAliases(List.of("P. " + k, "Персона " + k));
          pair[side].setCountry(states[side]);
          em.persist(pair[side]);
        }
        em.flush();
        Summit summit = new Summit("summit-" + i, "Summit " + i);
        summit.setDates(DateSpec.of("2024-06-18/2024-06-19"));
        summit.setCity("City " + i);
        summit.setCountryId(states[0].getId());
        summit.addParticipant(pair[0].getId(), "Host");
        summit.addParticipant(pair[1].getId(), "Guest");
        em.persist(summit);
        em.flush();
        Gift gift = new Gift("gift-" + i, "Gift " + i);
        gift.setCategory(categories.get(i % categories.size()));
        gift.setGiver(pair[0].getId(), states[0].getId());
        gift.setRecipient(pair[1].getId(), states[1].getId());
        gift.setSummitId(summit.getId());
        gift.setGiven(DateSpec.of((2024 - i % 7) + "-06-" + (10 + i % 19)));
        gift.setValue(new BigDecimal("1000.00"), "USD");
        em.persist(gift);
        em.flush();
        Photo photo = new Photo(String.format("%064x", i + 1), "image/jpeg", 1000, 1200, 800);
        photo.setAltText("Gift " + i);
        em.persist(photo);
        em.persist(new GalleryItem(photo, EntryType.GIFT, gift.getId(), 0));
      }
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private static String code(int k) {
    return "" + (char) ('A' + k / 26) + (char) ('A' + k % 26);
  }

  private static DataSource dataSource(Database db) {
    if (db.url().startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(db.url());
      pg.setUser(db.user());
      pg.setPassword(db.password());
      return pg;
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(db.url());
    h2.setUser(db.user());
    h2.setPassword(db.password());
    return h2;
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
