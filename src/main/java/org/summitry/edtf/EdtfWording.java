package org.summitry.edtf;

import java.text.MessageFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** Turns an {@link Edtf} into a phrase, taking every fixed word from the EdtfWords bundle. */
final class EdtfWording {

  private static final String BUNDLE = "org.summitry.edtf.EdtfWords";

  // Without this, a request for a locale that has no bundle would fall back to the JVM's default
  // locale before the base bundle, so a server running in Korean would answer English readers in
  // Korean.
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle words;

  EdtfWording(Locale locale) {
    this.locale = locale;
    this.words = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
  }

  String describe(Edtf edtf) {
    EdtfDate start = edtf.start();
    EdtfDate end = edtf.end();
    if (!edtf.isInterval()) {
      return qualified(start);
    }
    if (start == null) {
      return phrase(
          edtf.startOpen() ? "interval.until" : "interval.untilStartUnknown", qualified(end));
    }
    if (end == null) {
      return phrase(edtf.endOpen() ? "interval.from" : "interval.fromEndUnknown", qualified(start));
    }
    return range(start, end);
  }

  private String range(EdtfDate start, EdtfDate end) {
    // The shared month or year is written once only when both ends are plain; with qualifiers or
    // unspecified parts, merging would hide which end a qualifier belongs to.
    if (isPlain(start) && isPlain(end) && start.precision() == end.precision()) {
      String merged = merged(start, end);
      if (merged != null) {
        return merged;
      }
    }
    return phrase("range", qualified(start), qualified(end));
  }

  private String merged(EdtfDate start, EdtfDate end) {
    boolean sameYear = start.firstYear() == end.firstYear();
    return switch (start.precision()) {
      case DAY -> {
        if (!sameYear) {
          yield null;
        }
        yield start.month() == end.month()
            ? phrase(
                "range.days.sameMonth",
                String.valueOf(start.day()),
                String.valueOf(end.day()),
                monthInDate(start),
                year(start))
            : phrase(
                "range.days.sameYear",
                String.valueOf(start.day()),
                monthInDate(start),
                String.valueOf(end.day()),
                monthInDate(end),
                year(start));
      }
      case MONTH ->
          sameYear
              ? phrase("range.months.sameYear", monthAlone(start), monthAlone(end), year(start))
              : null;
      case YEAR -> start.firstYear() > 0 ? phrase("range.compact", year(start), year(end)) : null;
      default -> null;
    };
  }

  private static boolean isPlain(EdtfDate date) {
    return !date.approximate() && !date.uncertain() && !date.unspecified();
  }

  private String qualified(EdtfDate date) {
    String plain = plain(date);
    if (date.approximate() && date.uncertain()) {
      return qualifier("qualifier.both", date, plain);
    }
    if (date.approximate()) {
      return qualifier("qualifier.approximate", date, plain);
    }
    return date.uncertain() ? qualifier("qualifier.uncertain", date, plain) : plain;
  }

  /**
   * A qualifier around a date phrase. A language may word it differently by precision ({@code
   * qualifier.approximate.month}): Russian "около" takes the genitive, so "около апреля 2019 г."
   * needs the month in the form it has after a day, not the phrase "апрель 2019 г.". Such a pattern
   * gets {0} the plain phrase, {1} the month as used after a day, {2} the year.
   */
  private String qualifier(String key, EdtfDate date, String plain) {
    String byPrecision = key + "." + date.precision().name().toLowerCase(Locale.ROOT);
    if (!date.unspecified() && words.containsKey(byPrecision)) {
      return phrase(byPrecision, plain, date.month() == 0 ? "" : monthInDate(date), year(date));
    }
    return phrase(key, plain);
  }

  private String plain(EdtfDate date) {
    return switch (date.precision()) {
      case DAY -> day(date);
      case MONTH ->
          date.unspecified() && words.containsKey("unspecified.month")
              ? phrase("unspecified.month", monthInDate(date), year(date))
              : unspecifiedIfNeeded(date, phrase("date.month", monthAlone(date), year(date)));
      case SEASON -> phrase("season." + date.season(), year(date), year(date.firstYear() + 1));
      case YEAR -> unspecifiedIfNeeded(date, year(date));
      case DECADE ->
          date.firstYear() > 0 ? phrase("decade", String.valueOf(date.firstYear())) : span(date);
      case CENTURY -> span(date);
    };
  }

  private String day(EdtfDate date) {
    String day = phrase("date.day", String.valueOf(date.day()), monthInDate(date), year(date));
    if (date.time() == null) {
      return day;
    }
    String time;
    if (date.offset() == null) {
      time = date.time();
    } else if (date.offset().equals("Z")) {
      time = phrase("time.utc", date.time());
    } else {
      time = phrase("time.offset", date.time(), date.offset());
    }
    return phrase("date.time", day, time);
  }

  private String unspecifiedIfNeeded(EdtfDate date, String words) {
    return date.unspecified() ? phrase("unspecified", words) : words;
  }

  private String span(EdtfDate date) {
    return date.firstYear() > 0
        ? phrase("range.compact", year(date.firstYear()), year(date.lastYear()))
        : phrase("range", year(date.firstYear()), year(date.lastYear()));
  }

  private String year(EdtfDate date) {
    return year(date.firstYear());
  }

  private String year(long astronomicalYear) {
    // ISO 8601 counts a year 0, so 1 BC is year 0 and -44 is 45 BC.
    if (astronomicalYear <= 0) {
      return phrase("year.bc", String.valueOf(1 - astronomicalYear));
    }
    String digits = String.valueOf(astronomicalYear);
    return words.containsKey("year") ? phrase("year", digits) : digits;
  }

  // Languages such as Russian inflect a month after a day number ("19 июня") but not on its own
  // ("июнь 2024"), and java.time knows both forms.
  private String monthInDate(EdtfDate date) {
    return Month.of(date.month()).getDisplayName(TextStyle.FULL, locale);
  }

  private String monthAlone(EdtfDate date) {
    return Month.of(date.month()).getDisplayName(TextStyle.FULL_STANDALONE, locale);
  }

  // Every argument is preformatted text, so MessageFormat never groups digits ("2,024").
  private String phrase(String key, String... arguments) {
    return new MessageFormat(words.getString(key), locale).format(arguments);
  }
}
