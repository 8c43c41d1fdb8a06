package org.summitry.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.summitry.search.boundary.FacetCount;
import org.summitry.search.boundary.ListOrder;
import org.summitry.search.boundary.Marked;
import org.summitry.search.boundary.SearchHit;
import org.summitry.search.boundary.SearchQuery;
import org.summitry.search.boundary.SearchResults;

/**
 * The Lucene index of one instance: writing documents, remembering how far into the journal it is
 * (in the commit's user data, so it survives restarts), and answering queries with facet counts,
 * highlighted snippets and spelling suggestions.
 */
public final class SearchIndex implements Closeable {

  /** Bumped whenever documents change shape; an index of another format is rebuilt. */
  public static final String FORMAT = "4";

  static final String[] TEXT_FIELDS = {"title", "names", "body", "related"};

  public static final List<String> DIMENSIONS =
      List.of("type", "category", "giver", "recipient", "decade", "year");

  /** Deeper pages than this are not offered: a visitor narrows instead. */
  public static final int MAX_RESULTS = 1000;

  private static final String POSITION = "position";
  private static final String FORMAT_KEY = "format";

  private final Directory directory;
  private final Analyzer analyzer = Analyzers.perField(TEXT_FIELDS);
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig config = new FacetsConfig();
  private final boolean created;
  private volatile long position;
  private volatile FacetState facetState;

  /**
   * Threads that search slices of the index side by side, for the few searches that match so much
   * that finding their best hits takes tens of milliseconds (null on a single core). The thread
   * asking takes slices itself too, so a busy pool delays nobody.
   */
  private final ExecutorService sliceThreads = sliceThreads();

  /** Above this many matches, the best hits are looked for in slices side by side. */
  static final long SLICES_ABOVE = 50_000;

  /** The facet state of one view of the index, and its values held in memory (or null). */
  private record FacetState(
      IndexReader reader, SortedSetDocValuesReaderState state, FacetOrdinals.View view) {}

