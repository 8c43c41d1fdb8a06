package org.summitry.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.summitry.search.boundary.Marked;
import org.summitry.search.boundary.SearchHit;

/**
 * A page of results as {@link SearchHit}s, their titles and excerpts cut into {@link Marked} pieces
 * where the search's words were found. Nothing here escapes or writes markup: the pieces hold the
 * text as stored, and templates draw the marked ones.
 */
final class Highlights {

  /** The fields marked in every result: its title and its own text. */
  private static final String[] HIGHLIGHTED = {"title", "body"};

  /** How many passages of each highlighted field an excerpt shows. */
  private static final int[] PASSAGES = {1, 2};

  /**
   * The names of related entries (a gift's giver, a summit's participants), marked only in the
   * results whose own text holds none of the words, where they become the excerpt.
   */
  private static final String[] RELATED = {"related"};

  private static final int[] RELATED_PASSAGES = {1};

  private final Analyzer analyzer;

  Highlights(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The hits of {@code slice}, the words of {@code text} marked in them. */
  List<SearchHit> hits(IndexSearcher searcher, Query text, ScoreDoc[] slice) throws IOException {
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
                // again. (The words' places come from offsets the index keeps for the marked
                // fields, IndexWriting's STORED_WORDS, not from analysing each result's text.)
                .withWeightMatches(false));
    Query words = QueryText.words(text);
    int[] docs = new int[slice.length];
    for (int i = 0; i < slice.length; i++) {
      docs[i] = slice[i].doc;
    }
    Map<String, Object[]> marked = highlighter.marked(HIGHLIGHTED, words, docs, PASSAGES);
    List<List<Marked>> snippets = new ArrayList<>(slice.length);
    List<Integer> unmarked = new ArrayList<>();
    for (int i = 0; i < slice.length; i++) {
      List<Marked> snippet = pieces(marked.get("body")[i]);
      snippets.add(snippet);
      if (!Marked.anyMarked(snippet)) {
        unmarked.add(i);
      }
    }
    if (!unmarked.isEmpty()) {
      int[] others = unmarked.stream().mapToInt(i -> docs[i]).toArray();
      Object[] related =
          highlighter.marked(RELATED, words, others, RELATED_PASSAGES).get("related");
      for (int j = 0; j < others.length; j++) {
        List<Marked> names = pieces(related[j]);
        if (Marked.anyMarked(names)) {
          snippets.set(unmarked.get(j), names);
        }
      }
    }
    List<SearchHit> hits = new ArrayList<>(slice.length);
    for (int i = 0; i < slice.length; i++) {
      Document doc = searcher.storedFields().document(slice[i].doc);
      List<Marked> title = pieces(marked.get("title")[i]);
      String storedTitle = doc.get("title");
      hits.add(
          new SearchHit(
              doc.get("type"),
              doc.getField("id").numericValue().longValue(),
              doc.get("path"),
              title != null
                  ? title
                  : List.of(new Marked(storedTitle == null ? "" : storedTitle, false)),
              snippets.get(i),
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
}
