package org.summitry.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.summitry.search.boundary.ListOrder;
import org.summitry.search.boundary.SearchHit;
import org.summitry.search.boundary.SearchQuery;
import org.summitry.search.boundary.SearchResults;

/**
 * The Lucene index of one instance, and what the rest of the search component asks of it. Each job
 * has a class of its own, which this one puts together on one view of the index at a time: {@link
 * IndexWriting} (documents and the journal position), {@link Ranking} (the best matches), {@link
 * FacetCounting} (facet counts and estimates), {@link Highlights} (marked titles and excerpts),
 * {@link Suggestions} (respellings) and {@link ListSorting} (the index-backed lists).
 */
public final class SearchIndex implements Closeable {

  static final String[] TEXT_FIELDS = {"title", "names", "body", "related"};

  /** Deeper pages than this are not offered: a visitor narrows instead. */
  public static final int MAX_RESULTS = 1000;

  private final Directory directory;
  private final Analyzer analyzer = Analyzers.perField(TEXT_FIELDS);
  private final FacetCounting facets = new FacetCounting();
  private final Ranking ranking = new Ranking();
  private final Highlights highlights = new Highlights(analyzer);
  private final Suggestions suggestions = new Suggestions(analyzer);
  private final ListSorting lists = new ListSorting(facets.config());
  private final IndexWriting writing;
  private final SearcherManager searchers;
  private final boolean created;

