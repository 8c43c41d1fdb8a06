package org.summitry.search.control;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": a respelling of a search that found nothing, or only some of its words, from the
 * words the index knows in the names of things.
 */
final class Suggestions {

  /** The fields whose words are offered as respellings: the names of things. */
  private static final String[] SPELLED = {"title", "names"};

  private final Analyzer analyzer;

  Suggestions(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * A respelling in which every word the index does not know is replaced by a close one, or null
   * when every word is known or none has a close one. Words are compared in the form the index
   * keeps them (lower case, accents folded, plurals made singular), so a plural of a known word is
   * not "corrected", and a suggestion is given in that form.
   */
  String suggest(IndexReader reader, String text) throws IOException {
    String cleaned = QueryText.clean(text);
    if (cleaned.isEmpty()) {
      return null;
    }
    DirectSpellChecker checker = new DirectSpellChecker();
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
}
