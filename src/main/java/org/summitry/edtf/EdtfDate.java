package org.summitry.edtf;

import java.time.LocalDate;

/**
 * One parsed EDTF date: a single value, or one end of an interval. Years are astronomical (year 0
 * is 1 BC) as in ISO 8601; {@code firstYear} and {@code lastYear} differ only when the year has
 * unspecified digits.
 *
 * @param month 1–12, or 0 when absent, unspecified or a season
 * @param day 1–31, or 0 when absent or unspecified
 * @param season 21–24, or 0
 * @param unspecified whether the month or day was written as {@code XX}
 * @param time {@code hh:mm:ss}, or null for a date without a time
 * @param offset {@code Z}, a signed offset, or null for local time
 */
record EdtfDate(
    long firstYear,
    long lastYear,
    int month,
    int day,
    int season,
    boolean unspecified,
    boolean approximate,
    boolean uncertain,
    String time,
    String offset,
    Edtf.Precision precision,
    LocalDate lower,
    LocalDate upper) {}
