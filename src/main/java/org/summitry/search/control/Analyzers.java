package org.summitry.search.control;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes searchable terms. Every text field is indexed three ways: a general form
 * (Unicode word breaks, lower case, accents folded, English plurals and possessives removed, so
 * "Limousines" finds "limousine"), a Korean form through Nori's morphological analysis, and a
 * Russian form with Russian stemming. The Korean and Russian forms are only written when the text
 * holds Hangul or Cyrillic letters, which keeps the index small for everything else.
 */
public final class Analyzers {

  public static final String KOREAN = "_ko";
  public static final String RUSSIAN = "_ru";

  /**
   * The suffix of a field holding each pair of neighbouring words as one term ("state visit"), so
   * that a phrase is found by looking up its pairs rather than by reading where every word of every
   * matching document stands.
   */
  public static final String PAIRS = "_pairs";

  private Analyzers() {}

  public static Analyzer general() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, generalWords(tokenizer));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  private static TokenStream generalWords(StandardTokenizer tokenizer) {
    TokenStream stream = new EnglishPossessiveFilter(tokenizer);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return new EnglishMinimalStemFilter(stream);
  }

  /**
   * The general form's words taken two by two: "a pair of giant pandas" gives "pair _", "_ giant"
   * and "giant panda" (a left-out little word stands as "_"). A text of one word gives nothing.
   */
  static Analyzer pairs() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        ShingleFilter pairs = new ShingleFilter(generalWords(tokenizer), 2, 2);
        pairs.setOutputUnigrams(false);
        return new TokenStreamComponents(tokenizer, pairs);
      }
    };
  }

  /** One analyzer for the whole index, choosing by the field's suffix. */
  public static Analyzer perField(String... textFields) {
    Analyzer general = general();
    Analyzer korean = new KoreanAnalyzer();
    Analyzer russian = new RussianAnalyzer();
    Analyzer pairs = pairs();
    Map<String, Analyzer> fields = new HashMap<>();
    for (String field : textFields) {
      fields.put(field + KOREAN, korean);
      fields.put(field + RUSSIAN, russian);
      fields.put(field + PAIRS, pairs);
    }
    return new PerFieldAnalyzerWrapper(general, fields);
  }

  public static boolean hasHangul(String text) {
    return hasScript(text, Character.UnicodeScript.HANGUL);
  }

  public static boolean hasCyrillic(String text) {
    return hasScript(text, Character.UnicodeScript.CYRILLIC);
  }

  /**
   * Whether any letter of the text is of this script. Asked for every field of every document while
   * the index is rebuilt, so Latin letters, most of the text, are passed over without a lookup.
   */
  private static boolean hasScript(String text, Character.UnicodeScript script) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= 0x0370 && Character.UnicodeScript.of(cp) == script) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
