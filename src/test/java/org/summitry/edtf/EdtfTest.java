package org.summitry.edtf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitry.edtf.Edtf.Precision;

class EdtfTest {

  private static void assertBounds(String text, String lower, String upper) {
    Edtf edtf = Edtf.parse(text);
    assertAll(
        text,
        () -> assertEquals(lower == null ? null : LocalDate.parse(lower), edtf.lower(), "lower"),
        () -> assertEquals(upper == null ? null : LocalDate.parse(upper), edtf.upper(), "upper"));
  }

  private static String problemWith(String text) {
    return assertThrows(InvalidEdtfException.class, () -> Edtf.parse(text)).getMessage();
  }

  @Nested
  class Level0 {

    @Test
    void dayPrecisionMeansThatOneDay() {
      assertBounds("2024-06-19", "2024-06-19", "2024-06-19");
      assertEquals(Precision.DAY, Edtf.parse("2024-06-19").precision());
    }

    @Test
    void monthPrecisionCoversTheWholeMonth() {
      assertBounds("2024-06", "2024-06-01", "2024-06-30");
      assertBounds("2024-02", "2024-02-01", "2024-02-29");
      assertBounds("2023-02", "2023-02-01", "2023-02-28");
      assertEquals(Precision.MONTH, Edtf.parse("2024-06").precision());
    }

    @Test
    void yearPrecisionCoversTheWholeYear() {
      assertBounds("2018", "2018-01-01", "2018-12-31");
      assertEquals(Precision.YEAR, Edtf.parse("2018").precision());
    }

    @Test
    void negativeYearsCountFromYearZero() {
      assertBounds("-0044", "-0044-01-01", "-0044-12-31");
      assertBounds("-0044-03-15", "-0044-03-15", "-0044-03-15");
      assertEquals(-44, Edtf.parse("-0044").startYear());
    }

    @Test
    void yearZeroExistsButHasNoSign() {
      assertBounds("0000", "0000-01-01", "0000-12-31");
      assertTrue(problemWith("-0000").contains("year zero is written 0000"));
    }

    @Test
    void dateTimeKeepsItsDateForBounds() {
      assertBounds("2024-06-19T10:15:00Z", "2024-06-19", "2024-06-19");
      assertBounds("2024-06-19T10:15:00+09:00", "2024-06-19", "2024-06-19");
      assertBounds("2024-06-19T10:15:00-05", "2024-06-19", "2024-06-19");
      assertBounds("2024-06-19T23:59:59", "2024-06-19", "2024-06-19");
      assertEquals(Precision.DAY, Edtf.parse("2024-06-19T10:15:00Z").precision());
    }

    @Test
    void closedIntervalRunsFromStartOfFirstToEndOfLast() {
      Edtf days = Edtf.parse("2024-06-18/2024-06-19");
      assertTrue(days.isInterval());
      assertBounds("2024-06-18/2024-06-19", "2024-06-18", "2024-06-19");
      assertBounds("2024-06/2024-08", "2024-06-01", "2024-08-31");
      assertBounds("2018/2020", "2018-01-01", "2020-12-31");
    }

    @Test
    void intervalMayStartAndEndOnTheSameDay() {
      assertBounds("2024-06-19/2024-06-19", "2024-06-19", "2024-06-19");
    }

    @Test
    void intervalEndsMayHaveDifferentPrecisions() {
      assertBounds("2024-06/2024-06-15", "2024-06-01", "2024-06-15");
      assertBounds("2024-06-19/2024-06", "2024-06-19", "2024-06-30");
      assertEquals(Precision.DAY, Edtf.parse("2024-06/2024-06-15").precision());
    }

    @Test
    void singleDateIsNotAnInterval() {
      assertFalse(Edtf.parse("2024-06-19").isInterval());
    }
  }

  @Nested
  class Qualifiers {

    @Test
    void uncertainYearKeepsTheYearsBounds() {
      Edtf edtf = Edtf.parse("2018?");
      assertBounds("2018?", "2018-01-01", "2018-12-31");
      assertTrue(edtf.uncertain());
      assertFalse(edtf.approximate());
      assertEquals(Precision.YEAR, edtf.precision());
    }

    @Test
    void approximateMonthIsApproximateOnly() {
      Edtf edtf = Edtf.parse("2024-02~");
      assertBounds("2024-02~", "2024-02-01", "2024-02-29");
      assertTrue(edtf.approximate());
      assertFalse(edtf.uncertain());
    }

