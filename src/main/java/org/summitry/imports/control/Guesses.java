package org.summitry.imports.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A first mapping for a file no preset fits, guessed from its column names ("donor_country", "Value
 * (£)", "date_received") and, where no name says it, from the values (a column of dates, a column
 * of country names). The curator checks each guess on the mapping page.
 */
public final class Guesses {

  /** How many rows are looked at for values. */
  static final int SAMPLE_ROWS = 200;

  private static final Map<ImportField, List<String>> NAMES = names();

  private Guesses() {}

  private static Map<ImportField, List<String>> names() {
    Map<ImportField, List<String>> names = new EnumMap<>(ImportField.class);
    names.put(ImportField.TITLE, List.of("title", "gift title", "gift name", "item", "object"));
    names.put(
        ImportField.DESCRIPTION,
        List.of("gift description", "description", "gift", "gift details", "details"));
    names.put(
        ImportField.DATE,
        List.of("date received", "date", "received", "gift date", "date of gift", "when"));
    names.put(
        ImportField.VALUE,
        List.of("value", "value usd", "estimated value", "amount", "value gbp", "worth"));
    names.put(ImportField.CURRENCY, List.of("currency"));
    names.put(ImportField.VALUE_NOTE, List.of("value note", "note on value"));
    names.put(
        ImportField.WHEREABOUTS,
        List.of(
            "disposition", "outcome", "whereabouts", "location", "outcome received gifts only"));
    names.put(
        ImportField.OCCASION,
        List.of("circumstances", "justification", "occasion", "event", "reason"));
    names.put(ImportField.SUMMIT, List.of("summit"));
    names.put(ImportField.SOURCE, List.of("source", "citation"));
    names.put(
        ImportField.GIVER_NAME,
        List.of(
            "donor",
            "donor name",
            "giver",
            "giver name",
            "from",
            "given by",
            "who gift was given to or received from"));
    names.put(ImportField.GIVER_TITLE, List.of("donor title", "giver title"));
    names.put(
        ImportField.GIVER_COUNTRY,
        List.of("donor country", "giver country", "country", "country of donor"));
    names.put(
        ImportField.RECIPIENT_NAME,
        List.of("recipient", "recipient name", "minister", "received by", "to"));
    names.put(ImportField.RECIPIENT_TITLE, List.of("recipient title"));
    names.put(ImportField.RECIPIENT_COUNTRY, List.of("recipient country"));
    names.put(ImportField.DIRECTION, List.of("given or received", "direction"));
    return names;
  }

  /** The mapping guessed for a file with {@code header} and {@code rows}. */
  public static Mapping guess(List<String> header, List<Csv.Row> rows) {
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    Set<String> taken = new LinkedHashSet<>();
    for (Map.Entry<ImportField, List<String>> entry : NAMES.entrySet()) {
      for (String name : entry.getValue()) {
        String column = find(header, name, taken);
        if (column != null) {
          columns.put(entry.getKey(), column);
          taken.add(column);
          break;
        }
      }
    }
    List<Csv.Row> sample = rows.subList(0, Math.min(SAMPLE_ROWS, rows.size()));
    if (!columns.containsKey(ImportField.DATE)) {
      // A column of years is the date's second column, not its first.
      Set<String> notDates = new LinkedHashSet<>(taken);
      header.stream().filter(Guesses::years).forEach(notDates::add);
      mostly(header, sample, notDates, Guesses::date)
          .ifPresent(
              c -> {
                columns.put(ImportField.DATE, c);
                taken.add(c);
              });
    }
    if (!columns.containsKey(ImportField.GIVER_COUNTRY)) {
      mostly(header, sample, taken, text -> CountryNames.code(text).isPresent())
          .ifPresent(c -> columns.put(ImportField.GIVER_COUNTRY, c));
    }
    Map<ImportField, String> elseColumns = new EnumMap<>(ImportField.class);
    if (columns.containsKey(ImportField.DATE)) {
      for (String column : header) {
        if (!taken.contains(column) && years(column)) {
          elseColumns.put(ImportField.DATE, column);
          break;
        }
      }
    } else {
      for (String column : header) {
        if (!taken.contains(column) && years(column)) {
          columns.put(ImportField.DATE, column);
          break;
        }
      }
    }
    return new Mapping(columns, Map.of(), false, elseColumns);
  }

  private static boolean years(String column) {
    return Names.plain(column).matches("(.* )?years?( .*)?");
  }

  private static String find(List<String> header, String name, Set<String> taken) {
    for (String column : header) {
      if (!taken.contains(column) && Names.plain(column).equals(name)) {
        return column;
      }
    }
    return null;
  }

  private static boolean date(String text) {
    LooseDates.Reading reading = LooseDates.read(text, false);
    return reading.edtf() != null && reading.problem() == null;
  }

  /** The first free column whose present values are mostly (four in five) of a kind. */
  private static java.util.Optional<String> mostly(
      List<String> header,
      List<Csv.Row> rows,
      Set<String> taken,
      java.util.function.Predicate<String> kind) {
    for (int i = 0; i < header.size(); i++) {
      if (taken.contains(header.get(i))) {
        continue;
      }
      int present = 0;
      int fitting = 0;
      for (Csv.Row row : rows) {
        String value = row.field(i);
        if (!MissingValues.missing(value)) {
          present++;
          if (kind.test(value.strip())) {
            fitting++;
          }
        }
      }
      if (present > 0 && fitting * 5 >= present * 4) {
        taken.add(header.get(i));
        return java.util.Optional.of(header.get(i));
      }
    }
    return java.util.Optional.empty();
  }

  /** Up to {@code howMany} different values of each column, as written, for the mapping page. */
  public static Map<String, List<String>> samples(
      List<String> header, List<Csv.Row> rows, int howMany) {
    Map<String, List<String>> samples = new java.util.LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Set<String> values = new LinkedHashSet<>();
      for (Csv.Row row : rows) {
        String value = row.field(i);
        if (value != null && !value.isBlank()) {
          values.add(
              value.strip().length() > 60 ? value.strip().substring(0, 59) + "…" : value.strip());
        }
        if (values.size() >= howMany) {
          break;
        }
      }
      samples.put(header.get(i), new ArrayList<>(values));
    }
    return samples;
  }
}