  /** Every document's facet values in memory, per segment, for counting matches quickly. */
  private final FacetOrdinals ordinals = new FacetOrdinals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);

  private SearchIndex(Directory directory, boolean recreate, long position) throws IOException {
    this.directory = directory;
    this.created = recreate;
    this.position = position;
    IndexWriterConfig writerConfig =
        new IndexWriterConfig(analyzer)
            .setOpenMode(
                recreate ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
            .setRAMBufferSizeMB(128);
    this.writer = new IndexWriter(directory, writerConfig);
    if (recreate) {
      commit(0);
    }
    this.searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                  throws IOException {
                // New segments' facet values are read here, by whoever refreshes the index,
                // rather than by the first visitor who searches it.
                ordinals.warm(reader);
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
      if (DirectoryReader.indexExists(directory)) {
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        if (FORMAT.equals(data.get(FORMAT_KEY))) {
          return new SearchIndex(
              directory, false, Long.parseLong(data.getOrDefault(POSITION, "0")));
        }
      }
      return new SearchIndex(directory, true, 0);
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
    return position;
  }

  public void put(IndexDocument document) throws IOException {
    writer.updateDocument(new Term("key", document.key()), config.build(toLucene(document)));
  }

  /** Adds a document known not to be in the index (while rebuilding it from empty). */
  public void add(IndexDocument document) throws IOException {
    writer.addDocument(config.build(toLucene(document)));
  }

  public void remove(String type, long id) throws IOException {
    writer.deleteDocuments(new Term("key", IndexDocument.key(type, id)));
  }

  public void removeAll() throws IOException {
    writer.deleteAll();
  }

  /** Makes the changes so far durable and visible, remembering the journal position. */
  public void commit(long journalPosition) throws IOException {
    writer.setLiveCommitData(
        Map.of(FORMAT_KEY, FORMAT, POSITION, String.valueOf(journalPosition)).entrySet());
    writer.commit();
    position = journalPosition;
    if (searchers != null) {
      searchers.maybeRefreshBlocking();
    }
  }

  /** How many documents of this type the index holds (committed ones). */
  public long count(String type) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(new TermQuery(new Term("type", type)));
    } finally {
      searchers.release(searcher);
    }
  }

  private Document toLucene(IndexDocument d) {
    Document doc = new Document();
    doc.add(new StringField("key", d.key(), Store.YES));
    doc.add(new StringField("type", d.type(), Store.YES));
    doc.add(new StoredField("id", d.id()));
    doc.add(new NumericDocValuesField("id", d.id()));
    if (d.path() != null) {
      doc.add(new StoredField("path", d.path()));
    }
    text(doc, "title", d.title(), Store.YES);
    text(doc, "names", d.names(), Store.NO);
    text(doc, "body", d.body(), Store.YES);
    text(doc, "related", d.related(), Store.YES);
    if (d.when() != null) {
      doc.add(new StoredField("when", d.when()));
    }
    if (d.thumbnail() != null) {
      doc.add(new StoredField("thumbnail", d.thumbnail()));
    }
    doc.add(
        new NumericDocValuesField(
            "date", d.earliest() == null ? Long.MIN_VALUE : d.earliest().toEpochDay()));
    if (d.earliest() != null) {
      doc.add(new LongPoint("earliest", d.earliest().toEpochDay()));
    }
    if (d.latest() != null) {
      doc.add(new LongPoint("latest", d.latest().toEpochDay()));
    }
    String sortTitle = d.title() == null ? "" : d.title().toLowerCase(Locale.ROOT);
    doc.add(
        new SortedDocValuesField(
            "sort_title",
            new BytesRef(sortTitle.length() > 100 ? sortTitle.substring(0, 100) : sortTitle)));
    d.facets().forEach((dim, value) -> doc.add(new SortedSetDocValuesFacetField(dim, value)));
    d.keys().forEach((name, value) -> doc.add(new StringField(name, value, Store.NO)));
    return doc;
  }

  /** The fields whose matches are marked in results. */
  private static final String[] HIGHLIGHTED = {"title", "body", "related"};

  /**
   * Words of a field searched for words only, never for phrases: the positions of each word, which
   * nothing reads there, are left out, so the index and its rebuild write less for the longest
   * fields.
   */
  private static final FieldType WORDS = words(false, IndexOptions.DOCS_AND_FREQS);

  private static final FieldType STORED_WORDS = words(true, IndexOptions.DOCS_AND_FREQS);

  private static FieldType words(boolean stored, IndexOptions options) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setStored(stored);
    type.setIndexOptions(options);
    type.setOmitNorms(options == IndexOptions.DOCS);
    type.freeze();
    return type;
  }

  /**
   * Neighbouring words two by two, for phrases: how often each pair occurs and in how long a text,
   * but not where.
   */
  private static final FieldType PAIRS = words(false, IndexOptions.DOCS_AND_FREQS);

  private static void text(Document doc, String field, String value, Store store) {
    if (value == null || value.isBlank()) {
      return;
    }
    doc.add(new Field(field, value, store == Store.YES ? STORED_WORDS : WORDS));
    boolean phrases = QueryText.PHRASE_WEIGHTS.containsKey(field);
    if (phrases) {
      doc.add(new Field(field + Analyzers.PAIRS, value, PAIRS));
    }
    // Korean and Russian phrases are matched by position: few documents hold those scripts.
    FieldType variant = phrases ? TextField.TYPE_NOT_STORED : WORDS;
    if (Analyzers.hasHangul(value)) {
      doc.add(new Field(field + Analyzers.KOREAN, value, variant));
    }
    if (Analyzers.hasCyrillic(value)) {
      doc.add(new Field(field + Analyzers.RUSSIAN, value, variant));
    }
  }

  /** Full-text search with facets; an empty text gives no results. */
  public SearchResults search(SearchQuery query) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Query text = QueryText.parse(query.text(), true, analyzer);
      if (text == null) {
        return new SearchResults(query, List.of(), 0, 1, 0, Map.of(), false, null, false);
      }
      FacetState state = facetState(searcher);
      if (state.state() == null) {
        return new SearchResults(
            query, List.of(), 0, 1, 0, Map.of(), false, suggest(searcher, query.text()), false);
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
      ScoreDoc[] slice = java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + size));
      List<SearchHit> hits = hits(searcher, text, found.hits().totalHits, slice);
      String suggestion = total == 0 || broadened ? suggest(searcher, query.text()) : null;
      return new SearchResults(
          query,
          hits,
          total,
          page,
          pages,
          found.facets(),
          found.estimated(),
          suggestion,
          broadened);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The best {@code topN} matches, how many match in all, and the facet counts. */
  private record Found(
      TopDocs hits, long total, Map<String, List<FacetCount>> facets, boolean estimated) {}

  private static ExecutorService sliceThreads() {
    int cores = Runtime.getRuntime().availableProcessors();
    if (cores < 2) {
      return null;
    }
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        cores,
        task -> {
          Thread thread = new Thread(task, "search-slice-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /** A searcher of the same view of the index that searches its slices side by side. */
  private IndexSearcher sliced(IndexSearcher searcher, long matches) {
    if (sliceThreads == null || matches <= SLICES_ABOVE) {
      return searcher;
    }
    IndexSearcher sliced = new IndexSearcher(searcher.getIndexReader(), sliceThreads);
    sliced.setSimilarity(searcher.getSimilarity());
    return sliced.getSlices().length > 1 ? sliced : searcher;
  }

  /**
   * Finds the matches in separate passes, so that none of them scores every match: the matching
   * documents are collected without scores (which gives the exact total and the facet counts), and
   * the best ones are found by a search that may skip documents which cannot make the top. A
   * dimension the visitor narrowed is counted "sideways", over the matches without that one choice,
   * so its other values stay visible with their counts.
   */
  private Found find(
      IndexSearcher searcher, FacetState state, Query text, SearchQuery query, int topN)
      throws IOException {
    Map<String, String> chosen = chosen(query);
    Query narrowed = drillDown(text, chosen, null);
    FacetsCollector matching = searcher.search(narrowed, new FacetsCollectorManager());
    long total = total(matching);
    TopDocs hits =
        total == 0
            ? new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0])
            : phraseFirst(searcher, text, narrowed, total, topN);
    if (hits == null) {
      IndexSearcher best = sliced(searcher, total);
      hits =
          best.search(
              narrowed,
              new TopScoreDocCollectorManager(Math.max(1, topN), null, topN, best != searcher));
    }
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
    return new Found(hits, total, facets, estimated);
  }

  /**
   * Above this many matches, a search of several words first looks for the entries holding them as
   * a phrase in their title or names.
   */
  static final long PHRASE_FIRST_ABOVE = 50_000;

  /** How many phrase matches are weighed in full: at least this many, and twice the hits asked. */
  static final int PHRASE_WINDOW = 1000;

  /**
   * The best {@code topN} matches of a search with very many of them, chosen among the best phrase
   * matches, or null when it cannot be done so. A phrase in a title or name ranks before scattered
   * words anyway; what this saves is weighing every one of hundreds of thousands of matches, each
   * word looked for in four fields, which is where such a search would spend its time. The phrases
   * alone are looked up first: a pairs term knows the best score of each block of documents, so
   * most blocks are skipped. When they give a full window, only those matches are weighed with the
   * whole query, and the best of them returned; else null, and every match is weighed.
   */
  private TopDocs phraseFirst(
      IndexSearcher searcher, Query text, Query narrowed, long total, int topN) throws IOException {
    Query phrases = QueryText.phrases(text);
    if (phrases == null || total <= PHRASE_FIRST_ABOVE) {
      return null;
    }
    int window = Math.max(PHRASE_WINDOW, 2 * topN);
    Query inPhrase =
        new BooleanQuery.Builder().add(phrases, Occur.MUST).add(narrowed, Occur.FILTER).build();
    TopDocs candidates =
        searcher.search(inPhrase, new TopScoreDocCollectorManager(window, null, window, false));
    if (candidates.scoreDocs.length < window) {
      return null;
    }
    TopDocs weighed =
        new QueryRescorer(narrowed) {
          @Override
          protected float combine(
              float firstPassScore, boolean secondPassMatches, float secondPassScore) {
            return secondPassMatches ? secondPassScore : 0;
          }
        }.rescore(searcher, candidates, topN);
    return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), weighed.scoreDocs);
  }

  /** Above this many matches, facet values are counted in a random sample of them. */
  static final long SAMPLE_ABOVE = 50_000;

  /** About how many matches such a sample holds. */
  static final int SAMPLE_SIZE = 20_000;

  /** Facet counts, each to be multiplied by {@code scale} (1 when every match was counted). */
  private record Counts(Tally tally, double scale) {}

  /** Facet counts of a set of matches. */
  private interface Tally {
    /** The most frequent values of {@code dim}, or null when the index has none of it. */
    List<LabelAndValue> top(String dim, int limit) throws IOException;
  }

  /** Counts the matches' values, from memory when the view holds them, else from doc values. */
  private static Tally tally(FacetState state, FacetsCollector matching) throws IOException {
    if (state.view() != null) {
      int[] counts = state.view().count(matching.getMatchingDocs());
      return (dim, limit) -> state.view().top(counts, dim, limit);
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state.state(), matching);
    return (dim, limit) -> {
      try {
        FacetResult result = facets.getTopChildren(limit, dim);
        return result == null ? null : List.of(result.labelValues);
      } catch (IllegalArgumentException notIndexed) {
        return null;
      }
    };
  }

  private static long total(FacetsCollector matching) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
      total += docs.totalHits;
    }
    return total;
  }

  /** How many documents to pass over before the next one drawn, each drawn with one chance. */
  private static long step(java.util.SplittableRandom random, double logMiss) {
    return (long) (Math.log1p(-random.nextDouble()) / logMiss);
  }

  /**
   * Counts over every match, or, when there are more than {@link #SAMPLE_ABOVE}, over a random
   * sample of about {@link #SAMPLE_SIZE} of them, scaled up: past that many matches, counting every
   * one costs a search more than drawing the sample, even from memory, and the page marks the
   * counts as estimated.
   */
  private static Counts counts(FacetState state, FacetsCollector matching, long total)
      throws IOException {
    if (total <= SAMPLE_ABOVE) {
      return new Counts(tally(state, matching), 1);
    }
    // Each match is taken with the same chance, drawn with a fixed seed (the same search gives the
    // same counts); taking every n-th would see only some values of anything numbered in turn.
    // Where the matches are a bit set, the draw walks over the documents in random steps and keeps
    // those it lands on that match, rather than drawing once for each of hundreds of thousands.
    java.util.SplittableRandom random = new java.util.SplittableRandom(total);
    double chance = SAMPLE_SIZE / (double) total;
    double logMiss = Math.log1p(-chance);
    List<FacetsCollector.MatchingDocs> sample = new ArrayList<>();
    long kept = 0;
    for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
      int maxDoc = docs.context.reader().maxDoc();
      FixedBitSet bits = new FixedBitSet(maxDoc);
      int keptHere = 0;
      if (docs.bits instanceof BitDocIdSet set) {
        org.apache.lucene.util.BitSet matched = set.bits();
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

  /** The facet values the visitor chose, by dimension. */
  private static Map<String, String> chosen(SearchQuery query) {
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
  private Query drillDown(Query text, Map<String, String> chosen, String except) {
    DrillDownQuery drillDown = new DrillDownQuery(config, text);
    chosen.forEach(
        (dim, value) -> {
          if (!dim.equals(except)) {
            drillDown.add(dim, value);
          }
        });
    return drillDown;
  }

  private List<SearchHit> hits(
      IndexSearcher searcher, Query text, TotalHits totalHits, ScoreDoc[] slice)
      throws IOException {
    if (slice.length == 0) {
      return List.of();
    }
    Highlighter highlighter =
        new Highlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkedPassages())
                .withMaxLength(10_000)
                // Marks each word of the query found in the field. The default asks the whole
                // query where it matched, per document and field, reading every field's postings
                // again.
                .withWeightMatches(false));
    int[] docs = new int[slice.length];
    for (int i = 0; i < slice.length; i++) {
      docs[i] = slice[i].doc;
    }
    Map<String, Object[]> marked =
        highlighter.marked(HIGHLIGHTED, QueryText.words(text), docs, new int[] {1, 2, 1});
    List<SearchHit> hits = new ArrayList<>(slice.length);
    for (int i = 0; i < slice.length; i++) {
      Document doc = searcher.storedFields().document(slice[i].doc);
      List<Marked> title = pieces(marked.get("title")[i]);
      List<Marked> snippet = pieces(marked.get("body")[i]);
      List<Marked> related = pieces(marked.get("related")[i]);
      if (!Marked.anyMarked(snippet) && Marked.anyMarked(related)) {
        snippet = related;
      }
      String storedTitle = doc.get("title");
      hits.add(
          new SearchHit(
              doc.get("type"),
              doc.getField("id").numericValue().longValue(),
              doc.get("path"),
              title != null
                  ? title
                  : List.of(new Marked(storedTitle == null ? "" : storedTitle, false)),
              snippet,
              doc.get("when"),
              doc.get("thumbnail")));
    }
    return hits;
  }

  /** What {@link MarkedPassages} made of a field, or null when it had nothing to show. */
  @SuppressWarnings("unchecked")
  private static List<Marked> pieces(Object formatted) {
    return formatted == null ? null : (List<Marked>) formatted;
  }

  /** The highlighter, answering with the formatter's pieces rather than strings. */
  private static final class Highlighter extends UnifiedHighlighter {

    Highlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> marked(String[] fields, Query query, int[] docs, int[] passages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docs, passages);
    }
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

  /** The fields whose words are offered as respellings: the names of things. */
  private static final String[] SPELLED = {"title", "names"};

  /**
   * A respelling in which every word the index does not know is replaced by a close one. Words are
   * compared in the form the index keeps them (lower case, accents folded, plurals made singular),
   * so a plural of a known word is not "corrected", and a suggestion is given in that form.
   */
  private String suggest(IndexSearcher searcher, String text) throws IOException {
    String cleaned = QueryText.clean(text);
    if (cleaned.isEmpty()) {
      return null;
    }
    DirectSpellChecker checker = new DirectSpellChecker();
    IndexReader reader = searcher.getIndexReader();
    StringBuilder suggestion = new StringBuilder();
    boolean changed = false;
    for (String word : cleaned.split("\\s+")) {
      String replacement = word;
      String term = word.codePoints().allMatch(Character::isLetter) ? indexed(word) : null;
      if (term != null && term.length() >= 3 && !known(reader, term)) {
        SuggestWord best = null;
        for (String field : SPELLED) {
          for (SuggestWord found :
              checker.suggestSimilar(
                  new Term(field, term), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            if (best == null
                || found.score > best.score
                || (found.score == best.score && found.freq > best.freq)) {
              best = found;
            }
          }
        }
        if (best != null) {
          replacement = best.string;
          changed = true;
        }
      }
      suggestion.append(suggestion.length() == 0 ? "" : " ").append(replacement);
    }
    return changed ? suggestion.toString() : null;
  }

  /** The one term the general analysis makes of a word, or null (a little word, or several). */
  private String indexed(String word) throws IOException {
    String term = null;
    try (TokenStream stream = analyzer.tokenStream("title", word)) {
      CharTermAttribute attribute = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term != null) {
          return null;
        }
        term = attribute.toString();
      }
      stream.end();
    }
    return term;
  }

  private static boolean known(IndexReader reader, String term) throws IOException {
    for (String field : SPELLED) {
      if (reader.docFreq(new Term(field, term)) > 0) {
        return true;
      }
    }
    return false;
  }

  private FacetState facetState(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    FacetState cached = facetState;
    if (cached != null && cached.reader() == reader) {
      return cached;
    }
    synchronized (this) {
      cached = facetState;
      if (cached != null && cached.reader() == reader) {
        return cached;
      }
      SortedSetDocValuesReaderState state;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
      } catch (IllegalArgumentException noFacetsYet) {
        state = null;
      }
      cached = new FacetState(reader, state, state == null ? null : ordinals.view(state));
      facetState = cached;
      return cached;
    }
  }

  private record CachedCounts(IndexReader reader, String key, Map<String, Long> counts) {}

  private volatile CachedCounts cachedCounts;

  /**
   * Counts per facet value over every document matching {@code filter}, kept until the index
   * changes (list pages ask for the same counts on every view).
   */
  public Map<String, Long> counts(Query filter, String dim) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
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
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * At most this many values of one dimension are counted for a list (years, countries). Lucene
   * refuses {@code Integer.MAX_VALUE}: its queue of that size cannot be made.
   */
  private static final int MAX_VALUES = 10_000;

  private Map<String, Long> countsNow(IndexSearcher searcher, Query filter, String dim)
      throws IOException {
    try {
      FacetState state = facetState(searcher);
      Map<String, Long> counts = new LinkedHashMap<>();
      if (state.state() == null) {
        return counts;
      }
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(searcher, filter, 1, new FacetsCollectorManager());
      List<LabelAndValue> top = tally(state, result.facetsCollector()).top(dim, MAX_VALUES);
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

  /**
   * A filter on exact values: the type, facet values and keys, and, when {@code year} is given, a
   * date range that overlaps that calendar year (as the database lists filter).
   */
  public Query filter(
      String type, Map<String, String> facetValues, Map<String, String> keys, Integer year) {
    BooleanQuery.Builder all =
        new BooleanQuery.Builder().add(new TermQuery(new Term("type", type)), Occur.FILTER);
    boolean drill = facetValues.values().stream().anyMatch(java.util.Objects::nonNull);
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
      long start = java.time.LocalDate.of(year, 1, 1).toEpochDay();
      long end = java.time.LocalDate.of(year, 12, 31).toEpochDay();
      all.add(LongPoint.newRangeQuery("earliest", Long.MIN_VALUE, end), Occur.FILTER);
      all.add(LongPoint.newRangeQuery("latest", start, Long.MAX_VALUE), Occur.FILTER);
    }
    return new org.apache.lucene.search.ConstantScoreQuery(all.build());
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

  /** One page of ids matching a filter, and how many match in all. */
  public record IdPage(List<Long> ids, long total) {}

  public IdPage ids(Query filter, ListOrder order, int offset, int size) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Sorted sorted = sorted(searcher, filter, order, offset + size);
      return new IdPage(idsOf(searcher, sorted.docs(), offset, offset + size), sorted.total());
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
      int reach = (int) Math.min(depth, Integer.MAX_VALUE);
      long wanted = (long) Math.max(1, page) * Math.max(1, size);
      Sorted sorted = sorted(searcher, filter, order, sortDepth(wanted, reach));
      int number = org.summitry.kernel.Page.clamp(page, size, Math.min(sorted.total(), depth));
      int from = (number - 1) * size;
      return new ListPage(
          idsOf(searcher, sorted.docs(), from, from + size), number, sorted.total());
    } finally {
      searchers.release(searcher);
    }
  }

  /** How deep lists are sorted for their first pages, and then for the pages after those. */
  static final int[] SORT_DEPTHS = {256, 2_048};

  /**
   * How deep to sort a list to show its first {@code wanted} entries: the smallest of {@link
   * #SORT_DEPTHS} that reaches them, or {@code reach} (every page). The first pages are by far the
   * most visited, and sorting a long list (a country's gifts, say) only as deep as they reach costs
   * a fraction of sorting it as deep as its last page.
   */
  public static int sortDepth(long wanted, int reach) {
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

  /** The first entries of a list in order, as documents of one view of the index, and the total. */
  private record Sorted(int[] docs, long total) {}

  /** Lists sorted once per view of the index, most recently used kept; at most 4 MB of them. */
  private final Map<String, Sorted> sortedLists = new LinkedHashMap<>(64, 0.75f, true);

  private IndexReader sortedListsReader;
  private long sortedListsSize;
  private static final long SORTED_LISTS_LIMIT = 1_000_000;

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
        var eldest = sortedLists.entrySet().iterator();
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

  /** Forgets every change since the last commit and closes the index. */
  public void rollback() throws IOException {
    stopSliceThreads();
    try {
      searchers.close();
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  @Override
  public void close() throws IOException {
    stopSliceThreads();
    try {
      searchers.close();
      writer.close();
    } finally {
      directory.close();
    }
  }

  private void stopSliceThreads() {
    if (sliceThreads != null) {
      sliceThreads.shutdown();
    }
  }
}
