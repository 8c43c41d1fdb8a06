package org.summitry.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.summitry.platform.boundary.InvalidRequest;

/**
 * Turns what a visitor typed into a Lucene query. Each word must be found in some field (or, for a
 * broadened search, any word will do), in any of the forms the index keeps: general, Korean or
 * Russian, the latter two only when the word is written in that script. Matches in a title count
 * more than in other names, those more than in a description, and the whole text found as a phrase
 * counts more than the same words scattered.
 */
public final class QueryText {

  /** Field weights: where a match is found matters more than how often. */
  static final Map<String, Float> WORD_WEIGHTS =
      Map.of("title", 4f, "names", 3f, "body", 1f, "related", 0.6f);

  /**
   * Phrases are weighed in the short fields only. In the general form a phrase is looked up as its
   * pairs of neighbouring words (see {@link Analyzers#PAIRS}): a pair is one term, which needs no
   * word positions and knows the best score of each block of documents, so a search with very many
   * matches can pass over the blocks that cannot reach the top instead of reading the positions of
   * every document holding all the words. The Korean and Russian forms, held by few documents, are
   * still matched by position.
   */
  static final Map<String, Float> PHRASE_WEIGHTS = Map.of("title", 10f, "names", 8f);

  public static final int MAX_LENGTH = 200;

  /**
   * The most terms a query may hold, well within Lucene's clause limit (1,024 with what the index
   * adds for filters and phrases). Text such as "a.b.c.d…" is many words to the analysers, each
   * looked up in up to twelve fields: such a query is refused with a message instead of failing.
   */
  static final int MAX_TERMS = 600;

  private QueryText() {}

  /** The query, or null when the text holds no searchable word. */
  public static Query parse(String text, boolean everyWord, Analyzer analyzer) {
    String cleaned = clean(text);
    if (cleaned.isEmpty()) {
      return null;
    }
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    int wordCount = 0;
    for (String word : cleaned.split("\\s+")) {
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      int fields = 0;
      for (String field : fieldsFor(word, WORD_WEIGHTS.keySet())) {
        Query q = builder.createBooleanQuery(field, word, Occur.MUST);
        if (q != null) {
          anyField.add(new BoostQuery(q, WORD_WEIGHTS.get(base(field))), Occur.SHOULD);
          fields++;
        }
      }
      if (fields > 0) {
        words.add(anyField.build(), everyWord ? Occur.MUST : Occur.SHOULD);
        wordCount++;
      }
    }
    if (wordCount == 0) {
      return null;
    }
    Query allWords = words.build();
    requireFewTerms(allWords);
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(allWords, Occur.MUST);
    if (wordCount > 1) {
      for (String field : fieldsFor(cleaned, PHRASE_WEIGHTS.keySet())) {
        Query phrase =
            field.equals(base(field))
                ? pairs(analyzer, field + Analyzers.PAIRS, cleaned)
                : builder.createPhraseQuery(field, cleaned, 1);
        if (phrase != null) {
          query.add(new BoostQuery(phrase, PHRASE_WEIGHTS.get(base(field))), Occur.SHOULD);
        }
      }
    }
    Query whole = query.build();
    requireFewTerms(whole);
    return whole;
  }

  /** Refuses, as a request the visitor can correct, a query of more than {@link #MAX_TERMS}. */
  static void requireFewTerms(Query query) {
    int[] terms = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query leaf, Term... found) {
            terms[0] += found.length;
          }

          @Override
          public void visitLeaf(Query leaf) {
            terms[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    if (terms[0] > MAX_TERMS) {
      throw new InvalidRequest("search.error.tooLong");
    }
  }

  /**
   * Every pair of neighbouring words of the text, each a term of the pairs field: one pair is a
   * term query, more must all be found. Null when the text has fewer than two words.
   */
  static Query pairs(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (terms.isEmpty()) {
      return null;
    }
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String pair : new LinkedHashSet<>(terms)) {
      all.add(new TermQuery(new Term(field, pair)), Occur.MUST);
    }
    return all.build();
  }

  /**
   * The part of a query made by {@link #parse} that asks for the words, without the phrases: what a
   * highlighter needs to mark each word found. Given phrases, Lucene's highlighter indexes every
   * highlighted field of every hit in memory to find where they match; given words alone, it only
   * reads the words of the text, and marks the same words.
   */
  static Query words(Query parsed) {
    if (parsed instanceof BooleanQuery query
        && query.clauses().size() > 1
        && query.clauses().get(0).getOccur() == Occur.MUST) {
      return query.clauses().get(0).getQuery();
    }
    return parsed;
  }

  /**
   * The phrase clauses of a query made by {@link #parse}, any of which will do, keeping their
   * weights; null when the text had a single word.
   */
  static Query phrases(Query parsed) {
    if (!(parsed instanceof BooleanQuery query) || query.clauses().size() < 2) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    query.clauses().stream().skip(1).forEach(clause -> any.add(clause.getQuery(), Occur.SHOULD));
    return any.build();
  }

  /** The words worth searching: quotes and query syntax are taken as plain text. */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    String trimmed = text.strip();
    if (trimmed.length() > MAX_LENGTH) {
      trimmed = trimmed.substring(0, MAX_LENGTH);
    }
    return trimmed.replaceAll("[\\p{Cntrl}\"]+", " ").strip();
  }

  private static List<String> fieldsFor(String text, Iterable<String> bases) {
    boolean korean = Analyzers.hasHangul(text);
    boolean russian = Analyzers.hasCyrillic(text);
    List<String> fields = new ArrayList<>();
    for (String base : bases) {
      fields.add(base);
      if (korean) {
        fields.add(base + Analyzers.KOREAN);
      }
      if (russian) {
        fields.add(base + Analyzers.RUSSIAN);
      }
    }
    return fields;
  }

  private static String base(String field) {
    int underscore = field.indexOf('_');
    return underscore < 0 ? field : field.substring(0, underscore);
  }
}
