package org.summitry.imports.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How a file's columns fill a gift: for each {@link ImportField} the column it is read from, and a
 * value used where that column is empty or absent (a register of gifts to U.S. officials names no
 * recipient country in its rows: every recipient is American). {@code dayFirst} says how to read
 * dates such as 02/03/2022. A field may also name a second column, read where the first is empty or
 * says there is no value ({@link MissingValues}): a date from {@code date_received}, else the year
 * from {@code year_received}.
 */
public record Mapping(
    Map<ImportField, String> columns,
    Map<ImportField, String> fallbacks,
    boolean dayFirst,
    Map<ImportField, String> elseColumns) {

  public Mapping {
    columns = copy(columns);
    fallbacks = copy(fallbacks);
    elseColumns = copy(elseColumns);
  }

  public Mapping(
      Map<ImportField, String> columns, Map<ImportField, String> fallbacks, boolean dayFirst) {
    this(columns, fallbacks, dayFirst, Map.of());
  }

  public static Mapping empty() {
    return new Mapping(Map.of(), Map.of(), false);
  }

  public String column(ImportField field) {
    return columns.get(field);
  }

  /** The column read where the field's own column has no value, or null. */
  public String elseColumn(ImportField field) {
    return elseColumns.get(field);
  }

  public String fallback(ImportField field) {
    return fallbacks.get(field);
  }

  /** Whether the field is read from a column or given a value. */
  public boolean fills(ImportField field) {
    return columns.containsKey(field) || fallbacks.containsKey(field);
  }

  /** This mapping without the columns a file with {@code header} does not have. */
  public Mapping onlyColumns(java.util.List<String> header) {
    Map<ImportField, String> kept = new EnumMap<>(ImportField.class);
    Map<ImportField, String> keptElse = new EnumMap<>(ImportField.class);
    columns.forEach(
        (field, column) ->
            header.stream()
                .filter(column::equalsIgnoreCase)
                .findFirst()
                .ifPresent(c -> kept.put(field, c)));
    elseColumns.forEach(
        (field, column) ->
            header.stream()
                .filter(column::equalsIgnoreCase)
                .findFirst()
                .ifPresent(c -> keptElse.put(field, c)));
    return new Mapping(kept, fallbacks, dayFirst, keptElse);
  }

  /**
   * The mapping as stored in the database: one "field=column" or "field.otherwise=value" a line.
   */
  public String text() {
    Map<String, String> lines = new TreeMap<>();
    columns.forEach((field, column) -> lines.put(field.formName(), column));
    fallbacks.forEach((field, value) -> lines.put(field.formName() + ".otherwise", value));
    elseColumns.forEach((field, column) -> lines.put(field.formName() + ".else", column));
    lines.put("dayFirst", Boolean.toString(dayFirst));
    StringBuilder text = new StringBuilder();
    lines.forEach(
        (key, value) -> text.append(escape(key)).append('=').append(escape(value)).append('\n'));
    return text.toString();
  }

  public static Mapping parse(String text) {
    if (text == null || text.isBlank()) {
      return empty();
    }
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    Map<ImportField, String> fallbacks = new EnumMap<>(ImportField.class);
    Map<ImportField, String> elseColumns = new EnumMap<>(ImportField.class);
    for (ImportField field : ImportField.values()) {
      String elseColumn = properties.getProperty(field.formName() + ".else");
      if (elseColumn != null && !elseColumn.isBlank()) {
        elseColumns.put(field, elseColumn);
      }
      String column = properties.getProperty(field.formName());
      if (column != null && !column.isBlank()) {
        columns.put(field, column);
      }
      String fallback = properties.getProperty(field.formName() + ".otherwise");
      if (fallback != null && !fallback.isBlank()) {
        fallbacks.put(field, fallback);
      }
    }
    return new Mapping(
        columns, fallbacks, Boolean.parseBoolean(properties.getProperty("dayFirst")), elseColumns);
  }

  private static Map<ImportField, String> copy(Map<ImportField, String> map) {
    Map<ImportField, String> copy = new EnumMap<>(ImportField.class);
    map.forEach(
        (field, value) -> {
          if (value != null && !value.isBlank()) {
            copy.put(field, value.strip());
          }
        });
    return Map.copyOf(copy);
  }

  /** Escapes as java.util.Properties reads it back, keeping every character readable. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '=', ':', '#', '!' -> out.append('\\').append(c);
        case ' ' -> out.append(i == 0 ? "\\ " : " ");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
