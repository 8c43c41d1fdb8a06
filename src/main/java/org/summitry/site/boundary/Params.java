package org.summitry.site.boundary;

import org.summitry.platform.boundary.InvalidRequest;

/** Reads query parameters a visitor may have typed, refusing nonsense with a helpful 400. */
final class Params {

  private Params() {}

  /** A page number from 1; missing means 1, below 1 is clamped, not a number is refused. */
  static int page(String value) {
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
  static Integer year(String value) {
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

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
