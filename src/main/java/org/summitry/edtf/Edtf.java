package org.summitry.edtf;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as archivists write it: an Extended Date/Time Format value (ISO 8601-2, Library of
 * Congress EDTF) at levels 0 and 1, such as {@code 2024-06-19}, {@code 2018?}, {@code 201X}, {@code
 * 2001-21} or {@code 2004-06~/2004-08?}.
 *
 * <p>An EDTF value names a span of time, not an instant, so it is compared and sorted through its
 * <em>bounds</em>: {@link #lower()} is the earliest day the value can mean and {@link #upper()} the
 * latest. {@code 2024-06} spans 2024-06-01 to 2024-06-30, {@code 201X} spans 2010-01-01 to
 * 2019-12-31 and the season {@code 2001-24} (winter) spans 2001-12-01 to 2002-02-28. Qualifiers do
 * not widen the bounds: {@code 2018?} still spans 2018, because "uncertain" and "approximate"
 * describe the archivist's confidence, and any widening would be a guess. An interval spans from
 * the lower bound of its start to the upper bound of its end; an end written as unknown ({@code
 * 2024-06-19/}) or open ({@code 2024-06-19/..}) has no bound, reported as null. Years beyond the
 * range of {@link LocalDate} (written with a {@code Y} prefix) are accepted, with bounds clamped to
 * {@link LocalDate#MIN} and {@link LocalDate#MAX}.
 *
 * <p>Years follow ISO 8601 astronomical numbering: {@code 0000} is 1 BC and {@code -0044} is 45 BC.
 *
 * <p>Instances are immutable and equal when their text is equal.
 */
public final class Edtf {

  /** How finely a value pins down its date; for an interval, the finer of its known ends. */
  public enum Precision {
    DAY,
    MONTH,
    SEASON,
    YEAR,
    DECADE,
    CENTURY
  }

  private static final Pattern CALENDAR_DATE =
      Pattern.compile("(-?)([0-9X]+)(?:-([0-9X]+))?(?:-([0-9X]+))?");
  private static final Pattern LONG_YEAR = Pattern.compile("Y(-?)([0-9]+)");
  private static final Pattern TIME =
      Pattern.compile("([0-9]{2}):([0-9]{2}):([0-9]{2})(Z|[+-]([0-9]{2})(?::([0-9]{2}))?)?");
  private static final String OPEN_END = "..";

  private final String text;
  private final EdtfDate start;
  private final EdtfDate end;
  private final boolean interval;
  private final boolean startOpen;
  private final boolean endOpen;

  private Edtf(
      String text,
      EdtfDate start,
      EdtfDate end,
      boolean interval,
      boolean startOpen,
      boolean endOpen) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.interval = interval;
    this.startOpen = startOpen;
    this.endOpen = endOpen;
  }

  /**
   * Parses an EDTF level 0 or level 1 value. Surrounding whitespace is ignored.
   *
   * @throws InvalidEdtfException with a message meant for the person who typed the text
   */
  public static Edtf parse(String text) {
    String trimmed = Objects.requireNonNull(text, "text").strip();
    if (trimmed.isEmpty()) {
      throw new InvalidEdtfException(null, "edtf.reason.format");
    }
    int slash = trimmed.indexOf('/');
    if (slash < 0) {
      if (trimmed.equals(OPEN_END)) {
        throw invalid(trimmed, "edtf.reason.openEndAlone");
      }
      EdtfDate date = parseDate(trimmed);
      return new Edtf(trimmed, date, date, false, false, false);
    }
    if (trimmed.indexOf('/', slash + 1) >= 0) {
      throw invalid(trimmed, "edtf.reason.slashes");
    }
    String startText = trimmed.substring(0, slash);
    String endText = trimmed.substring(slash + 1);
    EdtfDate start = parseEnd(startText);
    EdtfDate end = parseEnd(endText);
    if (start == null && end == null) {
      throw invalid(trimmed, "edtf.reason.intervalWithoutEnds");
    }
    if ((start != null && start.time() != null) || (end != null && end.time() != null)) {
      throw invalid(trimmed, "edtf.reason.intervalWithTime");
    }
    if (start != null && end != null && end.upper().isBefore(start.lower())) {
      throw invalid(trimmed, "edtf.reason.intervalBackwards");
    }
    return new Edtf(
        trimmed, start, end, true, startText.equals(OPEN_END), endText.equals(OPEN_END));
  }

  /** Returns why {@code text} is not a valid EDTF value, in English, or empty when it is. */
  public static Optional<String> problem(String text) {
    return problem(text, Locale.UK);
  }

  /** Returns why {@code text} is not a valid EDTF value, in the locale's language, or empty. */
  public static Optional<String> problem(String text, Locale locale) {
    try {
      parse(text);
      return Optional.empty();
    } catch (InvalidEdtfException e) {
      return Optional.of(e.message(locale));
    }
  }

  /** The value as written, without surrounding whitespace. */
  public String text() {
    return text;
  }

  /** The earliest day this value can mean, or null when the interval's start is unknown or open. */
  public LocalDate lower() {
    return start == null ? null : start.lower();
  }

  /** The latest day this value can mean, or null when the interval's end is unknown or open. */
  public LocalDate upper() {
    return end == null ? null : end.upper();
  }

  public boolean isInterval() {
    return interval;
  }

  /** Whether the value, or either end of the interval, is marked {@code ~} or {@code %}. */
  public boolean approximate() {
    return (start != null && start.approximate()) || (end != null && end.approximate());
  }

  /** Whether the value, or either end of the interval, is marked {@code ?} or {@code %}. */
  public boolean uncertain() {
    return (start != null && start.uncertain()) || (end != null && end.uncertain());
  }

  public Precision precision() {
    if (start == null) {
      return end.precision();
    }
    if (end == null || start.precision().compareTo(end.precision()) <= 0) {
      return start.precision();
    }
    return end.precision();
  }

  /** The year of {@link #lower()}, or null when there is no lower bound. */
  public Integer startYear() {
    LocalDate lower = lower();
    return lower == null ? null : lower.getYear();
  }

  /**
   * The value as an HTML {@code <time datetime>} attribute ("2024-06-19", "2024-06", "2018"), or
   * null when HTML cannot express it (intervals, qualified or unspecified dates, seasons, years
   * outside 0001–9999).
   */
  public String htmlDatetime() {
    if (interval || approximate() || uncertain() || text.indexOf('X') >= 0) {
      return null;
    }
    Precision precision = precision();
    if (precision != Precision.DAY && precision != Precision.MONTH && precision != Precision.YEAR) {
      return null;
    }
    String date = text.length() >= 10 ? text.substring(0, 10) : text;
    return date.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?") && !date.startsWith("0000")
        ? date
        : null;
  }

  /**
   * Where the value starts, as an ISO 8601 date ("2018-09-18", "2024-06", "2018") for other systems
   * such as schema.org, or null unless the start is stated exactly: no {@code ~}, {@code ?} or
   * {@code %}, no unspecified digit, no season, a year from 1 to 9999. A single date starts and
   * ends on itself.
   */
  public String isoStart() {
    return exact(start);
  }

  /** Where the value ends, on the same terms as {@link #isoStart()}. */
  public String isoEnd() {
    return exact(interval ? end : start);
  }

  private static String exact(EdtfDate date) {
    if (date == null
        || date.approximate()
        || date.uncertain()
        || date.unspecified()
        || date.season() != 0
        || date.firstYear() != date.lastYear()
        || date.firstYear() < 1
        || date.firstYear() > 9999) {
      return null;
    }
    return switch (date.precision()) {
      case DAY -> date.lower().toString();
      case MONTH -> YearMonth.from(date.lower()).toString();
      case YEAR -> String.format(Locale.ROOT, "%04d", date.firstYear());
      default -> null;
    };
  }

  /** A phrase for readers, such as "about February 2024" or "18–19 June 2024". */
  public String inWords(Locale locale) {
    String key = key(text, Objects.requireNonNull(locale, "locale"));
    String words = WORDS.get(key);
    return words != null ? words : keep(key, new EdtfWording(locale).describe(this));
  }

  /**
   * {@link #inWords} of the EDTF {@code text}, read only when its words are not kept already.
   *
   * @throws InvalidEdtfException when {@code text} is not EDTF
   */
  public static String inWords(String text, Locale locale) {
    String words = WORDS.get(key(text, locale));
    return words != null ? words : parse(text).inWords(locale);
  }

  /**
   * Dates in words by language and EDTF text: pages and lists word the same few dates again and
   * again (a summit's gifts share its day), and reading and wording one is costly beside looking it
   * up. Emptied when it grows large.
   */
  private static final Map<String, String> WORDS = new ConcurrentHashMap<>();

  private static String key(String text, Locale locale) {
    return locale.toLanguageTag() + ' ' + text;
  }

  private static String keep(String key, String words) {
    if (WORDS.size() > 10_000) {
      WORDS.clear();
    }
    WORDS.put(key, words);
    return words;
  }

  EdtfDate start() {
    return start;
  }

  EdtfDate end() {
    return end;
  }

  boolean startOpen() {
    return startOpen;
  }

  boolean endOpen() {
    return endOpen;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Edtf that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }

  private static EdtfDate parseEnd(String text) {
    return text.isEmpty() || text.equals(OPEN_END) ? null : parseDate(text);
  }

  private static EdtfDate parseDate(String text) {
    String body = text;
    boolean approximate = false;
    boolean uncertain = false;
    char last = body.charAt(body.length() - 1);
    if (isQualifier(last)) {
      approximate = last == '~' || last == '%';
      uncertain = last == '?' || last == '%';
      body = body.substring(0, body.length() - 1);
      if (body.isEmpty()) {
        throw invalid(text, "edtf.reason.qualifierAlone");
      }
      if (isQualifier(body.charAt(body.length() - 1))) {
        throw invalid(text, "edtf.reason.qualifierTwice");
      }
    }
    if (body.indexOf('x') >= 0) {
      throw invalid(text, "edtf.reason.lowercaseX");
    }
    int t = body.indexOf('T');
    if (t >= 0) {
      if (approximate || uncertain) {
        throw invalid(text, "edtf.reason.qualifiedTime");
      }
      return withTime(text, body.substring(0, t), body.substring(t + 1));
    }
    if (body.startsWith("Y")) {
      return longYear(text, body, approximate, uncertain);
    }
    return calendarDate(text, body, approximate, uncertain);
  }

  private static boolean isQualifier(char c) {
    return c == '?' || c == '~' || c == '%';
  }

  private static EdtfDate longYear(
      String text, String body, boolean approximate, boolean uncertain) {
    Matcher m = LONG_YEAR.matcher(body);
    if (!m.matches()) {
      throw invalid(text, "edtf.reason.longYearDigits");
    }
    String digits = m.group(2);
    if (digits.length() <= 4) {
      throw invalid(text, "edtf.reason.longYearShort");
    }
    // Beyond 18 digits a long overflows; any such year is far outside LocalDate and clamps anyway.
    long magnitude = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    long year = m.group(1).isEmpty() ? magnitude : -magnitude;
    return new EdtfDate(
        year,
        year,
        0,
        0,
        0,
        false,
        approximate,
        uncertain,
        null,
        null,
        Precision.YEAR,
        firstDayOf(year),
        lastDayOf(year));
  }

  private static EdtfDate calendarDate(
      String text, String body, boolean approximate, boolean uncertain) {
    Matcher m = CALENDAR_DATE.matcher(body);
    if (!m.matches()) {
      throw invalid(text, "edtf.reason.format");
    }
    boolean negative = !m.group(1).isEmpty();
    String yearDigits = m.group(2);
    String monthDigits = m.group(3);
    String dayDigits = m.group(4);
    if (yearDigits.length() != 4) {
      throw invalid(text, "edtf.reason.yearDigits");
    }
    int unspecifiedYearDigits = yearDigits.length() - yearDigits.replace("X", "").length();
    if (unspecifiedYearDigits > 0) {
      if (!yearDigits.matches("[0-9]{3}X|[0-9]{2}XX")) {
        throw invalid(text, "edtf.reason.yearX");
      }
      if (monthDigits != null) {
        throw invalid(text, "edtf.reason.yearXWithMonth");
      }
    }
    long low = Long.parseLong(yearDigits.replace('X', '0'));
    long high = Long.parseLong(yearDigits.replace('X', '9'));
    if (negative && high == 0) {
      throw invalid(text, "edtf.reason.yearZero");
    }
    long firstYear = negative ? -high : low;
    long lastYear = negative ? -low : high;
    if (monthDigits == null) {
      Precision precision =
          switch (unspecifiedYearDigits) {
            case 0 -> Precision.YEAR;
            case 1 -> Precision.DECADE;
            default -> Precision.CENTURY;
          };
      return new EdtfDate(
          firstYear,
          lastYear,
          0,
          0,
          0,
          false,
          approximate,
          uncertain,
          null,
          null,
          precision,
          firstDayOf(firstYear),
          lastDayOf(lastYear));
    }
    int year = (int) firstYear;
    String yearText = m.group(1) + yearDigits;
    if (monthDigits.length() != 2) {
      throw invalid(text, "edtf.reason.monthDigits");
    }
    if (dayDigits != null && dayDigits.length() != 2) {
      throw invalid(text, "edtf.reason.dayDigits");
    }
    if (monthDigits.equals("XX")) {
      if (dayDigits != null && !dayDigits.equals("XX")) {
        throw invalid(text, "edtf.reason.monthXDay");
      }
      return new EdtfDate(
          year,
          year,
          0,
          0,
          0,
          true,
          approximate,
          uncertain,
          null,
          null,
          Precision.YEAR,
          LocalDate.of(year, 1, 1),
          LocalDate.of(year, 12, 31));
    }
    if (monthDigits.indexOf('X') >= 0) {
      throw invalid(text, "edtf.reason.monthX");
    }
    int month = Integer.parseInt(monthDigits);
    if (month >= 21 && month <= 24) {
      if (dayDigits != null) {
        throw invalid(text, "edtf.reason.seasonDay");
      }
      return season(year, month, approximate, uncertain);
    }
    if (month < 1 || month > 12) {
      throw invalid(text, "edtf.reason.month");
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (dayDigits == null || dayDigits.equals("XX")) {
      return new EdtfDate(
          year,
          year,
          month,
          0,
          0,
          dayDigits != null,
          approximate,
          uncertain,
          null,
          null,
          Precision.MONTH,
          yearMonth.atDay(1),
          yearMonth.atEndOfMonth());
    }
    if (dayDigits.indexOf('X') >= 0) {
      throw invalid(text, "edtf.reason.dayX");
    }
    int day = Integer.parseInt(dayDigits);
    if (day < 1 || day > 31) {
      throw invalid(text, "edtf.reason.day");
    }
    if (day > yearMonth.lengthOfMonth()) {
      throw invalid(
          text,
          "edtf.reason.monthLength",
          Edtf.parse(yearText + "-" + monthDigits),
          yearMonth.lengthOfMonth());
    }
    LocalDate date = yearMonth.atDay(day);
    return new EdtfDate(
        year,
        year,
        month,
        day,
        0,
        false,
        approximate,
        uncertain,
        null,
        null,
        Precision.DAY,
        date,
        date);
  }

  private static EdtfDate season(int year, int season, boolean approximate, boolean uncertain) {
    // Northern-hemisphere meteorological seasons: whole months, so bounds never split a month,
    // and winter runs into the next year because it starts in December.
    int firstMonth = 3 * (season - 21) + 3;
    LocalDate lower = LocalDate.of(year, firstMonth, 1);
    LocalDate upper = lower.plusMonths(3).minusDays(1);
    return new EdtfDate(
        year,
        year,
        0,
        0,
        season,
        false,
        approximate,
        uncertain,
        null,
        null,
        Precision.SEASON,
        lower,
        upper);
  }

  private static EdtfDate withTime(String text, String datePart, String timePart) {
    EdtfDate date = calendarDate(text, datePart, false, false);
    if (date.precision() != Precision.DAY) {
      throw invalid(text, "edtf.reason.timeWithoutDay");
    }
    Matcher m = TIME.matcher(timePart);
    if (!m.matches()) {
      throw invalid(text, "edtf.reason.timeFormat");
    }
    if (Integer.parseInt(m.group(1)) > 23) {
      throw invalid(text, "edtf.reason.hour");
    }
    if (Integer.parseInt(m.group(2)) > 59) {
      throw invalid(text, "edtf.reason.minutes");
    }
    if (Integer.parseInt(m.group(3)) > 59) {
      throw invalid(text, "edtf.reason.seconds");
    }
    String offset = m.group(4);
    int offsetMinutes = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    if (m.group(5) != null
        && (offsetMinutes > 59 || Integer.parseInt(m.group(5)) * 60 + offsetMinutes > 14 * 60)) {
      throw invalid(text, "edtf.reason.offset");
    }
    return new EdtfDate(
        date.firstYear(),
        date.lastYear(),
        date.month(),
        date.day(),
        0,
        false,
        false,
        false,
        timePart.substring(0, 8),
        offset,
        Precision.DAY,
        date.lower(),
        date.upper());
  }

  private static LocalDate firstDayOf(long year) {
    if (year < Year.MIN_VALUE) {
      return LocalDate.MIN;
    }
    return year > Year.MAX_VALUE ? LocalDate.MAX : LocalDate.of((int) year, 1, 1);
  }

  private static LocalDate lastDayOf(long year) {
    if (year < Year.MIN_VALUE) {
      return LocalDate.MIN;
    }
    return year > Year.MAX_VALUE ? LocalDate.MAX : LocalDate.of((int) year, 12, 31);
  }

  private static InvalidEdtfException invalid(String text, String reason, Object... arguments) {
    return new InvalidEdtfException(text, reason, arguments);
  }
}
