package org.summitry.search.control;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Finding a search's best matches in order, without weighing every match when there are very many:
 * the best phrase matches first, and large searches in slices side by side. How the words are
 * weighed (fields, phrases, scripts) is {@link QueryText}'s part.
 */
final class Ranking {

  /** Above this many matches, the best hits are looked for in slices side by side. */
  static final long SLICES_ABOVE = 50_000;

  /**
   * Above this many matches, a search of several words first looks for the entries holding them as
   * a phrase in their title or names.
   */
  static final long PHRASE_FIRST_ABOVE = 50_000;

  /** How many phrase matches are weighed in full: at least this many, and twice the hits asked. */
  static final int PHRASE_WINDOW = 1000;

  /**
   * Threads that search slices of the index side by side, for the few searches that match so much
   * that finding their best hits takes tens of milliseconds (null on a single core). The thread
   * asking takes slices itself too, so a busy pool delays nobody.
   */
  private final ExecutorService sliceThreads = sliceThreads();

  /**
   * The best {@code topN} of the {@code total} matches of {@code narrowed}, the text query {@code
   * text} narrowed by the visitor's choices.
   */
  TopDocs best(IndexSearcher searcher, Query text, Query narrowed, long total, int topN)
      throws IOException {
    if (total == 0) {
      return new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
    }
    TopDocs hits = phraseFirst(searcher, text, narrowed, total, topN);
    if (hits != null) {
      return hits;
    }
    IndexSearcher best = sliced(searcher, total);
    return best.search(
        narrowed, new TopScoreDocCollectorManager(Math.max(1, topN), null, topN, best != searcher));
  }

  /**
   * The best {@code topN} matches of a search with very many of them, chosen among the best phrase
   * matches, or null when it cannot be done so. A phrase in a title or name ranks before scattered
   * words anyway; what this saves is weighing every one of hundreds of thousands of matches, each
   * word looked for in four fields, which is where such a search would spend its time. The phrases
   * alone are looked up first: a pairs term knows the best score of each block of documents, so
   * most blocks are skipped. When they give a full window, only those matches are weighed with the
   * whole query, and the best of them returned; else null, and every match is weighed.
   */
  private static TopDocs phraseFirst(
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

  /** Stops the slice threads (the index is closing). */
  void stop() {
    if (sliceThreads != null) {
      sliceThreads.shutdown();
    }
  }
}
