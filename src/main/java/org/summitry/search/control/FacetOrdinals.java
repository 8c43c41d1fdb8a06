package org.summitry.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The facet values of every document, held in memory per index segment, for counting matches
 * without reading doc values: through Lucene's doc values each match's values are read from the
 * mapped index files, a large part of the work of a search with tens of thousands of matches. Here
 * a segment's values are read once, when the segment first takes part in a count (a search warms
 * the new segments of a refreshed index), and dropped when the segment closes. Each document costs
 * four bytes and two per value: about 32 MB for a million gifts and their million photos.
 *
 * <p>Values are kept as the segment's own ordinals, which never change; each view of the index maps
 * them to its global ordinals ({@link View}), a small table per segment.
 */
final class FacetOrdinals {

  /** One segment's values: those of document d are {@code ords[starts[d]..starts[d + 1])}. */
  private record Segment(int[] starts, char[] ords) {}

  private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

  private final String field;

  FacetOrdinals(String field) {
    this.field = field;
  }

  /**
   * One view of the index: its facet state and, per segment, the global ordinal of each segment
   * ordinal; null when a segment cannot be held (too many distinct values, no cache key).
   */
  final class View {
    private final SortedSetDocValuesReaderState state;
    private final int[][] toGlobal;

    /**
     * The label of each global ordinal, read once per view: a few hundred values. Looking them up
     * per search opened every segment's doc values again for each dimension.
     */
    private final String[] labels;

    private View(SortedSetDocValuesReaderState state, int[][] toGlobal, String[] labels) {
      this.state = state;
      this.toGlobal = toGlobal;
      this.labels = labels;
    }

    /** How many matches hold each value, by global ordinal. */
    int[] count(List<FacetsCollector.MatchingDocs> matching) throws IOException {
      int[] counts = new int[state.getSize()];
      for (FacetsCollector.MatchingDocs docs : matching) {
        if (docs.bits == null || docs.totalHits == 0) {
          continue;
        }
        LeafReaderContext leaf = docs.context;
        Segment segment = segment(leaf.reader());
        int[] global = toGlobal[leaf.ord];
        int[] starts = segment.starts();
        char[] ords = segment.ords();
        DocIdSetIterator it = docs.bits.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            counts[global[ords[i]]]++;
          }
        }
      }
      return counts;
    }

    /**
     * The {@code limit} most frequent values of {@code dim} with a count, most first (ties in the
     * order of their labels), or null when no document has that dimension.
     */
    List<LabelAndValue> top(int[] counts, String dim, int limit) throws IOException {
      OrdRange range = state.getOrdRange(dim);
      if (range == null) {
        return null;
      }
      List<int[]> found = new ArrayList<>();
      for (int ord = range.start; ord <= range.end; ord++) {
        if (counts[ord] > 0) {
          found.add(new int[] {ord, counts[ord]});
        }
      }
      found.sort(Comparator.<int[]>comparingInt(e -> -e[1]).thenComparingInt(e -> e[0]));
      List<LabelAndValue> top = new ArrayList<>(Math.min(limit, found.size()));
      for (int[] entry : found.subList(0, Math.min(limit, found.size()))) {
        top.add(new LabelAndValue(labels[entry[0]], entry[1]));
      }
      return top;
    }
  }

  /** A view for the reader of {@code state}, or null when its values cannot be held. */
  View view(SortedSetDocValuesReaderState state) throws IOException {
    IndexReader reader = state.getReader();
    SortedSetDocValues all = state.getDocValues();
    OrdinalMap map =
        all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    int[][] toGlobal = new int[reader.leaves().size()][];
    for (LeafReaderContext leaf : reader.leaves()) {
      Segment segment = segment(leaf.reader());
      if (segment == null) {
        return null;
      }
      int valueCount = (int) DocValues.getSortedSet(leaf.reader(), field).getValueCount();
      int[] global = new int[valueCount];
      org.apache.lucene.util.LongValues mapped = map == null ? null : map.getGlobalOrds(leaf.ord);
      for (int ord = 0; ord < valueCount; ord++) {
        global[ord] = mapped == null ? ord : (int) mapped.get(ord);
      }
      toGlobal[leaf.ord] = global;
    }
    String[] labels = new String[(int) all.getValueCount()];
    for (int ord = 0; ord < labels.length; ord++) {
      BytesRef term = all.lookupOrd(ord);
      String[] path = FacetsConfig.stringToPath(term.utf8ToString());
      labels[ord] = path[path.length - 1];
    }
    return new View(state, toGlobal, labels);
  }

  /** Reads the values of each segment of {@code reader} not yet held. */
  void warm(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      segment(leaf.reader());
    }
  }

  private Segment segment(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return null;
    }
    IndexReader.CacheKey key = helper.getKey();
    Segment segment = segments.get(key);
    if (segment == null) {
      segment = read(reader);
      if (segment == null) {
        return null;
      }
      if (segments.putIfAbsent(key, segment) == null) {
        helper.addClosedListener(segments::remove);
      }
    }
    return segment;
  }

  /** Every document's values in this segment, or null with more than 65,536 distinct values. */
  private Segment read(LeafReader reader) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(reader, field);
    if (values.getValueCount() > Character.MAX_VALUE + 1L) {
      return null;
    }
    int maxDoc = reader.maxDoc();
    int[] starts = new int[maxDoc + 1];
    char[] ords = new char[Math.max(16, maxDoc * 4)];
    int size = 0;
    int next = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      while (next <= doc) {
        starts[next++] = size;
      }
      int count = values.docValueCount();
      ords = ArrayUtil.grow(ords, size + count);
      for (int i = 0; i < count; i++) {
        ords[size++] = (char) values.nextOrd();
      }
    }
    while (next <= maxDoc) {
      starts[next++] = size;
    }
    return new Segment(starts, ArrayUtil.copyOfSubArray(ords, 0, size));
  }
}
