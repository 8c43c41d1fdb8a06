package org.summitry.site.boundary;

import java.util.Locale;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.InvalidRequest;

/** Reads query parameters a visitor may have typed, refusing nonsense with a helpful 400. */
public final class Params {

  private Params() {}

  /** A page number from 1; missing means 1, below 1 is clamped, not a number is refused. */
  public static int page(String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      if (value.trim().matches("-?\\d+")) {
        return value.trim().startsWith("-") ? 1 : Integer.MAX_VALUE;
      }
      throw new InvalidRequest("error.param.page");
    }
  }

  /** A calendar year between 1 and 9999, or null when absent. */
  public static Integer year(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(value.trim());
      if (year >= 1 && year <= 9999) {
        return year;
      }
    } catch (NumberFormatException e) {
      // answered below with the same message as an out-of-range year
    }
    throw new InvalidRequest("error.param.year");
  }

  /**
   * A published country by its code in either case, or null when absent; an unknown code is
   * refused.
   */
  public static CountryView country(People people, String code) {
    String value = blankToNull(code);
    if (value == null) {
      return null;
    }
    return people
        .country(value.toUpperCase(Locale.ROOT))
        .orElseThrow(() -> new InvalidRequest("error.param.country", value));
  }

  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
