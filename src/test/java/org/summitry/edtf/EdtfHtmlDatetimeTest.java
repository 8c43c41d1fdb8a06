package org.summitry.edtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EdtfHtmlDatetimeTest {

  @Test
  void plainDaysMonthsAndYearsBecomeMachineReadableTimes() {
    assertEquals("2024-06-19", Edtf.parse("2024-06-19").htmlDatetime());
    assertEquals("2024-06", Edtf.parse("2024-06").htmlDatetime());
    assertEquals("2018", Edtf.parse("2018").htmlDatetime());
    assertEquals("2024-06-19", Edtf.parse("2024-06-19T10:15:00Z").htmlDatetime());
  }

  @Test
  void whatHtmlCannotSayStaysWordsOnly() {
    assertNull(Edtf.parse("2024-02~").htmlDatetime());
    assertNull(Edtf.parse("2018?").htmlDatetime());
    assertNull(Edtf.parse("201X").htmlDatetime());
    assertNull(Edtf.parse("2001-21").htmlDatetime());
    assertNull(Edtf.parse("2024-06-18/2024-06-19").htmlDatetime());
    assertNull(Edtf.parse("-0044").htmlDatetime());
  }
}
