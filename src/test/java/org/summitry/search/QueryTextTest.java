package org.summitry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.summitry.platform.boundary.InvalidRequest;
import org.summitry.search.control.Analyzers;
import org.summitry.search.control.QueryText;

class QueryTextTest {

  private final Analyzer analyzer = Analyzers.perField("title", "names", "body", "related");

  @Test
  void anOrdinarySearchInThreeScriptsIsAQuery() {
    assertNotNull(QueryText.parse("Kim Jong Un 김정은 Ким Чен Ын state visit", true, analyzer));
  }

  @Test
  void textThatIsHundredsOfWordsToTheAnalysersIsRefusedWithAReasonNotAFailure() {
    // Punctuation between letters makes each letter a word, in every script's fields.
    String many = "a.김.ж,".repeat(40);
    InvalidRequest refused =
        assertThrows(InvalidRequest.class, () -> QueryText.parse(many, true, analyzer));
    assertEquals("search.error.tooLong", refused.key());
    assertThrows(InvalidRequest.class, () -> QueryText.parse(many, false, analyzer));
  }
}
