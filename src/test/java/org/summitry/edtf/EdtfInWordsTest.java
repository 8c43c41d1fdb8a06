package org.summitry.edtf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdtfInWordsTest {

  private static String inEnglish(String text) {
    return Edtf.parse(text).inWords(Locale.ENGLISH);
  }

  @Test
  void dayReadsAsDayMonthYear() {
    assertEquals("19 June 2024", inEnglish("2024-06-19"));
  }

  @Test
  void dayNumberHasNoLeadingZero() {
    assertEquals("5 June 2024", inEnglish("2024-06-05"));
  }

  @Test
  void monthReadsAsMonthAndYear() {
    assertEquals("June 2024", inEnglish("2024-06"));
  }

  @Test
  void yearReadsWithoutDigitGrouping() {
    assertEquals("2018", inEnglish("2018"));
  }

  @Test
  void approximateMonthReadsAsAbout() {
    assertEquals("about February 2024", inEnglish("2024-02~"));
  }

  @Test
  void uncertainYearReadsAsPossibly() {
    assertEquals("possibly 2018", inEnglish("2018?"));
  }

  @Test
  void uncertainAndApproximateDayReadsAsPossiblyAbout() {
    assertEquals("possibly about 11 June 2004", inEnglish("2004-06-11%"));
  }

  @Test
  void decadeReadsAsTheTens() {
    assertEquals("the 2010s", inEnglish("201X"));
  }

  @Test
  void unspecifiedCenturyDigitsReadAsAYearRangeNotACenturyName() {
    assertEquals("2000–2099", inEnglish("20XX"));
  }

  @Test
  void unspecifiedMonthOrDayReadsAsSometime() {
    assertEquals("sometime in 2024", inEnglish("2024-XX"));
    assertEquals("sometime in 2024", inEnglish("2024-XX-XX"));
    assertEquals("sometime in June 2024", inEnglish("2024-06-XX"));
    assertEquals("possibly sometime in 2024", inEnglish("2024-XX?"));
  }

  @Test
  void negativeYearsReadAsBcCountingYearZeroAsOneBc() {
    assertEquals("45 BC", inEnglish("-0044"));
    assertEquals("1 BC", inEnglish("0000"));
    assertEquals("15 March 45 BC", inEnglish("-0044-03-15"));
    assertEquals("about 45 BC", inEnglish("-0044~"));
  }

  @Test
  void negativeDecadeReadsAsARangeOfBcYears() {
    assertEquals("200 BC – 191 BC", inEnglish("-019X"));
  }

  @Test
  void longYearsReadAsTheirNumber() {
    assertEquals("170000002", inEnglish("Y170000002"));
    assertEquals("170000003 BC", inEnglish("Y-170000002"));
  }

  @ParameterizedTest(name = "{0} reads as \"{1}\"")
  @CsvSource({
    "2001-21, spring 2001",
    "2001-22, summer 2001",
    "2001-23, autumn 2001",
    "2001-24, winter 2001–2002",
    "2001-21?, possibly spring 2001"
  })
  void seasonsReadByName(String text, String words) {
    assertEquals(words, inEnglish(text));
  }

  @Test
  void dateTimeReadsWithItsTimeAndZone() {
    assertEquals("19 June 2024, 10:15:00 UTC", inEnglish("2024-06-19T10:15:00Z"));
    assertEquals("19 June 2024, 10:15:00 UTC+09:00", inEnglish("2024-06-19T10:15:00+09:00"));
    assertEquals("19 June 2024, 10:15:00", inEnglish("2024-06-19T10:15:00"));
  }

  @Test
  void daysInOneMonthShareTheMonth() {
    assertEquals("18–19 June 2024", inEnglish("2024-06-18/2024-06-19"));
  }

  @Test
  void daysInOneYearShareTheYear() {
    assertEquals("30 June – 2 July 2024", inEnglish("2024-06-30/2024-07-02"));
  }

  @Test
  void daysInDifferentYearsAreWrittenInFull() {
    assertEquals("30 December 2023 – 2 January 2024", inEnglish("2023-12-30/2024-01-02"));
  }

  @Test
  void monthsInOneYearShareTheYear() {
    assertEquals("June–August 2024", inEnglish("2024-06/2024-08"));
  }

  @Test
  void monthsAcrossAYearEndAreWrittenInFull() {
    assertEquals("December 2023 – January 2024", inEnglish("2023-12/2024-01"));
  }

  @Test
  void yearsReadAsACompactRange() {
    assertEquals("2018–2020", inEnglish("2018/2020"));
    assertEquals("100 BC – 50 BC", inEnglish("-0099/-0049"));
  }

  @Test
  void endsOfDifferentPrecisionAreWrittenInFull() {
    assertEquals("June 2024 – 15 June 2024", inEnglish("2024-06/2024-06-15"));
  }

  @Test
  void qualifiedEndsKeepTheirOwnQualifiers() {
    assertEquals("about June 2004 – possibly August 2004", inEnglish("2004-06~/2004-08?"));
  }

  @Test
  void unknownEndSaysSo() {
    assertEquals("from 19 June 2024 (end unknown)", inEnglish("2024-06-19/"));
  }

  @Test
  void openEndReadsAsOnwards() {
    assertEquals("from 19 June 2024 onwards", inEnglish("2024-06-19/.."));
  }

  @Test
  void openStartReadsAsUntil() {
    assertEquals("until 2024", inEnglish("../2024"));
  }

  @Test
  void unknownStartSaysSo() {
    assertEquals("until 19 June 2024 (start unknown)", inEnglish("/2024-06-19"));
  }

  @Test
  void translatedWordsComeFromTheLocalesBundle() {
    // EdtfWords_qaa (a private-use language code) exists only in the test resources.
    String words = Edtf.parse("2024-02~").inWords(Locale.forLanguageTag("qaa"));
    assertEquals("circa", words.substring(0, words.indexOf(' ')));
  }

  @Test
  void missingWordsFallBackToEnglish() {
    assertEquals("possibly 2018", Edtf.parse("2018?").inWords(Locale.forLanguageTag("qaa")));
  }

  @Test
  void serverDefaultLocaleDoesNotLeakIntoOtherLanguages() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("qaa"));
      assertEquals("about February 2024", Edtf.parse("2024-02~").inWords(Locale.ENGLISH));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void monthNamesComeFromTheLocale() {
    Locale russian = Locale.forLanguageTag("ru");
    // Russian inflects the month after a day number but not when it stands alone.
    assertEquals("19 июня 2024 г.", Edtf.parse("2024-06-19").inWords(russian));
    assertEquals("июнь 2024 г.", Edtf.parse("2024-06").inWords(russian));
  }
}
