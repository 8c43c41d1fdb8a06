package org.summitry.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.kernel.Note;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;

/**
 * What made the 8,392-row U.S. register go wrong: "NA" read as Namibia, dates only in a second
 * column, names with honorifics and offices, roles as people, quotation marks altered, the UK
 * register's nil returns reported as bad dates.
 */
class TrustedReadingTest {

  static Csv.Table extract() throws IOException {
    try (InputStream in =
        TrustedReadingTest.class.getResourceAsStream(
            "/org/summitry/imports/us-gifts-extract.csv")) {
      return Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static Lookups archiveWithMorocco() {
    return new Lookups(
        List.of(
            new PersonView(
                1L,
                "mohammed-vi",
                "Mohammed VI",
                null,
                List.of("King Mohammed VI of Morocco"),
                null,
                null,
                null),
            new PersonView(
                2L,
                "hillary-clinton",
                "Hillary Clinton",
                null,
                List.of("Hillary Rodham Clinton"),
                null,
                null,
                null)),
        List.of(new CountryView(3L, "US", "United States"), new CountryView(4L, "MA", "Morocco")),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void wordsForNoValueAreMissingInAnyCase() {
    for (String word :
        List.of(
            "NA",
            "na",
            "N/A",
            "n.a.",
            "N.A.",
            "#N/A",
            "Unknown",
            "-",
            "none",
            "NONE",
            "empty",
            " ",
            "(unknown)")) {
      assertTrue(MissingValues.missing(word), word);
    }
    for (String value : List.of("Namibia", "Nan Madol", "Nauru", "Anna", "2018", "0")) {
      assertFalse(MissingValues.missing(value), value);
    }
  }

  @Test
  void anNaCountryIsMissingNotNamibia() throws IOException {
    Csv.Table table = extract();
    RowReader reader = new RowReader(Presets.US_AGENCY_GIFTS.mapping(), table.columns());
    List<GiftRow> rows = table.rows().stream().map(reader::read).toList();
    GiftRow agencyEmployee = rows.get(3);
    assertNull(agencyEmployee.giver().country());
    assertNull(agencyEmployee.giver().name(), "a giver called NA is no person");
    DryRun dry = DryRun.of(table, reader, archiveWithMorocco());
    assertFalse(
        String.join(" ", dry.newCountries()).contains("Namibia"), dry.newCountries()::toString);
    FieldValues.Summary countries = summary(dry, "giverCountry");
    FieldValues.Value na = value(countries, "NA");
    assertEquals(3, na.count());
    assertEquals("missing", na.reading().toString());
    assertTrue(
        value(countries, "Morocco").reading().toString().startsWith("matched country Morocco"));
  }

  @Test
  void aCodeInAColumnOfNamesIsAWarningNotASilentMatch() {
    Csv.Table table = Csv.parse("gift,donor_country\nVase,Jordan\nRug,IN\nBook,Morocco\n");
    Mapping mapping =
        new Mapping(
            Map.of(ImportField.DESCRIPTION, "gift", ImportField.GIVER_COUNTRY, "donor_country"),
            Map.of(),
            false);
    RowReader reader = new RowReader(mapping, table.columns());
    DryRun dry = DryRun.of(table, reader, archiveWithMorocco());
    assertEquals(1, dry.warnings().size(), dry.warnings()::toString);
    assertEquals(3, dry.warnings().get(0).row());
    assertTrue(dry.warnings().get(0).messages().get(0).toString().contains("code of India"));
    assertTrue(value(summary(dry, "giverCountry"), "IN").warning());
  }

  @Test
  void aDateFallsBackToTheYearColumn() throws IOException {
    Csv.Table table = extract();
    RowReader reader = new RowReader(Presets.US_AGENCY_GIFTS.mapping(), table.columns());
    List<GiftRow> rows = table.rows().stream().map(reader::read).toList();
    assertEquals("2018-12-11", rows.get(0).date());
    assertEquals("2008", rows.get(1).date(), "NA in date_received, 2008 in year_received");
    assertEquals("2013", rows.get(5).date(), "n.a. too");
    assertEquals("2012", rows.get(7).date());
    Mapping stored = Mapping.parse(Presets.US_AGENCY_GIFTS.mapping().text());
    assertEquals("year_received", stored.elseColumn(ImportField.DATE), "kept when saved");
    String reading =
        value(summary(DryRun.of(table, reader, archiveWithMorocco()), "date"), "NA")
            .reading()
            .toString();
    assertEquals("missing; read from the column “year_received”", reading);
  }

  @Test
  void namesLoseHonorificsAndOfficesAndKeepUncertainty() {
    Names.Reading moldova =
        Names.read("His Excellency Petru Lucinschi, President of the Republic of Moldova");
    assertEquals("Petru Lucinschi", moldova.name());
    assertEquals("President of the Republic of Moldova", moldova.role());
    Names.Reading soomro =
        Names.read(
            "His Excellency(?) Mohammedmian Soomro, Chairman of Senate of the Islamic Republic of"
                + " Pakistan");
    assertEquals("Mohammedmian Soomro", soomro.name());
    assertTrue(soomro.uncertain());
    assertEquals("Joseph R. Biden Jr.", Names.read("The Honorable Joseph R. Biden Jr.").name());
    assertEquals("Martin Luther King, Jr.", Names.read("Martin Luther King, Jr.").name());
    assertEquals("Mohammed Vi", Names.read("Mohammed Vi").name(), "spelling kept as written");
    for (String role :
        List.of(
            "President",
            "An Agency Employee",
            "First Lady",
            "Government",
            "Crown Prince",
            "Ambassador of the State of Qatar")) {
      Names.Reading reading = Names.read(role);
      assertTrue(reading.roleOnly(), role);
      assertNull(reading.name(), role);
    }
    assertFalse(Names.read("King Abdullah II").roleOnly());
  }

  @Test
  void rolesAreNoPeopleAndPeopleAreMatchedByNameAndAlias() throws IOException {
    Csv.Table table = extract();
    RowReader reader = new RowReader(Presets.US_AGENCY_GIFTS.mapping(), table.columns());
    List<GiftRow> rows = table.rows().stream().map(reader::read).toList();
    GiftRow president = rows.get(2);
    assertTrue(president.importable());
    assertNull(president.recipient().name());
    assertTrue(
        president.warnings().stream()
            .anyMatch(w -> w.toString().contains("“President” names a role")),
        president.warnings()::toString);
    assertEquals("Hamad Bin Isa Bin Salman Al-Khalifa", president.giver().name());
    assertEquals("King of the Kingdom of Bahrain", president.giver().title());
    assertTrue(rows.get(1).giver().uncertain());
    DryRun dry = DryRun.of(table, reader, archiveWithMorocco());
    assertFalse(dry.newPeople().contains("President"));
    assertFalse(dry.newPeople().contains("An Agency Employee"));
    assertFalse(dry.newPeople().contains("NA"));
    assertTrue(dry.newPeople().contains("Petru Lucinschi"), dry.newPeople()::toString);
    assertTrue(dry.newPeople().contains("Kirstjen Nielsen"));
    assertTrue(
        dry.newPeople().stream()
            .noneMatch(p -> p.toLowerCase(java.util.Locale.ROOT).startsWith("mohammed vi")),
        "HIS MAJESTY MOHAMMED VI and Mohammed VI are the archive's Mohammed VI");
    assertFalse(dry.newPeople().contains("Hillary Rodham Clinton"), "matched by alias");
    assertTrue(
        value(summary(dry, "recipientName"), "President").warning(),
        "the dry run shows the role as missing, with a warning");
  }

  @Test
  void aNewPersonGetsTheBestSpellingNotTheFirst() {
    assertEquals(
        "Mohammed VI", Names.preferred(spellings("Mohammed Vi", 1, "Mohammed VI", 1)), "numerals");
    assertEquals(
        "Mohammed VI", Names.preferred(spellings("MOHAMMED VI", 5, "Mohammed Vi", 1)), "corrected");
    assertEquals(
        "Hamad Bin Isa Al-Khalifa", Names.preferred(spellings("HAMAD BIN ISA AL-KHALIFA", 2)));
    assertEquals("Abdullah II", Names.preferred(spellings("abdullah ii", 1)));
    assertEquals(
        "Ivan Duque Márquez",
        Names.preferred(spellings("Ivan Duque márquez", 1, "Ivan Duque Márquez", 3)),
        "the most frequent of the well written");
    Csv.Table table =
        Csv.parse(
            "gift,donor\nVase,His Majesty Mohammed Vi\nRug,HIS MAJESTY MOHAMMED VI\n"
                + "Book,\"His Majesty Mohammed VI, King of Morocco\"\nTea,Mohammed VI\n");
    Mapping mapping =
        new Mapping(
            Map.of(ImportField.DESCRIPTION, "gift", ImportField.GIVER_NAME, "donor"),
            Map.of(),
            false);
    DryRun dry =
        DryRun.of(
            table,
            new RowReader(mapping, table.columns()),
            new Lookups(List.of(), List.of(), List.of(), List.of(), List.of()));
    assertEquals(List.of("Mohammed VI"), dry.newPeople());
  }

  private static Map<String, Integer> spellings(Object... spellingsAndCounts) {
    Map<String, Integer> spellings = new java.util.LinkedHashMap<>();
    for (int i = 0; i < spellingsAndCounts.length; i += 2) {
      spellings.put((String) spellingsAndCounts[i], (Integer) spellingsAndCounts[i + 1]);
    }
    return spellings;
  }

  @Test
  void textIsStoredAsWritten() throws IOException {
    Csv.Table table = extract();
    RowReader reader = new RowReader(Presets.US_AGENCY_GIFTS.mapping(), table.columns());
    GiftRow pendant = reader.read(table.rows().get(0));
    assertEquals("18K gold name pendant ``Kirstjen'' with 18'' 18K gold chain", pendant.title());
    GiftRow missingTitle = reader.read(table.rows().get(8));
    assertFalse(missingTitle.importable(), "a gift described only as NA has no title");
    assertNull(missingTitle.valueAmount());
    assertNull(missingTitle.valueNote(), "NA is no note on the value either");
  }

  @Test
  void nilReturnsAreCountedAndSkippedNotErrors() {
    Csv.Table table =
        Csv.parse(
            "Minister,Date,Gift,Given or received,Who gift was given to or received from,Value"
                + " (£),Outcome\n"
                + "Rt Hon Jane Doe MP,Nil return,Nil return,Nil return,Nil return,Nil return,Nil"
                + " return\n"
                + "Rt Hon John Roe MP,Nil Return,,,,,\n"
                + "Rt Hon Jane Doe MP,02/03/2023,Whisky,Received,H.E. Mohamed Irfaan Ali,150,Held\n");
    RowReader reader = new RowReader(Presets.UK_MINISTERS_GIFTS.mapping(), table.columns());
    DryRun dry = DryRun.of(table, reader, archiveWithMorocco());
    assertEquals(2, dry.nilReturns());
    assertEquals(List.of(), dry.errors());
    assertEquals(1, dry.importable());
  }

  @Test
  void ukGiversGetTheCountryTheirNamesSay() {
    Csv.Table table =
        Csv.parse(
            "Minister,Date,Gift,Given or received,Who gift was given to or received from,Value"
                + " (£),Outcome\n"
                + "Rt Hon Jane Doe MP,02/03/2023,Watch,Received,HM King Abdullah II of Jordan,900,"
                + "Held\n"
                + "Rt Hon Jane Doe MP,03/03/2023,Dates,Received,Ambassador of the State of Qatar,"
                + "150,Held\n"
                + "Rt Hon Jane Doe MP,04/03/2023,Book,Given,Prime Minister of Japan,50,\n"
                + "Rt Hon Jane Doe MP,05/03/2023,Pen,Received,Mr John Smith,40,Held\n");
    RowReader reader = new RowReader(Presets.UK_MINISTERS_GIFTS.mapping(), table.columns());
    List<GiftRow> rows = table.rows().stream().map(reader::read).toList();
    assertEquals("Jordan", rows.get(0).giver().country());
    assertTrue(
        rows.get(0).warnings().stream()
            .map(Object::toString)
            .toList()
            .contains(
                "The giver’s country is read from “HM King Abdullah II of" + " Jordan”: Jordan."),
        rows.get(0).warnings()::toString);
    assertEquals("Qatar", rows.get(1).giver().country(), "a role is nobody, but of a country");
    assertNull(rows.get(1).giver().name());
    assertEquals("Japan", rows.get(2).recipient().country(), "given: the other party receives");
    assertEquals("United Kingdom", rows.get(2).giver().country());
    assertNull(rows.get(3).giver().country(), "no state named, none guessed");
    assertEquals("United Kingdom", rows.get(3).recipient().country());
  }

  @Test
  void aFileNoPresetFitsGetsGuessesFromItsColumnNamesAndValues() {
    Csv.Table table =
        Csv.parse(
            "Ref,Recipient,Year,When given,From,Nation,Item,Value (USD)\n"
                + "1,Jane Roe,2019,2019-05-02,Ivan Duque,Colombia,Hammock,600\n"
                + "2,John Roe,2020,NA,Ali Bongo,Gabon,Mask,450\n");
    Mapping guess = Guesses.guess(table.columns(), table.rows());
    assertEquals("Recipient", guess.column(ImportField.RECIPIENT_NAME));
    assertEquals("From", guess.column(ImportField.GIVER_NAME));
    assertEquals("Item", guess.column(ImportField.TITLE));
    assertEquals("Value (USD)", guess.column(ImportField.VALUE));
    assertEquals("When given", guess.column(ImportField.DATE), "a column of dates");
    assertEquals("Year", guess.elseColumn(ImportField.DATE), "else the year");
    assertEquals("Nation", guess.column(ImportField.GIVER_COUNTRY), "a column of countries");
    assertEquals(
        List.of("Colombia", "Gabon"),
        Guesses.samples(table.columns(), table.rows(), 3).get("Nation"));
  }

  @Test
  void aPresetKeepsOnlyTheColumnsAFileHas() {
    Mapping kept =
        Presets.US_AGENCY_GIFTS.mapping().onlyColumns(List.of("DONOR", "gift_description"));
    assertEquals("DONOR", kept.column(ImportField.GIVER_NAME), "the file's own spelling");
    assertEquals("gift_description", kept.column(ImportField.DESCRIPTION));
    assertNull(kept.column(ImportField.DATE));
    assertNull(kept.elseColumn(ImportField.DATE));
    assertEquals("USD", kept.fallback(ImportField.CURRENCY));
  }

  @Test
  void theFullReportListsEveryFindingAndCannotRunInASpreadsheet() throws IOException {
    Csv.Table table = extract();
    RowReader reader = new RowReader(Presets.US_AGENCY_GIFTS.mapping(), table.columns());
    String report = DryRunReport.csv(DryRun.of(table, reader, archiveWithMorocco()), Locale.UK);
    assertTrue(report.startsWith("kind,row,what\r\n"), report);
    assertTrue(report.contains("\r\nerror,10,"), report);
    assertTrue(report.contains("\r\nnew person,,Petru Lucinschi\r\n"), report);
    assertTrue(report.contains("warning,4,\"“President” names a role"), report);

    DryRun dry = DryRun.of(table, reader, archiveWithMorocco());
    String korean = DryRunReport.csv(dry, Locale.forLanguageTag("ko"));
    assertTrue(korean.startsWith("종류,행,내용\r\n"), korean);
    assertTrue(korean.contains("경고,4,“President”은(는) 사람이 아니라 직책을 가리킵니다"), korean);
    String russian = DryRunReport.csv(dry, Locale.forLanguageTag("ru"));
    assertTrue(
        russian.contains("предупреждение,4,\"«President» — должность, а не человек"), russian);
    assertEquals(
        "missing; read from the column “year_received”",
        Note.of("import.value.missing.column", "year_received").toString());
    assertEquals(
        "не дата: «32/13/2022» — дата, которую не удаётся прочесть: запишите её как 2022-03-02,"
            + " 02/03/2022, 2 March 2022, March 2022, 2022 или «unknown».",
        Note.of("import.value.notADate", Note.of("import.row.date.unreadable", "32/13/2022"))
            .in(Locale.forLanguageTag("ru")),
        "a note inside another is in the same language");
    assertEquals(
        "В строке 5 полей, а в заголовке 3 столбца.",
        Note.of("import.row.csv.fields", 5, 3).in(Locale.forLanguageTag("ru")),
        "Russian plural forms");
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", DryRunReport.field("=HYPERLINK(\"x\")"));
    assertEquals("\"a, b\"", DryRunReport.field("a, b"));
    assertEquals("'-1", DryRunReport.field("-1"));
  }

  static FieldValues.Summary summary(DryRun dry, String field) {
    return dry.fields().stream()
        .filter(s -> s.field().equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no summary of " + field + ": " + dry.fields()));
  }

  static FieldValues.Value value(FieldValues.Summary summary, String written) {
    return summary.values().stream()
        .filter(v -> v.written().equals(written))
        .findFirst()
        .orElseThrow(() -> new AssertionError(written + " not among " + summary.values()));
  }
}
