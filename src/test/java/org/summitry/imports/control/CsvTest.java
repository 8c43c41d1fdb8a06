package org.summitry.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
    Csv.Table table = Csv.parse("\uFEFFid,name\r\n1,Kim\r\n");
    assertEquals(List.of("id", "name"), table.columns());
    assertEquals(1, table.column("name"));
    assertEquals(List.of("1", "Kim"), table.rows().get(0).fields());
  }

  @Test
  void semicolonsSeparateFieldsWhenTheHeaderHasMoreOfThemThanCommas() {
    Csv.Table table = Csv.parse("Minister;Gift;Value (£)\nJane Doe;Book, signed;1.234,50\n");
    assertEquals(';', table.separator());
    assertEquals(List.of("Jane Doe", "Book, signed", "1.234,50"), table.rows().get(0).fields());
  }

  @Test
  void quotedFieldsKeepSeparatorsLineBreaksAndDoubledQuotes() {
    Csv.Table table =
        Csv.parse("a,b,c\n\"one, two\",\"line 1\r\nline 2\",\"say \"\"hi\"\"\"\nx,y,z\n");
    assertEquals(2, table.rows().size());
    Csv.Row first = table.rows().get(0);
    assertEquals(List.of("one, two", "line 1\r\nline 2", "say \"hi\""), first.fields());
    assertNull(first.problem());
    assertEquals(2, first.row());
    assertEquals(3, table.rows().get(1).row(), "rows count records, not lines");
  }

  @Test
  void aRowWithTooFewOrTooManyFieldsIsKeptWithItsProblem() {
    Csv.Table table = Csv.parse("a,b,c\n1,2\n1,2,3,4\n1,2,3\n");
    assertEquals(3, table.rows().size());
    assertEquals(
        "The row has 2 fields where the header names 3 columns.",
        table.rows().get(0).problem().toString());
    assertNotNull(table.rows().get(1).problem());
    assertNull(table.rows().get(2).problem());
    assertEquals("", table.rows().get(0).field(2));
  }

  @Test
  void anUnclosedQuoteIsReportedOnItsRow() {
    Csv.Table table = Csv.parse("a,b\n1,\"never closed\n2,3\n");
    assertEquals(1, table.rows().size());
    assertEquals(
        "A quoted field is never closed: the file ends inside it.",
        table.rows().get(0).problem().toString());
  }

  @Test
  void textAfterAClosingQuoteIsAProblem() {
    Csv.Table table = Csv.parse("a,b\n\"x\"y,2\n\"ok\" ,3\n");
    assertNotNull(table.rows().get(0).problem().toString());
    assertEquals("ok", table.rows().get(1).field(0));
    assertNull(table.rows().get(1).problem());
  }

  @Test
  void blankLinesAreSkippedAndALastLineWithoutBreakIsRead() {
    Csv.Table table = Csv.parse("\n\na,b\n\n1,2\n\n3,4");
    assertEquals(List.of("a", "b"), table.columns());
    assertEquals(2, table.rows().size());
    assertEquals(List.of("3", "4"), table.rows().get(1).fields());
  }

  @Test
  void aFileWithoutAHeaderIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Csv.parse("\n \n"));
  }
}
