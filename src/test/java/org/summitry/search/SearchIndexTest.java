package org.summitry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitry.search.boundary.FacetCount;
import org.summitry.search.boundary.Marked;
import org.summitry.search.boundary.SearchHit;
import org.summitry.search.boundary.SearchQuery;
import org.summitry.search.boundary.SearchResults;
import org.summitry.search.control.IndexDocument;
import org.summitry.search.control.SearchIndex;

/** Relevance and multilingual matching on a fixed corpus, with the expected top results. */
class SearchIndexTest {

  @TempDir Path folder;
  SearchIndex index;

  @BeforeEach
  void fill() throws IOException {
    index = SearchIndex.open(folder);
    person(
        1, "Kim Jong Un", "김정은 · Kim Jong-un · Ким Чен Ын", "Leader of North Korea", "North Korea");
    person(2, "Vladimir Putin", "Владимир Путин", "President of Russia", "Russia");
    person(3, "Kim Yo Jong", "김여정", "Sister of the leader", "North Korea");
    person(4, "Moon Jae-in", "문재인", "President of South Korea", "South Korea");
    gift(
        10,
        "Pungsan dogs",
        "A pair of Pungsan hunting dogs",
        "Kim Jong Un · Vladimir Putin",
        "animal",
        "KP",
        "RU",
        2024);
    gift(
        11,
        "Aurus Senat limousine",
        "A Russian-made armoured car",
        "Vladimir Putin · Kim Jong Un",
        "vehicle",
        "RU",
        "KP",
        2024);
    gift(
        12,
        "Tea set",
        "Porcelain, delivered by limousines of the embassy",
        "Vladimir Putin · Kim Jong Un",
        "tableware",
        "RU",
        "KP",
        2024);
    gift(
        13,
        "Portrait of the leader",
        "A large painted portrait",
        "Kim Jong Un · Vladimir Putin",
        "artwork",
        "KP",
        "RU",
        2024);
    gift(
        14,
        "Naval dirk",
        "A naval officer's dirk",
        "Vladimir Putin · Kim Jong Un",
        "arms",
        "RU",
        "KP",
        2024);
    gift(
        15,
        "Dirk of the naval officer corps",
        "Ceremonial",
        "Vladimir Putin",
        "arms",
        "RU",
        "KP",
        2023);
    gift(
        16,
        "Officer uniform and a naval cap",
        "Scattered naval words, with a dirk mentioned",
        "Vladimir Putin",
        "arms",
        "RU",
        "KP",
        2018);
    gift(17, "Лимузин Аурус", "Подарок президента", "Владимир Путин", "vehicle", "RU", "KP", 2019);
    gift(18, "Café table from Sénat", "A table", "Moon Jae-in", "tableware", "KR", "KP", 2018);
    gift(
        19,
        "<script>alert(1)</script> bowl",
        "</p><img src=x onerror=alert(1)> bowl",
        "Moon Jae-in",
        "tableware",
        "KR",
        "KP",
        2018);
    index.commit(42);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kim Jong Un", "Kim Jong-un", "kim jong un", "김정은", "Ким Чен Ын"})
  void aPersonIsFoundByEveryNameInEveryScript(String name) throws IOException {
    SearchResults results = search(name, null);
    assertTrue(results.total() > 0, name);
    SearchHit top = results.hits().get(0);
    assertEquals("person", top.type(), name);
    assertEquals(1, top.id(), name + " should find Kim Jong Un first, found " + top.titleText());
  }

  @Test
  void russianWordsAreStemmedAndCyrillicNamesFound() throws IOException {
    assertEquals(17, search("лимузины", null).hits().get(0).id());
    assertEquals(2, search("Путина", null).hits().get(0).id());
  }

  @Test
  void singularFindsPluralAndPluralFindsSingular() throws IOException {
    assertEquals(10, search("Pungsan", null).hits().get(0).id());
    assertEquals(10, search("pungsan dog", null).hits().get(0).id());
    List<Long> limousines = ids(search("limousines", "gift"));
    assertTrue(limousines.contains(11L), "limousines finds the limousine: " + limousines);
    assertTrue(limousines.contains(12L), "and the tea set that mentions limousines");
  }

  @Test
  void aTitleMatchRanksBeforeADescriptionMatch() throws IOException {
    List<Long> limousines = ids(search("limousine", "gift"));
    assertEquals(11L, limousines.get(0), "the limousine itself first: " + limousines);
    assertTrue(limousines.indexOf(12L) > 0);
  }

  @Test
  void anExactPhraseRanksBeforeScatteredWords() throws IOException {
    List<Long> dirks = ids(search("naval dirk", "gift"));
    assertEquals(14L, dirks.get(0), "\"Naval dirk\" as written comes first: " + dirks);
    assertTrue(dirks.indexOf(16L) > dirks.indexOf(15L), "scattered words come last: " + dirks);
  }

  @Test
  void aLongerPhraseWithALittleWordRanksBeforeTheSameWordsInAnotherOrder() throws IOException {
    gift(30, "Giant pair of pandas", "Gift of the zoo", "Xi Jinping", "animal", "CN", "US", 1972);
    gift(31, "Pair of giant pandas", "Gift of the zoo", "Xi Jinping", "animal", "CN", "US", 1972);
    gift(32, "Pandas: a giant pair", "Gift of the zoo", "Xi Jinping", "animal", "CN", "US", 1972);
    index.commit(43);
    List<Long> pandas = ids(search("pair of giant pandas", "gift"));
    assertEquals(31L, pandas.get(0), "the phrase as written comes first: " + pandas);
    assertEquals(3, pandas.size(), "the same words in another order are found too: " + pandas);
    assertEquals(31L, ids(search("PAIR OF GIANT PANDA", "gift")).get(0), "case and plural fold");
  }

  @Test
  void accentsAndCaseAreFolded() throws IOException {
    assertEquals(18, search("cafe senat", null).hits().get(0).id());
    assertEquals(18, search("CAFÉ SÉNAT", null).hits().get(0).id());
  }

  @Test
  void facetsCountTheWholeResultAndOtherKindsStayVisibleWhenOneIsChosen() throws IOException {
    SearchResults all = search("Putin", null);
    Map<String, Long> types = counts(all, "type");
    assertEquals(Map.of("gift", 7L, "person", 1L), types, "the Cyrillic-only gift is not a match");
    SearchResults gifts = search("Putin", "gift");
    assertEquals(7, gifts.total());
    assertEquals(types, counts(gifts, "type"), "choosing gifts keeps the person count visible");
    assertEquals(Map.of("RU", 5L, "KP", 2L), counts(gifts, "giver"));
    assertEquals(3L, counts(gifts, "category").get("arms"));
    assertEquals(Map.of("2024", 5L, "2023", 1L, "2018", 1L), counts(gifts, "year"));
    SearchResults narrowed =
        index.search(new SearchQuery("Putin", "gift", "arms", "RU", null, null, 2024, 1, 10));
    assertEquals(List.of(14L), ids(narrowed));
  }

  @Test
  void veryManyMatchesShowAnExactTotalAndFacetCountsEstimatedFromASample() throws IOException {
    // A quarter ceramics, a quarter textiles, half arms; givers numbered in turn, as generated
    // catalogues are, so that a sample taking every n-th match would see only some of them.
    int many = 60_000;
    String[] givers = {"KP", "RU", "CN"};
    for (int i = 0; i < many; i++) {
      String category = i % 4 == 0 ? "ceramics" : i % 4 == 1 ? "textiles" : "arms";
      Map<String, String> facets = new LinkedHashMap<>();
      facets.put("type", "gift");
      facets.put("category", category);
      facets.put("giver", givers[i % 3]);
      index.add(titledGift(1000 + i, "/gifts/many" + i, "Lacquerware box " + i, facets));
      if (i % 8_000 == 7_999) {
        index.commit(1); // several segments, so that the best hits are looked for in slices
      }
    }
    // The best matches, shortest titles, come last, in a slice of their own.
    for (long id = 1; id <= 3; id++) {
      index.add(
          titledGift(
              id,
              "/gifts/best" + id,
              "Lacquerware",
              Map.of("type", "gift", "category", "arms", "giver", "KP")));
    }
    index.commit(1);

    SearchResults all = search("lacquerware", null);
    assertEquals(many + 3, all.total(), "the total is counted exactly");
    assertEquals(List.of(1L, 2L, 3L), ids(all).subList(0, 3), "the best hits come first");
    assertEquals(20, all.hits().size());
    assertTrue(all.estimated(), "the page says its counts are estimates");
    Map<String, Long> categories = counts(all, "category");
    assertAbout(30_003, categories.get("arms"));
    assertAbout(15_000, categories.get("ceramics"));
    assertAbout(15_000, categories.get("textiles"));
    Map<String, Long> giverCounts = counts(all, "giver");
    for (String giver : givers) {
      assertAbout(giver.equals("KP") ? 20_003 : 20_000, giverCounts.get(giver));
    }
    assertEquals(counts(all, "giver"), counts(search("lacquerware", null), "giver"), "repeatable");

    SearchResults few = search("Pungsan", null);
    assertFalse(few.estimated(), "a few matches are counted one by one");
    assertEquals(Map.of("gift", 1L), counts(few, "type"));

    SearchResults ceramics =
        index.search(
            new SearchQuery("lacquerware", "gift", "ceramics", null, null, null, null, 1, 10));
    assertEquals(15_000, ceramics.total());
    assertEquals(
        Map.of("KP", 5_000L, "RU", 5_000L, "CN", 5_000L),
        counts(ceramics, "giver"),
        "15,000 matches are counted exactly");
    assertAbout(30_003, counts(ceramics, "category").get("arms"));
    assertTrue(ceramics.estimated(), "the category's other values come from all 60,000");
  }

  @Test
  void facetCountsFollowChangesAcrossSegments() throws IOException {
    // Values first seen in later segments shift every view's numbering of the values; the counts
    // must still land on the right country.
    Map<Long, String> giverOf = new LinkedHashMap<>();
    for (long id = 2000; id < 2030; id++) {
      giverOf.put(id, id % 2 == 0 ? "KP" : "RU");
    }
    giverOf.forEach((id, giver) -> add(id, giver));
    index.commit(1);
    for (long id = 2030; id < 2050; id++) {
      giverOf.put(id, "VN");
      add(id, "VN");
    }
    index.commit(2);
    assertEquals(
        Map.of("KP", 15L, "RU", 15L, "VN", 20L), counts(search("quillwork", null), "giver"));

    for (long id = 2000; id < 2010; id++) {
      giverOf.put(id, "AO"); // a new value, sorting before all the others
      index.put(
          titledGift(
              id, "/gifts/q" + id, "Quillwork basket", Map.of("type", "gift", "giver", "AO")));
    }
    for (long id = 2040; id < 2045; id++) {
      giverOf.remove(id);
      index.remove("gift", id);
    }
    index.commit(3);

    Map<String, Long> expected = new LinkedHashMap<>();
    giverOf.values().forEach(giver -> expected.merge(giver, 1L, Long::sum));
    SearchResults changed = search("quillwork", null);
    assertEquals(giverOf.size(), changed.total());
    assertEquals(expected, counts(changed, "giver"));
    assertEquals(
        Map.of("AO", 10L, "KP", 10L, "RU", 10L, "VN", 15L), expected, "the test's own sum");
    assertEquals(
        List.of("VN", "AO", "KP", "RU"),
        List.copyOf(counts(changed, "giver").keySet()),
        "most first, ties in the order of their names");
  }

  private void add(long id, String giver) {
    try {
      index.add(
          titledGift(
              id, "/gifts/q" + id, "Quillwork basket", Map.of("type", "gift", "giver", giver)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A gift known by its title alone. */
  private static IndexDocument titledGift(
      long id, String path, String title, Map<String, String> facets) {
    return new IndexDocument(
        "gift", id, path, title, null, null, null, null, null, null, facets, Map.of(), null);
  }

  @Test
  void amongVeryManyMatchesEntriesHoldingThePhraseComeFirstBestWeighedFirst() throws IOException {
    int scattered = 55_000;
    for (int i = 0; i < scattered; i++) {
      index.add(
          describedGift(
              1000 + i, "Lacquer box " + i, null, "Given at a state banquet during the visit"));
    }
    // Both words in the title, the names and the description, but never side by side.
    index.add(describedGift(999, "State gift, visit", "Visit of state", "State, then visit"));
    int inPhrase = 1_200;
    for (int i = 0; i < inPhrase; i++) {
      // One in the middle of them also has the phrase in its description.
      boolean best = i == 500;
      index.add(
          describedGift(
              100_000 + i,
              "State visit lacquer box " + i,
              null,
              best ? "Made for the state visit" : null));
    }
    index.commit(1);

    SearchResults results = search("state visit", null);
    assertEquals(scattered + 1 + inPhrase, results.total(), "every match is counted");
    List<Long> first = ids(results);
    assertEquals(20, first.size());
    assertEquals(100_500L, first.get(0), "the phrase in title and description first: " + first);
    assertTrue(
        first.stream().allMatch(id -> id >= 100_000), "only titles with the phrase: " + first);
    assertEquals(
        20,
        ids(index.search(new SearchQuery("state visit", null, null, null, null, null, null, 3, 20)))
            .stream()
            .filter(id -> id >= 100_000)
            .count(),
        "the third page still lists titles with the phrase");
  }

  private static IndexDocument describedGift(long id, String title, String names, String body) {
    return new IndexDocument(
        "gift",
        id,
        "/gifts/" + id,
        title,
        names,
        body,
        null,
        null,
        null,
        null,
        Map.of("type", "gift"),
        Map.of(),
        null);
  }

  /** Within 5 % of the true count, and given to two significant digits. */
  private static void assertAbout(long expected, Long estimated) {
    assertNotNull(estimated);
    assertTrue(
        Math.abs(estimated - expected) <= expected / 20,
        estimated + " is not within 5 % of " + expected);
    assertEquals(0, estimated % 1000, estimated + " claims more precision than a sample has");
  }

  @Test
  void theYearsOfAListAreCountedOverAllItsEntries() throws IOException {
    Map<String, Long> years = index.counts(index.filter("gift", Map.of(), Map.of(), null), "year");
    assertEquals(
        Map.of("2024", 5L, "2023", 1L, "2019", 1L, "2018", 3L),
        years,
        "the year filter offers these");
  }

  @Test
  void matchesAreMarkedAndTheRestKeptAsTyped() throws IOException {
    SearchHit hit = search("bowl", null).hits().get(0);
    assertEquals(19, hit.id());
    assertEquals(
        List.of(new Marked("<script>alert(1)</script> ", false), new Marked("bowl", true)),
        hit.title());
    assertEquals("<script>alert(1)</script> bowl", hit.titleText());
    assertEquals("</p><img src=x onerror=alert(1)> bowl", Marked.plain(hit.snippet()));
    assertTrue(hit.snippet().contains(new Marked("bowl", true)), hit.snippet().toString());
    SearchHit dogs = search("hunting", null).hits().get(0);
    assertTrue(dogs.snippet().contains(new Marked("hunting", true)), dogs.snippet().toString());
  }

  @Test
  void aMisspellingGetsASuggestionAndNoResultsNeverFail() throws IOException {
    SearchResults none = search("limusine", null);
    assertEquals(0, none.total());
    assertEquals("limousine", none.suggestion());
    assertEquals(0, search("\"(*&^ ~ AND OR:", null).total());
    assertEquals(0, search("   ", null).total());
  }

  @Test
  void whenNoEntryHasEveryWordTheSearchIsBroadened() throws IOException {
    SearchResults results = search("Pungsan zebra", null);
    assertTrue(results.broadened());
    assertEquals(10, results.hits().get(0).id());
  }

  @Test
  void pagesAreConsistentAndPastTheEndGivesTheLastPage() throws IOException {
    SearchResults first =
        index.search(new SearchQuery("Putin", null, null, null, null, null, null, 1, 4));
    SearchResults second =
        index.search(new SearchQuery("Putin", null, null, null, null, null, null, 2, 4));
    SearchResults beyond =
        index.search(new SearchQuery("Putin", null, null, null, null, null, null, 99, 4));
    assertEquals(8, first.total());
    assertEquals(2, first.pages());
    assertEquals(4, second.hits().size());
    assertEquals(2, beyond.page());
    assertEquals(ids(second), ids(beyond));
    assertTrue(java.util.Collections.disjoint(ids(first), ids(second)));
  }

  @Test
  void theJournalPositionAndTheDocumentsSurviveReopening() throws IOException {
    index.remove("gift", 10);
    index.commit(43);
    index.close();
    index = SearchIndex.open(folder);
    assertFalse(index.created());
    assertEquals(43, index.position());
    assertEquals(9, index.count("gift"));
    assertEquals(0, search("Pungsan", "gift").total());
  }

  @Test
  void anIndexOfAnotherFormatIsStartedAfresh(@TempDir Path other) throws IOException {
    Files.writeString(other.resolve("segments_1"), "not an index");
    try (SearchIndex fresh = SearchIndex.open(other.resolve("none"))) {
      assertTrue(fresh.created());
      assertEquals(0, fresh.position());
    }
  }

  @Test
  void listsFilterByFacetsKeysAndOverlappingYearInDateOrder() throws IOException {
    var arms = index.filter("gift", Map.of("category", "arms"), Map.of(), null);
    assertEquals(3, index.count(arms));
    assertEquals(
        List.of(14L, 15L, 16L),
        index.ids(arms, org.summitry.search.boundary.ListOrder.NEWEST, 0, 10).ids());
    assertEquals(
        List.of(16L, 15L),
        index.ids(arms, org.summitry.search.boundary.ListOrder.OLDEST, 0, 2).ids());
    assertEquals(
        List.of(15L), index.ids(arms, org.summitry.search.boundary.ListOrder.NEWEST, 1, 1).ids());
    var in2018 = index.filter("gift", Map.of("giver", "KR"), Map.of(), 2018);
    assertEquals(2, index.count(in2018));
    assertEquals(0, index.count(index.filter("gift", Map.of("giver", "KR"), Map.of(), 2019)));
    var people = index.filter("person", Map.of(), Map.of(), null);
    assertEquals(
        List.of(1L, 3L, 4L, 2L),
        index.ids(people, org.summitry.search.boundary.ListOrder.TITLE, 0, 10).ids());
  }

  @Test
  void listPagesAreSlicesOfOneOrderAndFollowEveryChange() throws IOException {
    var arms = index.filter("gift", Map.of("category", "arms"), Map.of(), null);
    var newest = org.summitry.search.boundary.ListOrder.NEWEST;
    SearchIndex.ListPage first = index.page(arms, newest, 1, 2, 10_000);
    assertEquals(List.of(14L, 15L), first.ids());
    assertEquals(3, first.total());
    SearchIndex.ListPage second = index.page(arms, newest, 2, 2, 10_000);
    assertEquals(List.of(16L), second.ids());
    assertEquals(2, second.number());
    assertEquals(2, index.page(arms, newest, 9, 2, 10_000).number(), "kept to the last page");
    assertEquals(
        List.of(16L, 15L),
        index.page(arms, org.summitry.search.boundary.ListOrder.OLDEST, 1, 2, 10_000).ids());
    SearchIndex.ListPage shallow = index.page(arms, newest, 3, 1, 1);
    assertEquals(1, shallow.number(), "pages reach only the first entries");
    assertEquals(List.of(14L), shallow.ids());
    assertEquals(3, shallow.total(), "the total still counts every match");

    index.remove("gift", 14);
    index.commit(index.position() + 1);
    SearchIndex.ListPage after = index.page(arms, newest, 1, 2, 10_000);
    assertEquals(List.of(15L, 16L), after.ids(), "a change shows on the next page asked for");
    assertEquals(2, after.total());
  }

  @Test
  void listPagesAreTheSameSlicesHoweverDeepTheListWasSorted() throws IOException {
    // 600 gifts over 30 years, 20 a year with titles in no order: many ties on the date.
    for (int i = 0; i < 600; i++) {
      gift(1000 + i, "Vase " + (i * 7919 % 600), "", "", "ceramics", "FR", "JP", 1990 + i % 30);
    }
    index.commit(index.position() + 1);
    var vases = index.filter("gift", Map.of("category", "ceramics"), Map.of(), null);
    var newest = org.summitry.search.boundary.ListOrder.NEWEST;
    List<Long> whole = index.ids(vases, newest, 0, 600).ids();
    assertEquals(600, whole.size());

    List<Long> paged = new ArrayList<>();
    for (int page : List.of(30, 29, 13, 14, 12, 1)) {
      SearchIndex.ListPage one = index.page(vases, newest, page, 20, 10_000);
      assertEquals(page, one.number());
      assertEquals(600, one.total());
      assertEquals(
          whole.subList((page - 1) * 20, page * 20),
          one.ids(),
          "page " + page + " is the same slice of the one order");
    }
    for (int page = 1; page <= 30; page++) {
      paged.addAll(index.page(vases, newest, page, 20, 10_000).ids());
    }
    assertEquals(whole, paged, "every page in turn gives every gift once, in order");
    assertEquals(256, SearchIndex.sortDepth(20, 10_000), "first pages sort 256 deep");
    assertEquals(2_048, SearchIndex.sortDepth(260, 10_000));
    assertEquals(10_000, SearchIndex.sortDepth(2_049, 10_000));
    assertEquals(100, SearchIndex.sortDepth(20, 100), "never deeper than the pages reach");
  }

  private SearchResults search(String text, String type) throws IOException {
    return index.search(new SearchQuery(text, type, null, null, null, null, null, 1, 20));
  }

  private static List<Long> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  private static Map<String, Long> counts(SearchResults results, String dim) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (FacetCount count : results.facets().getOrDefault(dim, List.of())) {
      counts.put(count.value(), count.count());
    }
    assertNotNull(counts);
    return counts;
  }

  private void person(long id, String name, String names, String title, String country)
      throws IOException {
    index.put(
        new IndexDocument(
            "person",
            id,
            "/people/p" + id,
            name,
            names,
            title,
            country,
            null,
            null,
            null,
            Map.of("type", "person"),
            Map.of(),
            null));
  }

  private void gift(
      long id,
      String title,
      String description,
      String related,
      String category,
      String giver,
      String recipient,
      int year)
      throws IOException {
    Map<String, String> facets = new LinkedHashMap<>();
    facets.put("type", "gift");
    facets.put("category", category);
    facets.put("giver", giver);
    facets.put("recipient", recipient);
    facets.put("decade", String.valueOf(year / 10 * 10));
    facets.put("year", String.valueOf(year));
    index.put(
        new IndexDocument(
            "gift",
            id,
            "/gifts/g" + id,
            title,
            null,
            description,
            related,
            String.valueOf(year),
            LocalDate.of(year, 6, 19),
            LocalDate.of(year, 6, 20),
            facets,
            Map.of(),
            null));
  }
}