  private SearchIndex(Directory directory, boolean recreate, long position) throws IOException {
    this.directory = directory;
    this.created = recreate;
    this.writing = new IndexWriting(directory, analyzer, facets.config(), recreate, position);
    this.searchers =
        new SearcherManager(
            writing.writer(),
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                  throws IOException {
                // New segments' facet values are read here, by whoever refreshes the index,
                // rather than by the first visitor who searches it.
                facets.warm(reader);
                return new IndexSearcher(reader);
              }
            });
  }

  /**
   * Opens the index in this folder, or creates an empty one (position 0) when there is none or it
   * has another format.
   */
  public static SearchIndex open(Path folder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    try {
      long position = IndexWriting.committedPosition(directory);
      return position < 0
          ? new SearchIndex(directory, true, 0)
          : new SearchIndex(directory, false, position);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Whether this index was made empty when opened (none was there, or of another format). */
  public boolean created() {
    return created;
  }

  /** The last journal row whose change this index holds. */
  public long position() {
    return writing.position();
  }

  public void put(IndexDocument document) throws IOException {
    writing.put(document);
  }

  /** Adds a document known not to be in the index (while rebuilding it from empty). */
  public void add(IndexDocument document) throws IOException {
    writing.add(document);
  }

  public void remove(String type, long id) throws IOException {
    writing.remove(type, id);
  }

  public void removeAll() throws IOException {
    writing.removeAll();
  }

  /** Makes the changes so far durable and visible, remembering the journal position. */
  public void commit(long journalPosition) throws IOException {
    writing.commit(journalPosition);
    searchers.maybeRefreshBlocking();
  }

  /** How many documents of this type the index holds (committed ones). */
  public long count(String type) throws IOException {
    return count(new TermQuery(new Term("type", type)));
  }

  /** How many documents match. */
  public long count(Query query) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(query);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Full-text search with facets; an empty text gives no results. When every word together finds
   * nothing, any of the words is searched for ("broadened"); when that finds nothing either, or the
   * search was broadened, a respelling is suggested.
   */
  public SearchResults search(SearchQuery query) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Query text = QueryText.parse(query.text(), true, analyzer);
      if (text == null) {
        return new SearchResults(query, List.of(), 0, 1, 0, Map.of(), false, null, false);
      }
      FacetCounting.State state = facets.state(searcher);
      if (state.none()) {
        return new SearchResults(
            query, List.of(), 0, 1, 0, Map.of(), false, suggest(searcher, query), false);
      }
      int size = Math.max(1, query.size());
      int page = Math.max(1, Math.min(query.page(), MAX_RESULTS / size));
      Found found = find(searcher, state, text, query, page * size);
      boolean broadened = false;
      if (found.total() == 0) {
        Query anyWord = QueryText.parse(query.text(), false, analyzer);
        Found broader = find(searcher, state, anyWord, query, page * size);
        if (broader.total() > 0) {
          found = broader;
          text = anyWord;
          broadened = true;
        }
      }
      long total = found.total();
      int pages = (int) Math.min((total + size - 1) / size, MAX_RESULTS / size);
      if (pages > 0 && page > pages) {
        return search(query.onPage(pages));
      }
      ScoreDoc[] all = found.hits().scoreDocs;
      int from = Math.min((page - 1) * size, all.length);
      ScoreDoc[] slice = Arrays.copyOfRange(all, from, Math.min(all.length, from + size));
      List<SearchHit> hits = highlights.hits(searcher, text, slice);
      String suggestion = total == 0 || broadened ? suggest(searcher, query) : null;
      return new SearchResults(
          query,
          hits,
          total,
          page,
          pages,
          found.counted().facets(),
          found.counted().estimated(),
          suggestion,
          broadened);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The best {@code topN} matches, how many match in all, and the facet counts. */
  private record Found(TopDocs hits, long total, FacetCounting.Counted counted) {}

  /**
   * Finds the matches in separate passes, so that none of them scores every match: the matching
   * documents are collected without scores (which gives the exact total and the facet counts), and
   * the best ones are found by a search that may skip documents which cannot make the top.
   */
  private Found find(
      IndexSearcher searcher, FacetCounting.State state, Query text, SearchQuery query, int topN)
      throws IOException {
    Map<String, String> chosen = FacetCounting.chosen(query);
    Query narrowed = facets.drillDown(text, chosen, null);
    FacetsCollector matching = searcher.search(narrowed, new FacetsCollectorManager());
    long total = FacetCounting.total(matching);
    TopDocs hits = ranking.best(searcher, text, narrowed, total, topN);
    return new Found(hits, total, facets.count(searcher, state, text, chosen, matching, total));
  }

  private String suggest(IndexSearcher searcher, SearchQuery query) throws IOException {
    return suggestions.suggest(searcher.getIndexReader(), query.text());
  }

  /**
   * Counts per facet value over every document matching {@code filter}, kept until the index
   * changes (list pages ask for the same counts on every view).
   */
  public Map<String, Long> counts(Query filter, String dim) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return facets.counts(searcher, filter, dim);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * A filter on exact values: the type, facet values and keys, and, when {@code year} is given, a
   * date range that overlaps that calendar year (as the database lists filter).
   */
  public Query filter(
      String type, Map<String, String> facetValues, Map<String, String> keys, Integer year) {
    return lists.filter(type, facetValues, keys, year);
  }

  /** One page of ids matching a filter, and how many match in all. */
  public record IdPage(List<Long> ids, long total) {}

  public IdPage ids(Query filter, ListOrder order, int offset, int size) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return lists.ids(searcher, filter, order, offset, size);
    } finally {
      searchers.release(searcher);
    }
  }

  /** A list page: its ids, its number (kept within the pages that exist) and the total. */
  public record ListPage(List<Long> ids, int number, long total) {}

  /**
   * Page {@code page} of a list, counting the matches once and reading both the count and the ids
   * from the same view of the index; pages reach the first {@code depth} entries.
   */
  public ListPage page(Query filter, ListOrder order, int page, int size, long depth)
      throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return lists.page(searcher, filter, order, page, size, depth);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * How deep a list is sorted to show its first {@code wanted} entries (see {@link ListSorting}).
   */
  public static int sortDepth(long wanted, int reach) {
    return ListSorting.sortDepth(wanted, reach);
  }

  /** Forgets every change since the last commit and closes the index. */
  public void rollback() throws IOException {
    ranking.stop();
    try {
      searchers.close();
      writing.rollback();
    } finally {
      directory.close();
    }
  }

  @Override
  public void close() throws IOException {
    ranking.stop();
    try {
      searchers.close();
      writing.close();
    } finally {
      directory.close();
    }
  }
}
