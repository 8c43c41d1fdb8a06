package org.summitry.imports.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitry.edtf.Edtf;
import org.summitry.kernel.Note;

/**
 * Dates as registers write them, read into EDTF: "2022-03-02", "2012-06", "2022", "02/03/2022", "2
 * March 2022", "March 2, 2022", "March 2022", "2022-03-02T00:00:00". Words for "we do not know"
 * ("unknown", "not known", "n/a") mean an unknown date, which the archive records as none.
 */
public final class LooseDates {

  /** What a date cell said: an EDTF value, unknown (both null), or a problem to report. */
  public record Reading(String edtf, Note problem, Note warning) {

    Reading(String edtf, Note problem) {
      this(edtf, problem, null);
    }

    public boolean unknown() {
      return edtf == null && problem == null;
    }
  }

  private static final Set<String> UNKNOWN =
      Set.of(
          "",
          "-",
          "--",
          "?",
          "unknown",
          "not known",
          "n/a",
          "na",
          "none",
          "undated",
          "no date",
          "date unknown",
          "not recorded",
          "tbc");

  private static final Map<String, Month> MONTHS = months();

  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-]+([A-Za-z]+)\\.?,?[\\s\\-]+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?,?[\\s\\-]+(\\d{4})");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern RANGE =
      Pattern.compile("(.+?\\d)\\s*(?:[–—]|\\s-\\s|-(?=\\d{4}-)|\\bto\\b|\\buntil\\b)\\s*(\\d.*)");
  private static final Pattern TIMESTAMP =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?");

  private LooseDates() {}

  /**
   * Reads {@code text}; {@code dayFirst} says how to read "02/03/2022" when both numbers could be a
   * month (the UK writes the day first, the U.S. the month), a number above 12 deciding anyway.
   */
  public static Reading read(String text, boolean dayFirst) {
    String value = text == null ? "" : text.strip();
    if (UNKNOWN.contains(value.toLowerCase(Locale.ROOT))) {
      return new Reading(null, null);
    }
    Matcher m = TIMESTAMP.matcher(value);
    if (m.matches()) {
      return read(m.group(1), dayFirst);
    }
    if (value.matches("[0-9X]{4}([\\-/~?%].*)?") && Edtf.problem(value).isEmpty()) {
      return new Reading(value, null);
    }
    Matcher iso = ISO_DAY.matcher(value);
    if (iso.matches()) {
      int month = Integer.parseInt(iso.group(2));
      Reading day =
          day(Integer.parseInt(iso.group(1)), month, Integer.parseInt(iso.group(3)), value);
      if (day.problem() != null && month >= 1 && month <= 12) {
        // "2011-05-32": the day is a slip, the month is not; keep what is sure and say so.
        String kept = iso.group(1) + "-" + iso.group(2);
        return new Reading(kept, null, Note.of("import.row.date.noSuchDay", value, kept));
      }
      return day;
    }
    Matcher range = RANGE.matcher(value);
    if (range.matches()) {
      Reading start = read(range.group(1), dayFirst);
      Reading end = read(range.group(2), dayFirst);
      if (start.edtf() != null
          && end.edtf() != null
          && start.problem() == null
          && end.problem() == null) {
        String interval = start.edtf() + "/" + end.edtf();
        if (Edtf.problem(interval).isEmpty()) {
          return new Reading(interval, null);
        }
      }
    }
    m = NUMERIC.matcher(value);
    if (m.matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int year = year(m.group(3));
      boolean dayIsFirst = a > 12 || (b <= 12 && dayFirst);
      return day(year, dayIsFirst ? b : a, dayIsFirst ? a : b, value);
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(value);
    if (dmy.matches()) {
      return month(dmy.group(2))
          .map(
              month ->
                  day(
                      Integer.parseInt(dmy.group(3)),
                      month.getValue(),
                      Integer.parseInt(dmy.group(1)),
                      value))
          .orElseGet(() -> unreadable(value));
    }
    Matcher md = MONTH_DAY_YEAR.matcher(value);
    if (md.matches()) {
      return month(md.group(1))
          .map(
              month ->
                  day(
                      Integer.parseInt(md.group(3)),
                      month.getValue(),
                      Integer.parseInt(md.group(2)),
                      value))
          .orElseGet(() -> unreadable(value));
    }
    Matcher my = MONTH_YEAR.matcher(value);
    if (my.matches()) {
      return month(my.group(1))
          .map(
              month ->
                  new Reading(YearMonth.of(Integer.parseInt(my.group(2)), month).toString(), null))
          .orElseGet(() -> unreadable(value));
    }
    return unreadable(value);
  }

  private static Reading day(int year, int month, int day, String value) {
    try {
      return new Reading(LocalDate.of(year, month, day).toString(), null);
    } catch (DateTimeException impossible) {
      return new Reading(null, Note.of("import.row.date.impossible", value));
    }
  }

  private static Reading unreadable(String value) {
    return new Reading(null, Note.of("import.row.date.unreadable", value));
  }

  /** Two-digit years are taken as the latest such year not in the future. */
  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    if (digits.length() == 2) {
      int now = LocalDate.now().getYear();
      year += (now / 100) * 100;
      if (year > now) {
        year -= 100;
      }
    }
    return year;
  }

  private static Optional<Month> month(String word) {
    return Optional.ofNullable(MONTHS.get(word.toLowerCase(Locale.ROOT)));
  }

  private static Map<String, Month> months() {
    Map<String, Month> months = new HashMap<>();
    for (Month month : Month.values()) {
      months.put(
          month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
      months.put(
          month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
    }
    months.put("sept", Month.SEPTEMBER);
    return Map.copyOf(months);
  }
}
