package org.summitry.search.control;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.summitry.kernel.Page;
import org.summitry.search.boundary.ListOrder;

/**
 * The index-backed lists (a country's gifts, the gifts of a year): filtering on exact values,
 * sorting by date or title, and cutting pages of ids, each list sorted once per view of the index.
 */
final class ListSorting {

  /** How deep lists are sorted for their first pages, and then for the pages after those. */
  static final int[] SORT_DEPTHS = {256, 2_048};

  /** At most this many documents are held in sorted lists, about 4 MB. */
  private static final long SORTED_LISTS_LIMIT = 1_000_000;

  private final FacetsConfig config;

  /** The first entries of a list in order, as documents of one view of the index, and the total. */
  private record Sorted(int[] docs, long total) {}

  /** Lists sorted once per view of the index, most recently used kept. */
  private final Map<String, Sorted> sortedLists = new LinkedHashMap<>(64, 0.75f, true);

  private IndexReader sortedListsReader;
  private long sortedListsSize;

  ListSorting(FacetsConfig config) {
    this.config = config;
  }

  /**
   * A filter on exact values: the type, facet values and keys, and, when {@code year} is given, a
   * date range that overlaps that calendar year (as the database lists filter).
   */
  Query filter(
      String type, Map<String, String> facetValues, Map<String, String> keys, Integer year) {
    BooleanQuery.Builder all =
        new BooleanQuery.Builder().add(new TermQuery(new Term("type", type)), Occur.FILTER);
    boolean drill = facetValues.values().stream().anyMatch(Objects::nonNull);
    if (drill) {
      DrillDownQuery drillDown = new DrillDownQuery(config);
      facetValues.forEach(
          (dim, value) -> {
            if (value != null) {
              drillDown.add(dim, value);
            }
          });
      all.add(drillDown, Occur.FILTER);
    }
    keys.forEach(
        (name, value) -> {
          if (value != null) {
            all.add(new TermQuery(new Term(name, value)), Occur.FILTER);
          }
        });
    if (year != null) {
      long start = LocalDate.of(year, 1, 1).toEpochDay();
      long end = LocalDate.of(year, 12, 31).toEpochDay();
      all.add(LongPoint.newRangeQuery("earliest", Long.MIN_VALUE, end), Occur.FILTER);
      all.add(LongPoint.newRangeQuery("latest", start, Long.MAX_VALUE), Occur.FILTER);
    }
    return new ConstantScoreQuery(all.build());
  }

  /** The ids from {@code offset}, at most {@code size} of them, and how many match in all. */
  SearchIndex.IdPage ids(
      IndexSearcher searcher, Query filter, ListOrder order, int offset, int size)
      throws IOException {
    Sorted sorted = sorted(searcher, filter, order, offset + size);
    return new SearchIndex.IdPage(
        idsOf(searcher, sorted.docs(), offset, offset + size), sorted.total());
  }

  /**
   * Page {@code page} of a list, counting the matches once and reading both the count and the ids
   * from the same view of the index; pages reach the first {@code depth} entries.
   */
  SearchIndex.ListPage page(
      IndexSearcher searcher, Query filter, ListOrder order, int page, int size, long depth)
      throws IOException {
    int reach = (int) Math.min(depth, Integer.MAX_VALUE);
    long wanted = (long) Math.max(1, page) * Math.max(1, size);
    Sorted sorted = sorted(searcher, filter, order, sortDepth(wanted, reach));
    int number = Page.clamp(page, size, Math.min(sorted.total(), depth));
    int from = (number - 1) * size;
    return new SearchIndex.ListPage(
        idsOf(searcher, sorted.docs(), from, from + size), number, sorted.total());
  }

  /**
   * How deep to sort a list to show its first {@code wanted} entries: the smallest of {@link
   * #SORT_DEPTHS} that reaches them, or {@code reach} (every page). The first pages are by far the
   * most visited, and sorting a long list (a country's gifts, say) only as deep as they reach costs
   * a fraction of sorting it as deep as its last page.
   */
  static int sortDepth(long wanted, int reach) {
    for (int depth : SORT_DEPTHS) {
      if (wanted <= depth && depth < reach) {
        return depth;
      }
    }
    return reach;
  }

  /**
   * The entries' ids, from doc values: reading them as stored fields would unpack a compressed
   * block of stored text per entry.
   */
  private static List<Long> idsOf(IndexSearcher searcher, int[] docs, int from, int to)
      throws IOException {
    int end = Math.min(to, docs.length);
    List<Long> ids = new ArrayList<>(Math.max(0, end - from));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = from; i < end; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), "id");
      if (!values.advanceExact(docs[i] - leaf.docBase)) {
        throw new IllegalStateException("No id for document " + docs[i]);
      }
      ids.add(values.longValue());
    }
    return ids;
  }

  /**
   * A list's first {@code depth} documents in order: sorted once for every page of it while the
   * index stays the same, so a deep page costs what the first does instead of keeping n entries in
   * a queue for page n on every request.
   */
  private Sorted sorted(IndexSearcher searcher, Query filter, ListOrder order, int depth)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    String key = order + "|" + depth + "|" + filter;
    synchronized (sortedLists) {
      if (sortedListsReader != reader) {
        sortedLists.clear();
        sortedListsSize = 0;
        sortedListsReader = reader;
      }
      Sorted known = sortedLists.get(key);
      if (known == null) {
        known = deeperKnown(order, depth, filter);
      }
      if (known != null) {
        return known;
      }
    }
    long total = searcher.count(filter);
    int[] docs = new int[0];
    if (total > 0 && depth > 0) {
      SortField title = new SortField("sort_title", SortField.Type.STRING);
      Sort sort =
          switch (order) {
            case NEWEST -> new Sort(new SortField("date", SortField.Type.LONG, true), title);
            case OLDEST -> new Sort(new SortField("date", SortField.Type.LONG, false), title);
            case TITLE -> new Sort(title);
          };
      TopDocs top = searcher.search(filter, (int) Math.min(depth, total), sort, false);
      docs = new int[top.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = top.scoreDocs[i].doc;
      }
    }
    Sorted sorted = new Sorted(docs, total);
    synchronized (sortedLists) {
      if (sortedListsReader == reader) {
        Sorted previous = sortedLists.put(key, sorted);
        sortedListsSize += docs.length - (previous == null ? 0 : previous.docs().length);
        Iterator<Map.Entry<String, Sorted>> eldest = sortedLists.entrySet().iterator();
        while (sortedListsSize > SORTED_LISTS_LIMIT && eldest.hasNext()) {
          sortedListsSize -= eldest.next().getValue().docs().length;
          eldest.remove();
        }
      }
    }
    return sorted;
  }

  /**
   * A list sorted deeper than {@code depth} already, whose first {@code depth} documents are the
   * same (a list is cut after sorting, never before); null when there is none. Called holding the
   * lists' lock.
   */
  private Sorted deeperKnown(ListOrder order, int depth, Query filter) {
    for (int deeper : SORT_DEPTHS) {
      if (deeper > depth) {
        Sorted known = sortedLists.get(order + "|" + deeper + "|" + filter);
        if (known != null) {
          return known;
        }
      }
    }
    return null;
  }
}
