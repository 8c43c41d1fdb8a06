package org.summitry.imports.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.summitry.kernel.Note;

/**
 * What an import would do, worked out without changing anything: which rows cannot be imported and
 * why, which people and countries would be matched and which created, which country names are not
 * understood, a preview of the first gifts, and for each mapped field its most frequent values and
 * how each is read ("NA" → missing, "Jordan" → a country the archive has), so that a surprise is
 * seen before anything is written.
 */
public record DryRun(
    int rows,
    int importable,
    List<RowNote> errors,
    List<RowNote> warnings,
    List<Preview> preview,
    List<String> newPeople,
    int matchedPeople,
    List<String> newCountries,
    List<String> matchedCountries,
    Map<String, Integer> unknownCountries,
    List<String> missingColumns,
    int nilReturns,
    List<FieldValues.Summary> fields) {

  /** How many rows of a list a page shows. */
  public static final int SHOWN = 200;

  /** What is wrong with a row, or what was read differently from how it was written. */
  public record RowNote(int row, List<Note> messages) {

    /** The row's findings in the language of the locale, one after another. */
    public String text(Locale locale) {
      return Note.in(messages, locale);
    }
  }

  /** One gift as it would be imported; a party's name is marked when it would be created. */
  public record Preview(
      int row,
      String title,
      String date,
      String value,
      String giver,
      boolean newGiver,
      String giverCountry,
      String recipient,
      boolean newRecipient,
      String recipientCountry) {}

  /** The dry run of a whole file read through {@code reader}, with its fields' values. */
  public static DryRun of(Csv.Table table, RowReader reader, Lookups lookups) {
    List<GiftRow> rows = table.rows().stream().map(reader::read).toList();
    DryRun dry = of(rows, lookups, reader.missingColumns());
    return dry.with(FieldValues.summarise(table, reader, lookups, namesColumns(rows, lookups)));
  }

  private DryRun with(List<FieldValues.Summary> summaries) {
    return new DryRun(
        rows,
        importable,
        errors,
        warnings,
        preview,
        newPeople,
        matchedPeople,
        newCountries,
        matchedCountries,
        unknownCountries,
        missingColumns,
        nilReturns,
        summaries);
  }

  /**
   * Whether the giver's and the recipient's country columns hold names: some value is read as a
   * country by its name rather than by its code.
   */
  static boolean[] namesColumns(List<GiftRow> rows, Lookups lookups) {
    boolean[] names = new boolean[2];
    for (GiftRow row : rows) {
      GiftRow.Party[] parties = {row.giver(), row.recipient()};
      for (int i = 0; i < 2; i++) {
        if (!names[i] && parties[i].country() != null) {
          Lookups.CountryMatch match = lookups.country(parties[i].country());
          names[i] = match.known() && !match.byCode();
        }
      }
    }
    return names;
  }

  public static DryRun of(List<GiftRow> rows, Lookups lookups, List<String> missingColumns) {
    lookups.learnSpellings(rows);
    boolean[] namesColumns = namesColumns(rows, lookups);
    int nilReturns = 0;
    List<RowNote> errors = new ArrayList<>();
    List<RowNote> warnings = new ArrayList<>();
    List<Preview> preview = new ArrayList<>();
    Map<String, String> newPeople = new LinkedHashMap<>();
    Set<Long> matchedPeople = new TreeSet<>();
    Set<String> newCountries = new TreeSet<>();
    Set<String> matchedCountries = new TreeSet<>();
    Map<String, Integer> unknown = new TreeMap<>();
    int importable = 0;
    for (GiftRow row : rows) {
      if (row.nilReturn()) {
        nilReturns++;
        continue;
      }
      if (!row.importable()) {
        errors.add(new RowNote(row.row(), row.errors()));
        continue;
      }
      importable++;
      List<Note> notes = new ArrayList<>(row.warnings());
      String[] countryNames = new String[2];
      GiftRow.Party[] parties = {row.giver(), row.recipient()};
      boolean[] created = new boolean[2];
      for (int i = 0; i < 2; i++) {
        GiftRow.Party party = parties[i];
        if (party.country() != null) {
          Lookups.CountryMatch match = lookups.country(party.country());
          if (!match.known()) {
            unknown.merge(party.country(), 1, Integer::sum);
            notes.add(Note.of("import.row.country.unknown", party.country()));
            countryNames[i] = null;
          } else {
            if (match.byCode() && namesColumns[i]) {
              notes.add(Note.of("import.row.country.code", party.country(), match.name()));
            }
            (match.exists() ? matchedCountries : newCountries)
                .add(match.name() + " (" + match.code() + ")");
            countryNames[i] = match.name();
          }
        }
        if (party.name() != null) {
          Long id = lookups.person(party.name());
          if (id != null) {
            matchedPeople.add(id);
          } else {
            newPeople.putIfAbsent(Names.key(party.name()), lookups.spelling(party.name()));
            created[i] = true;
          }
        }
      }
      if (row.summit() != null && lookups.summit(row.summit()) == null) {
        notes.add(Note.of("import.row.summit", row.summit()));
      }
      if (!notes.isEmpty()) {
        warnings.add(new RowNote(row.row(), notes));
      }
      if (preview.size() < 20) {
        preview.add(
            new Preview(
                row.row(),
                row.title(),
                row.date(),
                row.valueAmount() == null
                    ? row.valueNote()
                    : row.valueAmount().toPlainString() + " " + row.valueCurrency(),
                row.giver().name(),
                created[0],
                countryNames[0],
                row.recipient().name(),
                created[1],
                countryNames[1]));
      }
    }
    return new DryRun(
        rows.size(),
        importable,
        errors,
        warnings,
        preview,
        newPeople.values().stream().sorted().toList(),
        matchedPeople.size(),
        List.copyOf(newCountries),
        List.copyOf(matchedCountries),
        unknown,
        missingColumns,
        nilReturns,
        List.of());
  }

  public List<RowNote> shownErrors() {
    return errors.subList(0, Math.min(SHOWN, errors.size()));
  }

  public List<RowNote> shownWarnings() {
    return warnings.subList(0, Math.min(SHOWN, warnings.size()));
  }

  public List<String> shownNewPeople() {
    return newPeople.subList(0, Math.min(SHOWN, newPeople.size()));
  }
}
