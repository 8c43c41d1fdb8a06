package org.summitry.imports.control;

import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.summitry.kernel.Note;

/**
 * Reads the rows of a file through a mapping, as a person would: dates and values in their many
 * spellings, words for "no value" read as empty ({@link MissingValues}), a second column where the
 * first has no value, titles shortened from descriptions, honorifics and offices off names, text
 * cut to what the archive keeps (with a warning). Text is otherwise kept as written: quotation
 * marks, capitals and spelling are the register's. Nothing here touches the database.
 */
public final class RowReader {

  static final int TITLE_LENGTH = 90;

  private static final Pattern NIL_RETURN =
      Pattern.compile("(?i)nil\\s+returns?\\.?|nil\\s*-\\s*return\\.?");

  private final Mapping mapping;
  private final Map<ImportField, Integer> indexes = new EnumMap<>(ImportField.class);
  private final Map<ImportField, Integer> elseIndexes = new EnumMap<>(ImportField.class);

  public RowReader(Mapping mapping, List<String> header) {
    this.mapping = mapping;
    for (ImportField field : ImportField.values()) {
      index(header, mapping.column(field)).ifPresent(i -> indexes.put(field, i));
      index(header, mapping.elseColumn(field)).ifPresent(i -> elseIndexes.put(field, i));
    }
  }

  private static java.util.OptionalInt index(List<String> header, String column) {
    if (column != null) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(column)) {
          return java.util.OptionalInt.of(i);
        }
      }
    }
    return java.util.OptionalInt.empty();
  }

  public Mapping mapping() {
    return mapping;
  }

  /** Mapped columns the file does not have, by name. */
  public List<String> missingColumns() {
    List<String> missing = new ArrayList<>();
    for (ImportField field : ImportField.values()) {
      if (mapping.column(field) != null && !indexes.containsKey(field)) {
        missing.add(mapping.column(field));
      }
      if (mapping.elseColumn(field) != null && !elseIndexes.containsKey(field)) {
        missing.add(mapping.elseColumn(field));
      }
    }
    return missing;
  }

  /** The cell of the field's own column as written, null when the file has no such column. */
  public String cell(Csv.Row row, ImportField field) {
    Integer index = indexes.get(field);
    return index == null ? null : row.field(index);
  }

  /** Whether a row is a register's "Nil return": a cell says so and nothing was given. */
  static boolean nilReturn(Csv.Row row) {
    return row.fields().stream()
        .anyMatch(f -> f != null && NIL_RETURN.matcher(f.strip()).matches());
  }

  public GiftRow read(Csv.Row row) {
    if (row.problem() == null && nilReturn(row)) {
      return GiftRow.nil(row.row());
    }
    List<Note> errors = new ArrayList<>();
    List<Note> warnings = new ArrayList<>();
    if (row.problem() != null) {
      errors.add(row.problem());
    }
    String description = cut(text(row, ImportField.DESCRIPTION), 20000, "description", warnings);
    String title = text(row, ImportField.TITLE);
    if (title == null && description != null) {
      title = titleFrom(description);
    } else if (title != null) {
      title = cut(title, 300, "title", warnings);
    }
    if (title == null) {
      errors.add(Note.of("import.row.noTitle"));
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
        errors.add(Note.of("import.row.currency", currency));
        currency = null;
      }
    }
    Money value = Money.parse(text(row, ImportField.VALUE), currency);
    String note = value.note();
    String ownNote = text(row, ImportField.VALUE_NOTE);
    if (ownNote != null) {
      note = note == null ? ownNote : ownNote + "; " + note;
    }
    note = cut(note, 300, "valueNote", warnings);
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
        errors.add(Note.of("import.row.direction", direction));
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
        List.copyOf(warnings),
        false);
  }

  private GiftRow.Party party(
      Csv.Row row,
      ImportField nameField,
      ImportField titleField,
      ImportField countryField,
      List<Note> warnings) {
    String written = text(row, nameField);
    Names.Reading reading = Names.read(written);
    String side = nameField == ImportField.GIVER_NAME ? "giver" : "recipient";
    if (reading.roleOnly()) {
      warnings.add(Note.of("import.row.roleOnly", written, side));
    }
    String name = cut(reading.name(), 300, "name", warnings);
    if (name != null && reading.uncertain()) {
      warnings.add(Note.of("import.row.uncertain", side, name));
    }
    String title = text(row, titleField);
    if (title == null) {
      title = reading.role();
    }
    title = cut(title, 500, "personTitle", warnings);
    String country = text(row, countryField);
    if (country == null
        && written != null
        && mapping.column(countryField) == null
        && mapping.fallback(countryField) == null) {
      // A register without a country column (the UK's) names the state in the party itself.
      String code = CountryNames.namedIn(written).orElse(null);
      if (code != null) {
        country = CountryNames.englishName(code);
        warnings.add(Note.of("import.row.countryInName", side, written, country));
      }
    }
    return new GiftRow.Party(name, name == null ? null : title, country, reading.uncertain());
  }

  /**
   * The cell under the field's column, else under its second column, else the field's fallback
   * value; a blank cell or a word for "no value" is no value (null).
   */
  private String text(Csv.Row row, ImportField field) {
    String value = present(cell(row, field));
    if (value == null) {
      Integer index = elseIndexes.get(field);
      value = present(index == null ? null : row.field(index));
    }
    if (value == null) {
      value = present(mapping.fallback(field));
    }
    return value;
  }

  private static String present(String value) {
    return MissingValues.missing(value) ? null : value.strip();
  }

  /**
   * A title from a description: its first sentence or clause, at most {@value #TITLE_LENGTH}
   * characters, cut after a whole word. "Painting titled ''At Parika Stelling (Guyana).''" keeps
   * its quotation as written: a sentence does not end inside quotation marks.
   */
  static String titleFrom(String description) {
    String text = description.replaceAll("\\s+", " ").strip();
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
      if (text.startsWith("''", i) || text.startsWith("``", i)) {
        quoted = text.charAt(i) == '`' || !quoted;
        i++;
      } else if (c == '“') {
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

  private static String cut(String text, int max, String what, List<Note> warnings) {
    if (text == null || text.length() <= max) {
      return text;
    }
    warnings.add(Note.of("import.row.shortened", what, max));
    return text.substring(0, max - 1) + "…";
  }
}
