package org.summitry.imports.control;

import java.util.List;
import java.util.Locale;
import org.summitry.kernel.Note;

/**
 * A dry run written out whole as CSV, one finding a line: every row that cannot be imported, every
 * warning, every person and country that would be created, every country name not recognised. The
 * check page shows the first ones; a register of 8,392 rows has thousands, which a curator sorts
 * and filters in a spreadsheet.
 */
public final class DryRunReport {

  private DryRunReport() {}

  /** The report with its words in the language of the locale (the curator's). */
  public static String csv(DryRun dry, Locale locale) {
    StringBuilder out = new StringBuilder();
    line(
        out,
        List.of(
            word(locale, "column.kind"), word(locale, "column.row"), word(locale, "column.what")));
    for (DryRun.RowNote error : dry.errors()) {
      line(
          out,
          List.of(word(locale, "kind.error"), Integer.toString(error.row()), error.text(locale)));
    }
    for (DryRun.RowNote warning : dry.warnings()) {
      for (Note message : warning.messages()) {
        line(
            out,
            List.of(
                word(locale, "kind.warning"), Integer.toString(warning.row()), message.in(locale)));
      }
    }
    dry.newPeople().forEach(name -> line(out, List.of(word(locale, "kind.newPerson"), "", name)));
    dry.newCountries()
        .forEach(name -> line(out, List.of(word(locale, "kind.newCountry"), "", name)));
    dry.unknownCountries()
        .forEach(
            (name, rows) ->
                line(
                    out,
                    List.of(
                        word(locale, "kind.unknownCountry"),
                        "",
                        Note.of("import.report.rows", name, rows).in(locale))));
    if (dry.nilReturns() > 0) {
      line(
          out,
          List.of(
              word(locale, "kind.nilReturns"),
              "",
              Note.of("import.report.nilReturns", dry.nilReturns()).in(locale)));
    }
    return out.toString();
  }

  private static String word(Locale locale, String key) {
    return Note.of("import.report." + key).in(locale);
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
