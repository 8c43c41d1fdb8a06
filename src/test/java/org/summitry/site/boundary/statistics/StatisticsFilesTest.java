package org.summitry.site.boundary.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.charts.boundary.Converted;
import org.summitry.site.boundary.statistics.StatisticsReport.Chosen;
import org.summitry.site.boundary.statistics.StatisticsReport.Money;
import org.summitry.site.boundary.statistics.StatisticsReport.PartyRow;
import org.summitry.site.boundary.statistics.StatisticsReport.Report;
import org.summitry.site.boundary.statistics.StatisticsReport.ShareRow;

/** The statistics' CSV files: a column per currency, converted values beside, names quoted. */
class StatisticsFilesTest {

  @Test
  void countriesHaveAValueColumnPerCurrencyAndConvertedColumnsWhenAsked() {
    PartyRow russia =
        new PartyRow(
            "RU",
            "Russia, the Federation",
            "/statistics?country=ru",
            3,
            1,
            List.of(
                new Money("RUB", new BigDecimal("1000.50"), "1000.50"),
                new Money("USD", new BigDecimal("99.99"), "99.99")),
            List.of(new Money("KPW", new BigDecimal("5.00"), "5.00")),
            new Converted("USD", new BigDecimal("110.99"), List.of()),
            new Converted("USD", null, List.of("KPW")));
    String csv =
        StatisticsFiles.parties(
            report(new Chosen(null, null, null, null, "USD")),
            List.of(russia),
            "country_code",
            "country");
    assertEquals(
        "country_code,country,given,received,given_value_KPW,received_value_KPW,given_value_RUB,"
            + "received_value_RUB,given_value_USD,received_value_USD,given_value_converted_USD,"
            + "given_unconverted_currencies,received_value_converted_USD,received_unconverted_currencies\r\n"
            + "RU,\"Russia, the Federation\",3,1,,5.00,1000.50,,99.99,,110.99,,,KPW\r\n",
        csv);
  }

  @Test
  void yearsWithoutConversionListGiftsAndValuesAndTheUndatedLast() {
    String csv =
        StatisticsFiles.shares(
            report(new Chosen(null, null, null, null, null)),
            List.of(
                new ShareRow(
                    "2024",
                    "2024",
                    "/statistics?year=2024",
                    2,
                    List.of(new Money("RUB", new BigDecimal("7.00"), "7.00")),
                    null),
                new ShareRow(null, null, null, 1, List.of(), null)),
            "year",
            null);
    assertEquals("year,gifts,value_RUB\r\n2024,2,7.00\r\n,1,\r\n", csv);
  }

  @Test
  void aNameThatASpreadsheetWouldRunIsWrittenAsText() {
    String csv =
        StatisticsFiles.shares(
            report(new Chosen(null, null, null, null, null)),
            List.of(new ShareRow("arms", "=HYPERLINK(\"x\")", null, 1, List.of(), null)),
            "category",
            "category_name");
    assertEquals("category,category_name,gifts\r\narms,\"'=HYPERLINK(\"\"x\"\")\",1\r\n", csv);
  }

  private static Report report(Chosen chosen) {
    return new Report(
        chosen, 0, 0, List.of(), null, List.of(), List.of(), List.of(), List.of(), 0, List.of(),
        List.of());
  }
}
