package org.summitry.site.boundary.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.summitry.charts.boundary.Converted;
import org.summitry.site.boundary.statistics.StatisticsReport.Chosen;
import org.summitry.site.boundary.statistics.StatisticsReport.Money;
import org.summitry.site.boundary.statistics.StatisticsReport.PartyRow;
import org.summitry.site.boundary.statistics.StatisticsReport.Report;
import org.summitry.site.boundary.statistics.StatisticsReport.ShareRow;
import org.summitry.site.control.CsvTable;

/**
 * The statistics page's tables as CSV files, narrowed by the same filters: one column of values per
 * currency (never added together), and converted values in columns of their own when a currency is
 * chosen. Not an MVC controller: the answer is a file, not a view. The people file lists everyone.
 */
@Path("statistics/{table: by-(country|year|category|person)}.csv")
@ApplicationScoped
public class StatisticsFiles {

  /** The tables, by the names of their files. */
  static final List<String> TABLES = List.of("by-country", "by-year", "by-category", "by-person");

  @Inject StatisticsReport statistics;

  @GET
  public Response download(
      @PathParam("table") String table,
      @QueryParam("country") String country,
      @QueryParam("year") String year,
      @QueryParam("category") String category,
      @QueryParam("person") String person,
      @QueryParam("convert") String convert) {
    Chosen chosen = statistics.choose(country, year, category, person, convert);
    Report report = statistics.count(chosen, 0, "by-person".equals(table) ? Integer.MAX_VALUE : 0);
    String text =
        switch (table) {
          case "by-country" -> parties(report, report.countries(), "country_code", "country");
          case "by-person" -> parties(report, report.people(), "person", "name");
          case "by-year" -> shares(report, report.years(), "year", null);
          default -> shares(report, report.categories(), "category", "category_name");
        };
    return Response.ok(text, "text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"summitry-gifts-" + table + ".csv\"")
        .build();
  }

  static String parties(Report report, List<PartyRow> rows, String keyColumn, String nameColumn) {
    TreeSet<String> currencies = new TreeSet<>();
    rows.forEach(
        row -> {
          row.givenValues().forEach(m -> currencies.add(m.currency()));
          row.receivedValues().forEach(m -> currencies.add(m.currency()));
        });
    String target = report.chosen().convert();
    List<String> header = new ArrayList<>(List.of(keyColumn, nameColumn, "given", "received"));
    for (String currency : currencies) {
      header.add("given_value_" + currency);
      header.add("received_value_" + currency);
    }
    if (target != null) {
      header.addAll(
          List.of(
              "given_value_converted_" + target,
              "given_unconverted_currencies",
              "received_value_converted_" + target,
              "received_unconverted_currencies"));
    }
    CsvTable csv = new CsvTable().row(header);
    for (PartyRow row : rows) {
      List<String> fields =
          new ArrayList<>(
              List.of(
                  nullToEmpty(row.key()),
                  nullToEmpty(row.name()),
                  Long.toString(row.given()),
                  Long.toString(row.received())));
      for (String currency : currencies) {
        fields.add(amount(row.givenValues(), currency));
        fields.add(amount(row.receivedValues(), currency));
      }
      if (target != null) {
        converted(fields, row.givenConverted());
        converted(fields, row.receivedConverted());
      }
      csv.row(fields);
    }
    return csv.toString();
  }

  static String shares(Report report, List<ShareRow> rows, String keyColumn, String nameColumn) {
    TreeSet<String> currencies = new TreeSet<>();
    rows.forEach(row -> row.values().forEach(m -> currencies.add(m.currency())));
    String target = report.chosen().convert();
    List<String> header = new ArrayList<>();
    header.add(keyColumn);
    if (nameColumn != null) {
      header.add(nameColumn);
    }
    header.add("gifts");
    currencies.forEach(currency -> header.add("value_" + currency));
    if (target != null) {
      header.addAll(List.of("value_converted_" + target, "unconverted_currencies"));
    }
    CsvTable csv = new CsvTable().row(header);
    for (ShareRow row : rows) {
      List<String> fields = new ArrayList<>();
      fields.add(nullToEmpty(row.key()));
      if (nameColumn != null) {
        fields.add(nullToEmpty(row.name()));
      }
      fields.add(Long.toString(row.gifts()));
      currencies.forEach(currency -> fields.add(amount(row.values(), currency)));
      if (target != null) {
        converted(fields, row.converted());
      }
      csv.row(fields);
    }
    return csv.toString();
  }

  private static void converted(List<String> fields, Converted converted) {
    fields.add(
        converted == null || converted.total() == null ? "" : converted.total().toPlainString());
    fields.add(converted == null ? "" : String.join(" ", converted.unconverted()));
  }

  private static String amount(List<Money> values, String currency) {
    for (Money money : values) {
      if (money.currency().equals(currency)) {
        BigDecimal amount = money.amount();
        return amount == null ? "" : amount.toPlainString();
      }
    }
    return "";
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
