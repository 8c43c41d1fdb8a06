package org.summitry.edtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Why a date is not EDTF is told in the curator's language: English, Korean and Russian. */
class EdtfExplanationsTest {

  private static final Locale KOREAN = Locale.KOREAN;
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  /** A typed text for every reason the parser gives, by the reason's key. */
  private static final Map<String, String> TYPED =
      Map.ofEntries(
          Map.entry("edtf.reason.format", "June 2024"),
          Map.entry("edtf.reason.openEndAlone", ".."),
          Map.entry("edtf.reason.slashes", "2024/06/19"),
          Map.entry("edtf.reason.intervalWithoutEnds", "../.."),
          Map.entry("edtf.reason.intervalWithTime", "2024-06-19T10:00:00Z/2024-06-20"),
          Map.entry("edtf.reason.intervalBackwards", "2024-06-19/2024-06-18"),
          Map.entry("edtf.reason.qualifierAlone", "?"),
          Map.entry("edtf.reason.qualifierTwice", "2018?~"),
          Map.entry("edtf.reason.lowercaseX", "201x"),
          Map.entry("edtf.reason.qualifiedTime", "2024-06-19T10:00:00Z?"),
          Map.entry("edtf.reason.longYearDigits", "Y17a"),
          Map.entry("edtf.reason.longYearShort", "Y2024"),
          Map.entry("edtf.reason.yearDigits", "24-06-19"),
          Map.entry("edtf.reason.yearX", "2X24"),
          Map.entry("edtf.reason.yearXWithMonth", "201X-06"),
          Map.entry("edtf.reason.yearZero", "-0000"),
          Map.entry("edtf.reason.monthDigits", "2024-6"),
          Map.entry("edtf.reason.dayDigits", "2024-06-5"),
          Map.entry("edtf.reason.monthXDay", "2024-XX-05"),
          Map.entry("edtf.reason.monthX", "2024-0X"),
          Map.entry("edtf.reason.seasonDay", "2024-21-05"),
          Map.entry("edtf.reason.month", "2024-13"),
          Map.entry("edtf.reason.dayX", "2024-06-0X"),
          Map.entry("edtf.reason.day", "2024-06-32"),
          Map.entry("edtf.reason.monthLength", "2024-02-30"),
          Map.entry("edtf.reason.timeWithoutDay", "2024-06T10:00:00Z"),
          Map.entry("edtf.reason.timeFormat", "2024-06-19T10:00"),
          Map.entry("edtf.reason.hour", "2024-06-19T24:00:00Z"),
          Map.entry("edtf.reason.minutes", "2024-06-19T10:60:00Z"),
          Map.entry("edtf.reason.seconds", "2024-06-19T10:00:60Z"),
          Map.entry("edtf.reason.offset", "2024-06-19T10:00:00+15:00"));

  private static InvalidEdtfException refusalOf(String typed) {
    return assertThrows(InvalidEdtfException.class, () -> Edtf.parse(typed), typed);
  }

  @Test
  void everyReasonInTheBundleIsOneTheParserGives() {
    Set<String> bundled =
        ResourceBundle.getBundle("messages", Locale.ROOT).keySet().stream()
            .filter(k -> k.startsWith("edtf.reason."))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(bundled, new TreeSet<>(TYPED.keySet()));
    TYPED.forEach((reason, typed) -> assertEquals(reason, refusalOf(typed).reason(), typed));
  }

  @Test
  void everyExplanationIsWrittenInEachLanguage() {
    for (String typed : TYPED.values()) {
      InvalidEdtfException refusal = refusalOf(typed);
      String english = refusal.message(Locale.UK);
      String korean = refusal.message(KOREAN);
      String russian = refusal.message(RUSSIAN);
      assertTrue(english.contains(typed) && korean.contains(typed) && russian.contains(typed));
      assertNotEquals(english, korean, typed);
      assertNotEquals(english, russian, typed);
      assertTrue(
          korean
              .codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL),
          korean);
      assertTrue(
          russian
              .codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
          russian);
    }
  }

  @Test
  void theLengthOfAMonthNamesTheMonthInTheReadersLanguage() {
    InvalidEdtfException refusal = refusalOf("2024-02-30");
    assertEquals(
        "“2024-02-30” is not a valid date: February 2024 has 29 days.", refusal.getMessage());
    assertEquals("“2024-02-30”은(는) 올바른 날짜가 아닙니다. 2024년 2월은 29일까지 있습니다.", refusal.message(KOREAN));
    assertEquals(
        "«2024-02-30» — недопустимая дата: февраль 2024 г. — это 29 дней.",
        refusal.message(RUSSIAN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void anEmptyDateSaysHowToWriteOne(String typed) {
    InvalidEdtfException refusal = refusalOf(typed);
    assertEquals(
        "The date is empty: write it as YYYY-MM-DD, YYYY-MM or YYYY, for example 2024-06-19.",
        refusal.getMessage());
    assertTrue(refusal.message(KOREAN).startsWith("날짜가 비어 있습니다."));
  }

  @Test
  void problemSpeaksTheLanguageAskedFor() {
    assertEquals(
        Edtf.problem("2024-13", KOREAN).orElseThrow(), refusalOf("2024-13").message(KOREAN));
    assertEquals(Edtf.problem("2024-13").orElseThrow(), refusalOf("2024-13").getMessage());
  }
}
