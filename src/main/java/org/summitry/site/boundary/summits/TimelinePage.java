package org.summitry.site.boundary.summits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.summitry.charts.boundary.Charts;
import org.summitry.charts.boundary.Tallies;
import org.summitry.charts.boundary.YearChart;
import org.summitry.charts.boundary.YearChartView;
import org.summitry.kernel.Page;
import org.summitry.kernel.YearTally;
import org.summitry.people.boundary.People;
import org.summitry.search.boundary.ListOrder;
import org.summitry.search.boundary.Listing;
import org.summitry.search.boundary.Search;
import org.summitry.site.boundary.EntryTexts;
import org.summitry.site.boundary.KeptCards;
import org.summitry.site.boundary.Lists;
import org.summitry.site.boundary.Params;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/**
 * Published summits per year as a chart and a table, and the summits of one chosen year, a page at
 * a time: the counts come from one GROUP BY, so the page stays small however many summits there
 * are.
 */
@Controller
@Path("timeline")
@ApplicationScoped
public class TimelinePage {

  static final int PAGE_SIZE = 20;

  @Inject Models models;
  @Inject Summits summits;
  @Inject People people;
  @Inject Tallies tallies;
  @Inject Search search;
  @Inject EntryTexts texts;
  @Inject KeptCards keptCards;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String show(@QueryParam("year") String year, @QueryParam("page") String page) {
    Integer chosen = Params.year(year);
    YearTally tally = tallies.summitYears();
    models.put("tally", tally);
    YearChart chart = Charts.years(List.of(tally), chosen);
    models.put("chart", chart);
    if (!chart.isEmpty()) {
      // Kept only for the years the chart spans, so that asking for every year from 1 to 9999
      // cannot crowd the kept cards out; the template draws any other year's chart in place.
      boolean spanned =
          chosen == null
              || (!tally.years().isEmpty()
                  && chosen >= tally.years().firstKey()
                  && chosen <= tally.years().lastKey());
      if (spanned) {
        models.put(
            "keptChart",
            keptCards.fragment(
                "timeline/index",
                "chart",
                "timeline/" + chosen,
                () ->
                    Map.of(
                        "tally",
                        tally,
                        "chart",
                        chart,
                        "chartView",
                        YearChartView.timeline(chart))));
      } else {
        models.put("chartView", YearChartView.timeline(chart));
      }
    }
    models.put("year", chosen);
    if (chosen != null) {
      int number = Params.page(page);
      Page<SummitView> result =
          Lists.summits(
              search,
              summits,
              Listing.of("summit").inYear(chosen),
              ListOrder.OLDEST,
              number,
              PAGE_SIZE,
              () -> summits.inYear(chosen, number, PAGE_SIZE));
      models.put("summits", texts.summits(result, models));
      models.put("keptCards", keptCards);
      models.put(
          "countries",
          people.countriesByIds(
              result.items().stream()
                  .map(SummitView::countryId)
                  .filter(Objects::nonNull)
                  .collect(Collectors.toSet())));
    }
    return "timeline/index.html";
  }
}
