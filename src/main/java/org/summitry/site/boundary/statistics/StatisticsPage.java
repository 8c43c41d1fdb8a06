package org.summitry.site.boundary.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitry.charts.boundary.BarChartView;
import org.summitry.charts.boundary.Charts;
import org.summitry.charts.boundary.YearChart;
import org.summitry.charts.boundary.YearChartView;
import org.summitry.kernel.Page;
import org.summitry.kernel.YearTally;
import org.summitry.platform.boundary.Messages;
import org.summitry.site.boundary.Params;
import org.summitry.site.boundary.statistics.StatisticsReport.Chosen;
import org.summitry.site.boundary.statistics.StatisticsReport.PartyRow;
import org.summitry.site.boundary.statistics.StatisticsReport.Report;
import org.summitry.site.boundary.statistics.StatisticsReport.ShareRow;

/**
 * Statistics of the gifts: given and received by country, per year, per category and by person,
 * with declared values summed per currency and, when asked, converted into one with the curators'
 * exchange rates. Every name narrows the statistics to it (filters are plain links) and every table
 * can be downloaded as CSV ({@link StatisticsFiles}).
 */
@Controller
@Path("statistics")
@ApplicationScoped
public class StatisticsPage {

  /** People per page of the people table, the most gifts first. */
  static final int PEOPLE_SHOWN = 20;

  /**
   * Countries in the country table unless all are asked for ({@code ?countries=all}): the table of
   * every country with its values in a dozen currencies is most of a large archive's page.
   */
  static final int COUNTRIES_SHOWN = 30;

  @Inject Models models;
  @Inject StatisticsReport statistics;

  /** The filters a visitor can remove, each with the address without it. */
  public record Removal(String key, String value, String href) {}

  /** A currency to convert into, or none, with its address and whether it is chosen. */
  public record Conversion(String currency, String href, boolean chosen) {}

  @GET
  @Produces("text/html;charset=UTF-8")
  public String show(
      @QueryParam("country") String country,
      @QueryParam("year") String year,
      @QueryParam("category") String category,
      @QueryParam("person") String person,
      @QueryParam("convert") String convert,
      @QueryParam("page") String page,
      @QueryParam("countries") String countries) {
    Chosen chosen = statistics.choose(country, year, category, person, convert);
    int wanted = Params.page(page);
    int from = (int) Math.min(Integer.MAX_VALUE, (wanted - 1L) * PEOPLE_SHOWN);
    Report report = statistics.count(chosen, from, PEOPLE_SHOWN);
    int number = Page.clamp(wanted, PEOPLE_SHOWN, report.peopleTotal());
    if (number != wanted) {
      report = statistics.count(chosen, (number - 1) * PEOPLE_SHOWN, PEOPLE_SHOWN);
    }
    models.put("report", report);
    models.put(
        "people", new Page<PartyRow>(report.people(), number, PEOPLE_SHOWN, report.peopleTotal()));
    String here = StatisticsReport.link(chosen, "page", null);
    models.put("pagesBase", here + (here.contains("?") ? "&" : "?"));
    List<PartyRow> countryRows = report.countries();
    boolean allCountries = "all".equals(countries) || countryRows.size() <= COUNTRIES_SHOWN;
    models.put("countryRows", allCountries ? countryRows : countryRows.subList(0, COUNTRIES_SHOWN));
    models.put(
        "allCountries",
        allCountries ? null : here + (here.contains("?") ? "&" : "?") + "countries=all#countries");

    List<YearTally.Span> spans = new ArrayList<>();
    long undated = 0;
    for (var row : report.years()) {
      if (row.key() == null) {
        undated = row.gifts();
      } else {
        int y = Integer.parseInt(row.key());
        spans.add(new YearTally.Span(y, y, row.gifts()));
      }
    }
    YearTally tally = YearTally.of(spans);
    YearChart chart = Charts.years(List.of(tally), chosen.year());
    String withoutYear = StatisticsReport.link(chosen, "year", null);
    models.put("chart", chart);
    models.put("tally", tally);
    models.put("undated", undated);
    models.put(
        "chartView",
        YearChartView.statistics(
            chart, withoutYear + (withoutYear.contains("?") ? "&" : "?") + "year="));

    models.put("countryBars", BarChartView.givenAndReceived(parties(report.countries())));
    models.put("categoryBars", BarChartView.gifts(shares(report.categories())));
    models.put("personBars", BarChartView.givenAndReceived(parties(report.people())));

    List<Removal> removals = new ArrayList<>();
    Map<String, String> parameters = new LinkedHashMap<>();
    if (chosen.country() != null) {
      parameters.put("country", chosen.country().name());
    }
    if (chosen.year() != null) {
      parameters.put("year", chosen.year().toString());
    }
    if (chosen.category() != null) {
      parameters.put("category", chosen.category().name());
    }
    if (chosen.person() != null) {
      parameters.put("person", chosen.person().name());
    }
    parameters.forEach(
        (key, value) ->
            removals.add(new Removal(key, value, StatisticsReport.link(chosen, key, null))));
    models.put("removals", removals);
    models.put(
        "everything",
        StatisticsReport.link(new Chosen(null, null, null, null, chosen.convert()), "page", null));

    List<Conversion> conversions = new ArrayList<>();
    conversions.add(
        new Conversion(
            null, StatisticsReport.link(chosen, "convert", null), chosen.convert() == null));
    for (String currency : statistics.conversions()) {
      conversions.add(
          new Conversion(
              currency,
              StatisticsReport.link(chosen, "convert", currency),
              currency.equals(chosen.convert())));
    }
    models.put("conversions", conversions);
    Map<String, String> files = new LinkedHashMap<>();
    for (String table : StatisticsFiles.TABLES) {
      files.put(
          table, StatisticsReport.address("/statistics/" + table + ".csv", chosen.parameters()));
    }
    models.put("files", files);
    return "statistics/index.html";
  }

  /** The rows of a country's or a person's table as the bar chart above it draws them. */
  static List<BarChartView.Entry> parties(List<PartyRow> rows) {
    return rows.stream()
        .map(
            row ->
                new BarChartView.Entry(
                    row.name() == null ? Messages.get("statistics.notPublic") : row.name(),
                    row.narrow(),
                    row.given(),
                    row.received()))
        .toList();
  }

  /** The rows of the categories' table as the bar chart above it draws them. */
  static List<BarChartView.Entry> shares(List<ShareRow> rows) {
    return rows.stream()
        .map(
            row ->
                new BarChartView.Entry(
                    row.key() == null ? Messages.get("statistics.uncategorised") : row.name(),
                    row.narrow(),
                    row.gifts()))
        .toList();
  }
}
