package org.summitry.site.control;

import java.util.List;

/**
 * A table written as CSV (RFC 4180): a header row and data rows, fields quoted when they hold a
 * comma, a quote or a line break, lines ended by CRLF. A field that a spreadsheet would read as a
 * formula (starting with {@code = + - @}) is prefixed with an apostrophe, unless it is a number.
 */
public final class CsvTable {

  private final StringBuilder text = new StringBuilder();

  public CsvTable row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(field(fields.get(i)));
    }
    text.append("\r\n");
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String safe =
        !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
            ? "'" + value
            : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
