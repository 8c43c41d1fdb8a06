package org.summitry.exchange.control;

import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows of a file through a mapping, as a person would: dates and values in their many
 * spellings, titles shortened from descriptions, honorifics off names, text cut to what the archive
 * keeps (with a warning). Nothing here touches the database.
 */
public final class RowReader {

  static final int TITLE_LENGTH = 90;

  private final Mapping mapping;
  private final Map<ImportField, Integer> indexes = new EnumMap<>(ImportField.class);

  public RowReader(Mapping mapping, List<String> header) {
    this.mapping = mapping;
    for (ImportField field : ImportField.values()) {
      String column = mapping.column(field);
      if (column != null) {
        for (int i = 0; i < header.size(); i++) {
          if (header.get(i).equalsIgnoreCase(column)) {
            indexes.put(field, i);
            break;
          }
        }
      }
    }
  }

  /** Mapped columns the file does not have, by name. */
  public List<String> missingColumns() {
    List<String> missing = new ArrayList<>();
    for (ImportField field : ImportField.values()) {
      if (mapping.column(field) != null && !indexes.containsKey(field)) {
        missing.add(mapping.column(field));
      }
    }
    return missing;
  }

  public GiftRow read(Csv.Row row) {
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (row.problem() != null) {
      errors.add(row.problem());
    }
    String description = cut(text(row, ImportField.DESCRIPTION), 20000, "description", warnings);
    String title = text(row, ImportField.TITLE);
    if (title == null && description != null) {
      title = titleFrom(description);
    } else if (title != null) {
      title = cut(cleanQuotes(title), 300, "title", warnings);
    }
    if (title == null) {
      errors.add("The gift has neither a title nor a description.");
    }
    String date = null;
    String dateText = text(row, ImportField.DATE);
    if (dateText != null) {
      LooseDates.Reading reading = LooseDates.read(dateText, mapping.dayFirst());
      if (reading.problem() != null) {
        errors.add(reading.problem());
      }
      if (reading.warning() != null) {
        warnings.add(reading.warning());
      }
      date = reading.edtf();
    }
    String currency = text(row, ImportField.CURRENCY);
    if (currency != null) {
      currency = currency.toUpperCase(Locale.ROOT);
      try {
        Currency.getInstance(currency);
      } catch (IllegalArgumentException unknown) {
        errors.add("“" + currency + "” is not a currency code such as USD, GBP or EUR.");
        currency = null;
      }
    }
    Money value = Money.parse(text(row, ImportField.VALUE), currency);
    String note = value.note();
    String ownNote = text(row, ImportField.VALUE_NOTE);
    if (ownNote != null) {
      note = note == null ? ownNote : ownNote + "; " + note;
    }
    note = cut(note, 300, "value note", warnings);
    GiftRow.Party giver =
        party(
            row,
            ImportField.GIVER_NAME,
            ImportField.GIVER_TITLE,
            ImportField.GIVER_COUNTRY,
            warnings);
    GiftRow.Party recipient =
        party(
            row,
            ImportField.RECIPIENT_NAME,
            ImportField.RECIPIENT_TITLE,
            ImportField.RECIPIENT_COUNTRY,
            warnings);
    String direction = text(row, ImportField.DIRECTION);
    if (direction != null) {
      String word = direction.toLowerCase(Locale.ROOT);
      if (word.startsWith("given") || word.equals("gave") || word.equals("outgoing")) {
        GiftRow.Party swap = giver;
        giver = recipient;
        recipient = swap;
      } else if (!word.startsWith("received") && !word.equals("incoming")) {
        errors.add("“" + direction + "” says neither “Given” nor “Received”.");
      }
    }
    return new GiftRow(
        row.row(),
        title,
        description,
        date,
        value.amount(),
        value.amount() == null ? null : value.currency(),
        note,
        cut(text(row, ImportField.WHEREABOUTS), 1000, "whereabouts", warnings),
        cut(text(row, ImportField.OCCASION), 500, "occasion", warnings),
        text(row, ImportField.SUMMIT),
        cut(text(row, ImportField.SOURCE), 500, "source", warnings),
        giver,
        recipient,
        List.copyOf(errors),
        List.copyOf(warnings));
  }

  private GiftRow.Party party(
      Csv.Row row,
      ImportField nameField,
      ImportField titleField,
      ImportField countryField,
      List<String> warnings) {
    String name = text(row, nameField);
    if (name != null) {
      name = cut(Names.withoutHonorifics(name), 300, "name", warnings);
    }
    String title = cut(text(row, titleField), 500, "title of a person", warnings);
    return new GiftRow.Party(name, name == null ? null : title, text(row, countryField));
  }

  /** The cell under the field's column, else the field's fallback value; blank is null. */
  private String text(Csv.Row row, ImportField field) {
    Integer index = indexes.get(field);
    String value = index == null ? null : row.field(index);
    if (value == null || value.isBlank()) {
      value = mapping.fallback(field);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * A title from a description: its first sentence or clause, at most {@value #TITLE_LENGTH}
   * characters, cut after a whole word. "Painting titled ''At Parika Stelling (Guyana).''" keeps
   * its quotation, with proper quotation marks.
   */
  static String titleFrom(String description) {
    String text = cleanQuotes(description).replaceAll("\\s+", " ").strip();
    int end = sentenceEnd(text);
    String first = end > 0 ? text.substring(0, end).strip() : text;
    if (first.length() <= TITLE_LENGTH) {
      return first;
    }
    int space = first.lastIndexOf(' ', TITLE_LENGTH - 1);
    String cut = first.substring(0, space > TITLE_LENGTH / 2 ? space : TITLE_LENGTH - 1);
    return cut.replaceAll("[\\s,;:.\\-–(]+$", "") + "…";
  }

  /** Where the first sentence ends (". " or ";"), outside quotation marks and brackets. */
  private static int sentenceEnd(String text) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') {
        quoted = true;
      } else if (c == '”') {
        quoted = false;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (!quoted && depth == 0 && (c == ';' || endsSentence(text, i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A full stop ends a sentence when a capital follows and the word before it is not an
   * abbreviation such as "Mr." or "No.".
   */
  private static boolean endsSentence(String text, int at) {
    if (text.charAt(at) != '.' || at + 2 >= text.length() || text.charAt(at + 1) != ' ') {
      return false;
    }
    if (!Character.isUpperCase(text.charAt(at + 2))) {
      return false;
    }
    int start = at;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return at - start > 3;
  }

  /** Two apostrophes standing for a quotation mark (''At Parika'') become “At Parika”. */
  static String cleanQuotes(String text) {
    StringBuilder out = new StringBuilder();
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      if (text.startsWith("''", i)) {
        out.append(open ? '”' : '“');
        open = !open;
        i++;
      } else {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private static String cut(String text, int max, String what, List<String> warnings) {
    if (text == null || text.length() <= max) {
      return text;
    }
    warnings.add("The " + what + " was longer than " + max + " characters and was shortened.");
    return text.substring(0, max - 1) + "…";
  }
}