    @Test
    void percentMeansUncertainAndApproximate() {
      Edtf edtf = Edtf.parse("2004-06-11%");
      assertBounds("2004-06-11%", "2004-06-11", "2004-06-11");
      assertTrue(edtf.approximate());
      assertTrue(edtf.uncertain());
    }

    @Test
    void unqualifiedDateIsNeitherUncertainNorApproximate() {
      Edtf edtf = Edtf.parse("2024-06-19");
      assertFalse(edtf.approximate());
      assertFalse(edtf.uncertain());
    }

    @Test
    void qualifiedIntervalEndsMarkTheWholeInterval() {
      Edtf edtf = Edtf.parse("2004-06~/2004-08?");
      assertBounds("2004-06~/2004-08?", "2004-06-01", "2004-08-31");
      assertTrue(edtf.approximate());
      assertTrue(edtf.uncertain());
    }

    @Test
    void onlyOneQualifierPerDate() {
      assertTrue(problemWith("2018?~").contains("use a single qualifier"));
    }

    @Test
    void qualifierNeedsADate() {
      assertTrue(problemWith("?").contains("must follow a date"));
    }

    @Test
    void dateTimeCannotBeQualified() {
      assertTrue(problemWith("2024-06-19T10:15:00Z?").contains("cannot be marked"));
    }
  }

  @Nested
  class UnspecifiedDigits {

    @Test
    void decadeWithUnspecifiedLastDigit() {
      assertBounds("201X", "2010-01-01", "2019-12-31");
      assertEquals(Precision.DECADE, Edtf.parse("201X").precision());
    }

    @Test
    void centuryWithTwoUnspecifiedDigits() {
      assertBounds("20XX", "2000-01-01", "2099-12-31");
      assertEquals(Precision.CENTURY, Edtf.parse("20XX").precision());
    }

    @Test
    void negativeDecadeRunsBackwards() {
      assertBounds("-019X", "-0199-01-01", "-0190-12-31");
    }

    @Test
    void unspecifiedMonthCoversTheYear() {
      assertBounds("2024-XX", "2024-01-01", "2024-12-31");
      assertEquals(Precision.YEAR, Edtf.parse("2024-XX").precision());
    }

    @Test
    void unspecifiedDayCoversTheMonth() {
      assertBounds("2024-06-XX", "2024-06-01", "2024-06-30");
      assertEquals(Precision.MONTH, Edtf.parse("2024-06-XX").precision());
    }

    @Test
    void unspecifiedMonthAndDayCoverTheYear() {
      assertBounds("2024-XX-XX", "2024-01-01", "2024-12-31");
      assertEquals(Precision.YEAR, Edtf.parse("2024-XX-XX").precision());
    }

