package org.summitry.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;

/**
 * The presets read the registers they were made for, and a dry run matches instead of duplicating.
 */
class RowReadingTest {

  static final String UK =
      "\uFEFFMinister;Date;Gift;Given or received;Who gift was given to or received from;Value (£);Outcome\r\n"
          + "Rt Hon Jane Doe MP;02/03/2023;\"Book: \"\"Collected poems\"\",\r\nsigned\";Received;His Excellency Mohamed Irfaan Ali;£1.234,50;Held by Department\r\n"
          + "Rt Hon Jane Doe MP;March 2023;Whisky;Given;H.E. Mohamed Irfaan Ali;Above limit;\r\n"
          + "Rt Hon Jane Doe MP;31/02/2023;Vase;Received;Someone;100;Held by Department\r\n"
          + "Rt Hon Jane Doe MP;unknown;Tea;Perhaps;Someone;100;Held by Department\r\n"
          + "Rt Hon Jane Doe MP;01/04/2023;Too few fields\r\n";

  @Test
  void theUkPresetReadsDirectionDayFirstDatesAndValueWords() {
    Csv.Table table = Csv.parse(UK);
    assertTrue(Presets.UK_MINISTERS_GIFTS.fits(table.columns()));
    RowReader reader = new RowReader(Presets.UK_MINISTERS_GIFTS.mapping(), table.columns());
    List<GiftRow> rows = table.rows().stream().map(reader::read).toList();
    GiftRow received = rows.get(0);
    assertTrue(received.importable(), () -> received.errors().toString());
    assertEquals("2023-03-02", received.date());
    assertEquals(new BigDecimal("1234.50"), received.valueAmount());
    assertEquals("GBP", received.valueCurrency());
    assertEquals("Mohamed Irfaan Ali", received.giver().name());
    assertEquals("Jane Doe", received.recipient().name());
    assertEquals("United Kingdom", received.recipient().country());
    assertEquals("Book: \"Collected poems\", signed", received.title());
    assertEquals("Book: \"Collected poems\",\r\nsigned", received.description());
    GiftRow given = rows.get(1);
    assertEquals("Jane Doe", given.giver().name(), "“Given” swaps the sides");
    assertEquals("United Kingdom", given.giver().country());
    assertEquals("Mohamed Irfaan Ali", given.recipient().name());
    assertNull(given.valueAmount());
    assertEquals("Above limit", given.valueNote());
    assertEquals("2023-03", given.date());
    assertFalse(rows.get(2).importable(), "31 February");
    assertFalse(rows.get(3).importable(), "neither given nor received");
    assertFalse(rows.get(4).importable(), "too few fields");
    assertEquals(6, rows.get(4).row());
  }

  @Test
  void titlesAreShortenedFromDescriptions() {
    assertEquals(
        "Painting titled ''At Parika Stelling (Guyana).''",
        RowReader.titleFrom("Painting titled ''At Parika Stelling (Guyana).''"),
        "quotation marks as written, and no sentence ends inside them");
    assertEquals(
        "Gold watch",
        RowReader.titleFrom("Gold watch. Rec'd—Transferred to the National Archives later."));
    String title =
        RowReader.titleFrom(
            "Basket made of Werregue Fiber, Handwoven Hammock, a silver tray engraved with the seal"
                + " of the Republic and a book of photographs of the coast");
    assertTrue(title.length() <= RowReader.TITLE_LENGTH && title.endsWith("…"), title);
  }

  @Test
  void theWholeUsRegisterReadsAndMatchesPeopleAndCountriesOnce() throws IOException {
    Path file = Path.of("..", "shared", "data", "us-foreign-gifts.csv");
    Assumptions.assumeTrue(Files.exists(file), "the U.S. register is beside the project");
    Csv.Table table = Csv.parse(Files.readString(file));
    assertEquals(4580, table.rows().size());
    assertTrue(Presets.US_FOREIGN_GIFTS.fits(table.columns()));
    RowReader reader = new RowReader(Presets.US_FOREIGN_GIFTS.mapping(), table.columns());
    List<GiftRow> rows = table.rows().stream().map(reader::read).toList();
    Lookups lookups =
        new Lookups(
            List.of(
                new PersonView(
                    1L, "joe-biden", "Joseph R. Biden Jr.", null, List.of(), null, null, null)),
            List.of(new CountryView(2L, "US", "United States")),
            List.of(),
            List.of(),
            List.of());
    DryRun dry = DryRun.of(rows, lookups, reader.missingColumns());
    assertEquals(4580, dry.importable(), () -> dry.errors().toString());
    assertEquals(List.of(), dry.missingColumns());
    assertTrue(dry.newPeople().stream().noneMatch(n -> n.startsWith("His ")));
    assertTrue(dry.matchedCountries().contains("United States (US)"));
    assertTrue(dry.newCountries().contains("South Korea (KR)"), dry.newCountries()::toString);
    assertFalse(dry.newPeople().contains("Joseph R. Biden Jr."), "matched, not created");
    System.out.println(
        "U.S. register: "
            + dry.newPeople().size()
            + " new people, "
            + dry.newCountries().size()
            + " new countries, unrecognised: "
            + dry.unknownCountries());
  }
}
