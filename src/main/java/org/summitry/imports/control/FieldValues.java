package org.summitry.imports.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitry.kernel.Note;

/**
 * For each mapped field of a dry run, the values its column holds most often and how the import
 * reads each: a date as EDTF, a country matched or created, a person found or created, a word for
 * "no value" as missing. A curator sees "NA → missing" (or "NA → Namibia") before anything is
 * written.
 */
public final class FieldValues {

  /** How many of a column's most frequent values are shown. */
  public static final int TOP = 8;

  /** A field's column and its most frequent values, of {@code distinct} different ones. */
  public record Summary(String field, String column, int distinct, List<Value> values) {}

  /**
   * One value as written, how many rows hold it, how it is read; {@code warning} when the reading
   * deserves a second look.
   */
  public record Value(String written, int count, Note reading, boolean warning) {}

  private FieldValues() {}

  static List<Summary> summarise(
      Csv.Table table, RowReader reader, Lookups lookups, boolean[] namesColumns) {
    Mapping mapping = reader.mapping();
    List<Summary> summaries = new ArrayList<>();
    for (ImportField field : ImportField.values()) {
      if (mapping.column(field) == null) {
        continue;
      }
      Map<String, Integer> counts = new HashMap<>();
      for (Csv.Row row : table.rows()) {
        String cell = reader.cell(row, field);
        if (cell != null) {
          counts.merge(cell.strip(), 1, Integer::sum);
        }
      }
      if (counts.isEmpty()) {
        continue;
      }
      List<Map.Entry<String, Integer>> top =
          counts.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(TOP)
              .toList();
      Map<String, Value> values = new LinkedHashMap<>();
      for (Map.Entry<String, Integer> entry : top) {
        values.put(
            entry.getKey(),
            read(field, entry.getKey(), entry.getValue(), mapping, lookups, namesColumns));
      }
      summaries.add(
          new Summary(
              field.formName(),
              mapping.column(field),
              counts.size(),
              List.copyOf(values.values())));
    }
    return summaries;
  }

  private static Value read(
      ImportField field,
      String written,
      int count,
      Mapping mapping,
      Lookups lookups,
      boolean[] namesColumns) {
    if (MissingValues.missing(written)) {
      Note reading =
          mapping.elseColumn(field) != null
              ? Note.of("import.value.missing.column", mapping.elseColumn(field))
              : mapping.fallback(field) != null
                  ? Note.of("import.value.missing.fallback", mapping.fallback(field))
                  : Note.of("import.value.missing");
      return new Value(written, count, reading, false);
    }
    return switch (field) {
      case DATE -> {
        LooseDates.Reading date = LooseDates.read(written, mapping.dayFirst());
        if (date.problem() != null) {
          yield new Value(written, count, Note.of("import.value.notADate", date.problem()), true);
        }
        yield new Value(
            written,
            count,
            date.edtf() == null
                ? Note.of("import.value.noDate")
                : Note.of("import.value.date", date.edtf()),
            false);
      }
      case VALUE -> {
        Money money = Money.parse(written, mapping.fallback(ImportField.CURRENCY));
        yield new Value(
            written,
            count,
            money.amount() == null
                ? Note.of("import.value.noteOnValue")
                : Note.of("import.value.amount", money.amount().toPlainString(), money.currency()),
            false);
      }
      case GIVER_NAME, RECIPIENT_NAME -> person(written, count, lookups);
      case GIVER_COUNTRY, RECIPIENT_COUNTRY ->
          country(
              written, count, lookups, namesColumns[field == ImportField.GIVER_COUNTRY ? 0 : 1]);
      case DIRECTION -> {
        String word = written.toLowerCase(Locale.ROOT);
        boolean given = word.startsWith("given") || word.equals("gave") || word.equals("outgoing");
        boolean received = word.startsWith("received") || word.equals("incoming");
        yield new Value(
            written,
            count,
            Note.of(
                given
                    ? "import.value.given"
                    : received ? "import.value.received" : "import.value.direction"),
            !given && !received);
      }
      default -> new Value(written, count, Note.of("import.value.asWritten"), false);
    };
  }

  private static Value person(String written, int count, Lookups lookups) {
    Names.Reading name = Names.read(written);
    if (name.roleOnly()) {
      return new Value(written, count, Note.of("import.value.roleOnly"), true);
    }
    if (name.name() == null) {
      return new Value(written, count, Note.of("import.value.missing"), false);
    }
    Note reading =
        Note.of(
            "import.value.person",
            lookups.person(name.name()) != null ? "existing" : "new",
            name.name(),
            name.role() != null ? "titled" : "untitled",
            name.role() == null ? "" : name.role(),
            name.uncertain() ? "uncertain" : "certain");
    return new Value(written, count, reading, name.uncertain());
  }

  private static Value country(String written, int count, Lookups lookups, boolean namesColumn) {
    Lookups.CountryMatch match = lookups.country(written);
    if (!match.known()) {
      return new Value(written, count, Note.of("import.value.country.unknown"), true);
    }
    if (match.byCode() && namesColumn) {
      return new Value(
          written, count, Note.of("import.value.country.code", match.name(), match.code()), true);
    }
    return new Value(
        written,
        count,
        Note.of(
            "import.value.country",
            match.exists() ? "existing" : "new",
            match.name(),
            match.code()),
        false);
  }
}