    @Test
    void unspecifiedDigitsMayBeQualified() {
      assertTrue(Edtf.parse("201X?").uncertain());
      assertTrue(Edtf.parse("2024-XX~").approximate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2XXX", "XXXX", "20X4", "X024"})
    void onlyTheLastOneOrTwoYearDigitsMayBeUnspecified(String text) {
      assertTrue(problemWith(text).contains("only the last one or two digits of a year may be X"));
    }

    @Test
    void unspecifiedYearCannotHaveAMonth() {
      assertTrue(problemWith("201X-06").contains("cannot have a month or day"));
    }

    @Test
    void unspecifiedMonthNeedsAnUnspecifiedDay() {
      assertTrue(problemWith("2024-XX-19").contains("the day must be XX too"));
    }

    @Test
    void partlyUnspecifiedMonthOrDayIsRejected() {
      assertTrue(problemWith("2024-0X").contains("a month is either two digits or XX"));
      assertTrue(problemWith("2024-06-1X").contains("a day is either two digits or XX"));
    }

    @Test
    void lowercaseXIsExplained() {
      assertTrue(problemWith("201x").contains("capital X"));
    }
  }

  @Nested
  class LongYears {

    @Test
    void yPrefixedYearWithinLocalDateRange() {
      assertBounds("Y170000002", "+170000002-01-01", "+170000002-12-31");
      assertBounds("Y-170000002", "-170000002-01-01", "-170000002-12-31");
      assertEquals(Precision.YEAR, Edtf.parse("Y170000002").precision());
    }

    @Test
    void yearsBeyondLocalDateAreClampedToItsLimits() {
      Edtf future = Edtf.parse("Y12345678901234567890");
      Edtf past = Edtf.parse("Y-1000000000");
      assertEquals(LocalDate.MAX, future.lower());
      assertEquals(LocalDate.MAX, future.upper());
      assertEquals(LocalDate.MIN, past.lower());
      assertEquals(LocalDate.MIN, past.upper());
    }

    @Test
    void yPrefixIsOnlyForMoreThanFourDigits() {
      assertTrue(problemWith("Y2024").contains("more than four digits"));
    }

    @Test
    void yPrefixTakesOnlyDigits() {
      assertTrue(problemWith("Y17000000-01").contains("only the digits"));
    }
  }

  @Nested
  class Seasons {

    @ParameterizedTest(name = "{0} spans {1} to {2}")
    @CsvSource({
      "2001-21, 2001-03-01, 2001-05-31",
      "2001-22, 2001-06-01, 2001-08-31",
      "2001-23, 2001-09-01, 2001-11-30",
      "2001-24, 2001-12-01, 2002-02-28",
      "2023-24, 2023-12-01, 2024-02-29"
    })
    void northernSeasonsCoverWholeMonths(String text, String lower, String upper) {
      assertBounds(text, lower, upper);
      assertEquals(Precision.SEASON, Edtf.parse(text).precision());
    }

    @Test
    void seasonHasNoDay() {
      assertTrue(problemWith("2001-21-05").contains("a season (21–24) has no day"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001-13", "2001-20", "2001-25", "2001-00"})
    void monthsBetweenCalendarAndSeasonCodesAreRejected(String text) {
      assertTrue(problemWith(text).contains("month must be 01–12"));
    }
  }

  @Nested
  class OpenAndUnknownEnds {

    @Test
    void unknownEndHasNoUpperBound() {
      Edtf edtf = Edtf.parse("2024-06-19/");
      assertTrue(edtf.isInterval());
      assertBounds("2024-06-19/", "2024-06-19", null);
    }

    @Test
    void unknownStartHasNoLowerBound() {
      assertBounds("/2024-06-19", null, "2024-06-19");
      assertNull(Edtf.parse("/2024-06-19").startYear());
    }

    @Test
    void openEndHasNoUpperBound() {
      assertBounds("2024-06-19/..", "2024-06-19", null);
    }

    @Test
    void openStartHasNoLowerBound() {
      assertBounds("../2024-06-19", null, "2024-06-19");
      assertBounds("../2024", null, "2024-12-31");
    }

    @Test
    void precisionOfHalfOpenIntervalComesFromItsKnownEnd() {
      assertEquals(Precision.MONTH, Edtf.parse("../2024-06").precision());
      assertEquals(Precision.DAY, Edtf.parse("2024-06-19/").precision());
    }

    @Test
    void qualifiersApplyToTheKnownEnd() {
      assertTrue(Edtf.parse("2024-06~/..").approximate());
      assertTrue(Edtf.parse("/2024?").uncertain());
    }
  }

  @Nested
  class Invalid {

    @Test
    void monthMustBeOneToTwelve() {
      assertEquals(
          "“2024-13” is not a valid date: month must be 01–12 (or 21–24 for a season).",
          problemWith("2024-13"));
    }

    @Test
    void dayMustExistInItsMonth() {
      assertEquals(
          "“2024-02-30” is not a valid date: February 2024 has 29 days.",
          problemWith("2024-02-30"));
      assertEquals(
          "“2024-06-31” is not a valid date: June 2024 has 30 days.", problemWith("2024-06-31"));
    }

    @Test
    void leapDayOnlyInLeapYears() {
      assertBounds("2024-02-29", "2024-02-29", "2024-02-29");
      assertBounds("2000-02-29", "2000-02-29", "2000-02-29");
      assertEquals(
          "“2023-02-29” is not a valid date: February 2023 has 28 days.",
          problemWith("2023-02-29"));
      assertEquals(
          "“1900-02-29” is not a valid date: February 1900 has 28 days.",
          problemWith("1900-02-29"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-06-00", "2024-06-32"})
    void dayMustBeOneToThirtyOne(String text) {
      assertTrue(problemWith(text).endsWith("day must be 01–31."));
    }

    @Test
    void intervalMayNotEndBeforeItStarts() {
      assertEquals(
          "“2024-06-19/2024-06-18” is not a valid date: an interval must not end before it starts.",
          problemWith("2024-06-19/2024-06-18"));
      assertTrue(problemWith("2024/2023-06").contains("must not end before it starts"));
    }

    @Test
    void yearNeedsFourDigits() {
      assertTrue(problemWith("24-06-19").contains("the year must have four digits"));
      assertTrue(problemWith("20245").contains("longer years start with Y"));
    }

    @Test
    void slashesAreNotDateSeparators() {
      assertTrue(problemWith("2024/06/19").contains("use hyphens inside a date"));
    }

    @Test
    void wordsAreNotDates() {
      assertEquals(
          "“June 2024” is not a valid date: write it as YYYY-MM-DD, YYYY-MM or YYYY, for example"
              + " 2024-06-19.",
          problemWith("June 2024"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void emptyTextIsNotADate(String text) {
      assertTrue(problemWith(text).startsWith("The date is empty"));
    }

    @Test
    void openEndAloneIsNotADate() {
      assertTrue(problemWith("..").contains("belongs in an interval"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "../..", "/..", "../"})
    void intervalNeedsAtLeastOneDate(String text) {
      assertTrue(problemWith(text).contains("an interval needs a start or an end date"));
    }

    @Test
    void monthAndDayNeedTwoDigits() {
      assertTrue(problemWith("2024-6-1").contains("the month must have two digits"));
      assertTrue(problemWith("2024-06-1").contains("the day must have two digits"));
    }

    @Test
    void hourMustBeZeroToTwentyThree() {
      assertEquals(
          "“2024-06-19T25:00:00Z” is not a valid date: hour must be 00–23.",
          problemWith("2024-06-19T25:00:00Z"));
    }

    @Test
    void minutesSecondsAndOffsetsAreChecked() {
      assertTrue(problemWith("2024-06-19T10:60:00Z").contains("minutes must be 00–59"));
      assertTrue(problemWith("2024-06-19T10:15:60Z").contains("seconds must be 00–59"));
      assertTrue(problemWith("2024-06-19T10:15:00+15:00").contains("offset"));
      assertTrue(problemWith("2024-06-19T10:15:00+14:30").contains("offset"));
      assertTrue(problemWith("2024-06-19T10:15Z").contains("hh:mm:ss"));
    }

    @Test
    void timeNeedsACompleteDate() {
      assertTrue(problemWith("2024-06T10:15:00Z").contains("a time needs a complete date"));
    }

    @Test
    void intervalEndsHaveNoTime() {
      assertTrue(problemWith("2024-06-18T10:00:00Z/2024-06-19").contains("dates without a time"));
    }

    @Test
    void invalidIntervalEndIsNamedInTheMessage() {
      assertEquals(
          "“2024-13” is not a valid date: month must be 01–12 (or 21–24 for a season).",
          problemWith("2024-06/2024-13"));
    }

    @Test
    void problemIsEmptyForValidTextAndExplainsInvalidText() {
      assertEquals(Optional.empty(), Edtf.problem("2024-06-19"));
      assertEquals(
          Optional.of("“2024-02-30” is not a valid date: February 2024 has 29 days."),
          Edtf.problem("2024-02-30"));
    }

    @Test
    void invalidEdtfIsAnIllegalArgument() {
      assertTrue(IllegalArgumentException.class.isAssignableFrom(InvalidEdtfException.class));
    }

    @Test
    void nullIsAProgrammingError() {
      assertThrows(NullPointerException.class, () -> Edtf.parse(null));
    }
  }

  @Nested
  class ValueSemantics {

    @Test
    void textIsTheTrimmedInput() {
      assertEquals("2024-06-19", Edtf.parse("  2024-06-19\n").text());
      assertEquals("2024-06-19", Edtf.parse(" 2024-06-19 ").toString());
    }

    @Test
    void equalTextMeansEqualValues() {
      assertEquals(Edtf.parse("2018?"), Edtf.parse(" 2018? "));
      assertEquals(Edtf.parse("2018?").hashCode(), Edtf.parse("2018?").hashCode());
      assertNotEquals(Edtf.parse("2018"), Edtf.parse("2018?"));
    }

    @Test
    void startYearIsTheYearOfTheLowerBound() {
      assertEquals(2024, Edtf.parse("2024-06-19").startYear());
      assertEquals(2010, Edtf.parse("201X").startYear());
      assertEquals(2004, Edtf.parse("2004-06~/2004-08?").startYear());
    }
  }
}
