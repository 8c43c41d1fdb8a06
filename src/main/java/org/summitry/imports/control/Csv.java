package org.summitry.imports.control;

import java.util.ArrayList;
import java.util.List;
import org.summitry.kernel.Note;
import org.summitry.kernel.Refusal;

/**
 * A CSV file as spreadsheets and registers write it (RFC 4180 and its common variations): UTF-8
 * with or without a byte-order mark, fields separated by commas or by semicolons (what a
 * spreadsheet set to a European locale saves), fields in double quotes that may hold separators,
 * line breaks and doubled quotes, lines ending in CRLF, LF or CR.
 *
 * <p>The separator is read from the header line: whichever of comma and semicolon occurs more often
 * outside quotes. A record whose number of fields differs from the header's is kept with a problem
 * rather than dropped, so that the person importing sees which row to fix; so is a quoted field
 * that is never closed.
 */
public final class Csv {

  /** One record of the file; {@code row} counts as a spreadsheet does, the header being row 1. */
  public record Row(int row, List<String> fields, Note problem) {

    /** The field under column {@code index}, or empty when the record is short. */
    public String field(int index) {
      return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }
  }

  /** The header's column names and the records after it. */
  public record Table(List<String> columns, char separator, List<Row> rows) {

    public int column(String name) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).equalsIgnoreCase(name.strip())) {
          return i;
        }
      }
      return -1;
    }
  }

  private Csv() {}

  /**
   * Reads {@code text}; a leading byte-order mark is ignored.
   *
   * @throws Refusal with a message for the person importing when there is no header line
   */
  public static Table parse(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char separator = separatorOf(content);
    List<List<String>> records = new ArrayList<>();
    List<Note> problems = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    boolean afterQuote = false;
    Note problem = null;
    int length = content.length();
    for (int i = 0; i < length; i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < length && content.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          field.append(c);
        }
        continue;
      }
      if (c == separator) {
        fields.add(finish(field, wasQuoted));
        wasQuoted = false;
        afterQuote = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < length && content.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(finish(field, wasQuoted));
        records.add(fields);
        problems.add(problem);
        fields = new ArrayList<>();
        problem = null;
        wasQuoted = false;
        afterQuote = false;
      } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
        field.setLength(0);
        quoted = true;
        wasQuoted = true;
      } else {
        if (!afterQuote) {
          field.append(c);
        } else if (!Character.isWhitespace(c)) {
          if (problem == null) {
            problem = Note.of("import.row.csv.afterQuote");
          }
          field.append(c);
        }
      }
    }
    if (quoted) {
      problem = Note.of("import.row.csv.unclosed");
    }
    if (quoted || !fields.isEmpty() || field.length() > 0) {
      fields.add(finish(field, wasQuoted));
      records.add(fields);
      problems.add(problem);
    }
    int header = 0;
    while (header < records.size() && blank(records.get(header))) {
      header++;
    }
    if (header == records.size()) {
      throw new Refusal("import.refusal.noHeader");
    }
    List<String> columns = records.get(header).stream().map(String::strip).toList();
    List<Row> rows = new ArrayList<>();
    for (int r = header + 1; r < records.size(); r++) {
      List<String> record = records.get(r);
      if (blank(record)) {
        continue;
      }
      Note rowProblem = problems.get(r);
      if (rowProblem == null && record.size() != columns.size()) {
        rowProblem = Note.of("import.row.csv.fields", record.size(), columns.size());
      }
      rows.add(new Row(r - header + 1, List.copyOf(record), rowProblem));
    }
    return new Table(columns, separator, List.copyOf(rows));
  }

  /** Comma or semicolon, whichever the header line (outside quotes) has more of. */
  static char separatorOf(String content) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (commas + semicolons > 0) {
          break;
        }
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private static String finish(StringBuilder field, boolean wasQuoted) {
    String text = wasQuoted ? field.toString() : field.toString().strip();
    field.setLength(0);
    return text;
  }

  private static boolean blank(List<String> record) {
    return record.stream().allMatch(String::isBlank);
  }
}
