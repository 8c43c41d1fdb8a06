package org.summitry.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.FixedBitSet;
import org.summitry.search.boundary.FacetCount;
import org.summitry.search.boundary.SearchQuery;

/**
 * Counting facet values: how many of a search's matches have each giver, year or category (over a
 * random sample, scaled up and marked as estimated, when there are very many matches), and how many
 * entries of a list have each value, kept until the index changes.
 */
final class FacetCounting {

  static final List<String> DIMENSIONS =
      List.of("type", "category", "giver", "recipient", "decade", "year");

  /** Above this many matches, facet values are counted in a random sample of them. */
  static final long SAMPLE_ABOVE = 50_000;

  /** About how many matches such a sample holds. */
  static final int SAMPLE_SIZE = 20_000;

  /**
   * At most this many values of one dimension are counted for a list (years, countries). Lucene
   * refuses {@code Integer.MAX_VALUE}: its queue of that size cannot be made.
   */
  private static final int MAX_VALUES = 10_000;

  private final FacetsConfig config = new FacetsConfig();

  /** Every document's facet values in memory, per segment, for counting matches quickly. */
  private final FacetOrdinals ordinals = new FacetOrdinals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);

  private volatile State state;

  private record CachedCounts(IndexReader reader, String key, Map<String, Long> counts) {}

  private volatile CachedCounts cachedCounts;

  /**
   * The facet state of one view of the index, and its values held in memory (null when the index
   * holds no facet yet).
   */
  record State(IndexReader reader, SortedSetDocValuesReaderState facets, FacetOrdinals.View view) {

    boolean none() {
      return facets == null;
    }
  }

  /** The facet counts of a search and whether they were estimated from a sample. */
  record Counted(Map<String, List<FacetCount>> facets, boolean estimated) {}

  /** How documents' facet values are written and drilled into. */
  FacetsConfig config() {
    return config;
  }

  /** Reads a new view's facet values into memory, before anyone searches it. */
  void warm(IndexReader reader) throws IOException {
    ordinals.warm(reader);
  }

  /** The facet state of the searcher's view of the index, made once per view. */
  State state(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    State cached = state;
    if (cached != null && cached.reader() == reader) {
      return cached;
    }
    synchronized (this) {
      cached = state;
      if (cached != null && cached.reader() == reader) {
        return cached;
      }
      SortedSetDocValuesReaderState facets;
      try {
        facets = new DefaultSortedSetDocValuesReaderState(reader, config);
      } catch (IllegalArgumentException noFacetsYet) {
        facets = null;
      }
      cached = new State(reader, facets, facets == null ? null : ordinals.view(facets));
      state = cached;
      return cached;
    }
  }

  /** The facet values the visitor chose, by dimension. */
  static Map<String, String> chosen(SearchQuery query) {
    Map<String, String> chosen = new LinkedHashMap<>();
    choose(chosen, "type", query.type());
    choose(chosen, "category", query.category());
    choose(chosen, "giver", query.giver());
    choose(chosen, "recipient", query.recipient());
    choose(chosen, "decade", query.decade() == null ? null : query.decade().toString());
    choose(chosen, "year", query.year() == null ? null : query.year().toString());
    return chosen;
  }

  private static void choose(Map<String, String> chosen, String dim, String value) {
    if (value != null && !value.isBlank()) {
      chosen.put(dim, value);
    }
  }

  /** The text query narrowed by the chosen facet values, all but {@code except}'s. */
  Query drillDown(Query text, Map<String, String> chosen, String except) {
    DrillDownQuery drillDown = new DrillDownQuery(config, text);
    chosen.forEach(
        (dim, value) -> {
          if (!dim.equals(except)) {
            drillDown.add(dim, value);
          }
        });
    return drillDown;
  }

  /** How many documents were collected. */
  static long total(FacetsCollector matching) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
      total += docs.totalHits;
    }
    return total;
  }

  /**
   * The facet counts of a search's {@code total} matches. A dimension the visitor narrowed is
   * counted "sideways", over the matches without that one choice, so its other values stay visible
   * with their counts.
   */
  Counted count(
      IndexSearcher searcher,
      State state,
      Query text,
      Map<String, String> chosen,
      FacetsCollector matching,
      long total)
      throws IOException {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    Counts counts = total == 0 ? null : counts(state, matching, total);
    boolean estimated = counts != null && counts.scale() != 1;
    for (String dim : DIMENSIONS) {
      Counts source = counts;
      if (chosen.containsKey(dim)) {
        FacetsCollector sideways =
            searcher.search(drillDown(text, chosen, dim), new FacetsCollectorManager());
        source = counts(state, sideways, total(sideways));
        estimated |= source.scale() != 1;
      }
      if (source != null) {
        List<FacetCount> values = facet(source, dim);
        if (values != null) {
          facets.put(dim, values);
        }
      }
    }
    return new Counted(facets, estimated);
  }

  /**
   * Counts per facet value over every document matching {@code filter}, kept until the index
   * changes (list pages ask for the same counts on every view).
   */
  Map<String, Long> counts(IndexSearcher searcher, Query filter, String dim) throws IOException {
    String key = filter + "|" + dim;
    CachedCounts cached = cachedCounts;
    if (cached != null
        && cached.reader() == searcher.getIndexReader()
        && cached.key().equals(key)) {
      return cached.counts();
    }
    Map<String, Long> counts = countsNow(searcher, filter, dim);
    cachedCounts = new CachedCounts(searcher.getIndexReader(), key, counts);
    return counts;
  }

  private Map<String, Long> countsNow(IndexSearcher searcher, Query filter, String dim)
      throws IOException {
    try {
      State current = state(searcher);
      Map<String, Long> counts = new LinkedHashMap<>();
      if (current.none()) {
        return counts;
      }
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(searcher, filter, 1, new FacetsCollectorManager());
      List<LabelAndValue> top = tally(current, result.facetsCollector()).top(dim, MAX_VALUES);
      if (top != null) {
        for (LabelAndValue lv : top) {
          counts.put(lv.label, lv.value.longValue());
        }
      }
      return counts;
    } catch (IllegalArgumentException notIndexed) {
      return Map.of();
    }
  }

  /** Facet counts, each to be multiplied by {@code scale} (1 when every match was counted). */
  private record Counts(Tally tally, double scale) {}

  /** Facet counts of a set of matches. */
  private interface Tally {
    /** The most frequent values of {@code dim}, or null when the index has none of it. */
    List<LabelAndValue> top(String dim, int limit) throws IOException;
  }

  /** Counts the matches' values, from memory when the view holds them, else from doc values. */
  private static Tally tally(State state, FacetsCollector matching) throws IOException {
    if (state.view() != null) {
      int[] counts = state.view().count(matching.getMatchingDocs());
      return (dim, limit) -> state.view().top(counts, dim, limit);
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state.facets(), matching);
    return (dim, limit) -> {
      try {
        FacetResult result = facets.getTopChildren(limit, dim);
        return result == null ? null : List.of(result.labelValues);
      } catch (IllegalArgumentException notIndexed) {
        return null;
      }
    };
  }

  /** How many documents to pass over before the next one drawn, each drawn with one chance. */
  private static long step(SplittableRandom random, double logMiss) {
    return (long) (Math.log1p(-random.nextDouble()) / logMiss);
  }

  /**
   * Counts over every match, or, when there are more than {@link #SAMPLE_ABOVE}, over a random
   * sample of about {@link #SAMPLE_SIZE} of them, scaled up: past that many matches, counting every
   * one costs a search more than drawing the sample, even from memory, and the page marks the
   * counts as estimated.
   */
  private static Counts counts(State state, FacetsCollector matching, long total)
      throws IOException {
    if (total <= SAMPLE_ABOVE) {
      return new Counts(tally(state, matching), 1);
    }
    // Each match is taken with the same chance, drawn with a fixed seed (the same search gives the
    // same counts); taking every n-th would see only some values of anything numbered in turn.
    // Where the matches are a bit set, the draw walks over the documents in random steps and keeps
    // those it lands on that match, rather than drawing once for each of hundreds of thousands.
    SplittableRandom random = new SplittableRandom(total);
    double chance = SAMPLE_SIZE / (double) total;
    double logMiss = Math.log1p(-chance);
    List<FacetsCollector.MatchingDocs> sample = new ArrayList<>();
    long kept = 0;
    for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
      int maxDoc = docs.context.reader().maxDoc();
      FixedBitSet bits = new FixedBitSet(maxDoc);
      int keptHere = 0;
      if (docs.bits instanceof BitDocIdSet set) {
        BitSet matched = set.bits();
        for (long doc = step(random, logMiss); doc < maxDoc; doc += 1 + step(random, logMiss)) {
          if (matched.get((int) doc)) {
            bits.set((int) doc);
            keptHere++;
          }
        }
      } else if (docs.bits != null) {
        DocIdSetIterator it = docs.bits.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (random.nextDouble() < chance) {
            bits.set(doc);
            keptHere++;
          }
        }
      }
      kept += keptHere;
      sample.add(
          new FacetsCollector.MatchingDocs(
              docs.context, new BitDocIdSet(bits, keptHere), keptHere, null));
    }
    FacetsCollector sampled =
        new FacetsCollector() {
          @Override
          public List<MatchingDocs> getMatchingDocs() {
            return sample;
          }
        };
    return new Counts(tally(state, sampled), total / (double) Math.max(1, kept));
  }

  /** The most frequent values of one dimension, or null when the index has none. */
  private static List<FacetCount> facet(Counts counts, String dim) throws IOException {
    List<LabelAndValue> top = counts.tally().top(dim, dim.equals("year") ? 40 : 20);
    if (top == null) {
      return null;
    }
    List<FacetCount> values = new ArrayList<>();
    for (LabelAndValue lv : top) {
      values.add(new FacetCount(lv.label, lv.label, estimate(lv.value.longValue(), counts)));
    }
    return values;
  }

  /** A count scaled up from a sample, to two significant digits (the sample is no more exact). */
  private static long estimate(long counted, Counts counts) {
    if (counts.scale() == 1) {
      return counted;
    }
    double value = counted * counts.scale();
    if (value < 100) {
      return Math.max(1, Math.round(value));
    }
    double unit = Math.pow(10, Math.floor(Math.log10(value)) - 1);
    return Math.round(Math.round(value / unit) * unit);
  }
}
