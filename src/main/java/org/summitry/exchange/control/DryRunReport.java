package org.summitry.exchange.control;

import java.util.List;

/**
 * A dry run written out whole as CSV, one finding a line: every row that cannot be imported, every
 * warning, every person and country that would be created, every country name not recognised. The
 * check page shows the first ones; a register of 8,392 rows has thousands, which a curator sorts
 * and filters in a spreadsheet.
 */
public final class DryRunReport {

  private DryRunReport() {}

  public static String csv(DryRun dry) {
    StringBuilder out = new StringBuilder();
    line(out, List.of("kind", "row", "what"));
    for (DryRun.RowNote error : dry.errors()) {
      line(
          out, List.of("error", Integer.toString(error.row()), String.join(" ", error.messages())));
    }
    for (DryRun.RowNote warning : dry.warnings()) {
      for (String message : warning.messages()) {
        line(out, List.of("warning", Integer.toString(warning.row()), message));
      }
    }
    dry.newPeople().forEach(name -> line(out, List.of("new person", "", name)));
    dry.newCountries().forEach(name -> line(out, List.of("new country", "", name)));
    dry.unknownCountries()
        .forEach(
            (name, rows) ->
                line(out, List.of("country not recognised", "", name + " (" + rows + " rows)")));
    if (dry.nilReturns() > 0) {
      line(out, List.of("nil returns", "", dry.nilReturns() + " rows skipped"));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * A field quoted where needed. A value that a spreadsheet would run as a formula ("=", "+", "-",
   * "@" first) gets an apostrophe in front, so a register's text cannot run in the curator's
   * spreadsheet.
   */
  static String field(String text) {
    String value = text;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.indexOf(',') >= 0
        || value.indexOf('"') >= 0
        || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
