package org.summitry.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingTest {

  @Test
  void aMappingSurvivesItsTextualFormWithAnyColumnName() {
    Mapping mapping =
        new Mapping(
            Map.of(ImportField.VALUE, "Value (£) = estimate: #1", ImportField.DATE, " Date "),
            Map.of(ImportField.RECIPIENT_COUNTRY, "United Kingdom", ImportField.TITLE, "  "),
            true);
    Mapping read = Mapping.parse(mapping.text());
    assertEquals(mapping, read);
    assertEquals("Value (£) = estimate: #1", read.column(ImportField.VALUE));
    assertEquals("Date", read.column(ImportField.DATE), "names are kept without outer spaces");
    assertEquals(null, read.fallback(ImportField.TITLE), "a blank value is no value");
    assertEquals(
        Presets.US_FOREIGN_GIFTS.mapping(),
        Mapping.parse(Presets.US_FOREIGN_GIFTS.mapping().text()));
  }
}
