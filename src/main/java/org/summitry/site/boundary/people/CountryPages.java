package org.summitry.site.boundary.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitry.charts.boundary.Charts;
import org.summitry.charts.boundary.Tallies;
import org.summitry.charts.boundary.YearChart;
import org.summitry.charts.boundary.YearChartView;
import org.summitry.gifts.boundary.CountryGiftYears;
import org.summitry.gifts.boundary.GiftFilter;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Page;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.search.boundary.GiftChoices;
import org.summitry.search.boundary.Listing;
import org.summitry.search.boundary.Search;
import org.summitry.site.boundary.EntryFeedLink;
import org.summitry.site.boundary.EntryTexts;
import org.summitry.site.boundary.GiftCards;
import org.summitry.site.boundary.JsonLd;
import org.summitry.site.boundary.KeptCards;
import org.summitry.site.boundary.KeptReads;
import org.summitry.site.boundary.Lists;
import org.summitry.site.boundary.Metadata;
import org.summitry.site.boundary.Tombstones;
import org.summitry.site.control.ArchiveLists;
import org.summitry.summits.boundary.Summits;

/**
 * The list of countries and each country's page: gifts given and received (over the years, and the
 * latest), summits hosted, people.
 */
@Controller
@Path("countries")
@ApplicationScoped
public class CountryPages {

  static final int GIFTS_SHOWN = 12;
  static final int SUMMITS_SHOWN = 10;
  static final int PEOPLE_SHOWN = 24;

  @Inject ArchiveLists lists;
  @Inject Models models;
  @Inject KeptCards keptCards;
  @Inject KeptReads keptReads;
  @Inject People people;
  @Inject Gifts gifts;
  @Inject Summits summits;
  @Inject Tallies tallies;
  @Inject Search search;
  @Inject GiftCards cards;
  @Inject Metadata metadata;
  @Inject Tombstones tombstones;
  @Inject EntryTexts texts;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list() {
    List<CountryView> countries = lists.countries();
    models.put("countries", countries);
    PublicLinks links = metadata.links();
    models.put(
        "meta",
        metadata.list(
            "countries.title",
            "countries.lead",
            "/countries",
            countries.stream()
                .map(c -> new JsonLd.Item(links.country(c.code()), c.name()))
                .toList()));
    return "countries/index.html";
  }

  @GET
  @Path("{code}")
  @Produces("text/html;charset=UTF-8")
  public Response show(@PathParam("code") String code) {
    String wanted = code.toUpperCase(Locale.ROOT);
    CountryView country = people.country(wanted).orElse(null);
    if (country == null) {
      return tombstones.gone(EntryType.COUNTRY, people.countryIdOfAny(wanted));
    }
    Page<GiftView> given = latestGifts("giver", country, GiftFilter.givenByCountry(country.id()));
    Page<GiftView> received =
        latestGifts("recipient", country, GiftFilter.receivedByCountry(country.id()));
    CountryGiftYears years = tallies.giftYears(country.id());
    models.put("country", country);
    EntryFeedLink.put(
        models, "countries/" + country.code().toLowerCase(Locale.ROOT), country.name());
    models.put("meta", metadata.country(country));
    models.put("years", years);
    YearChart chart = Charts.years(List.of(years.given(), years.received()), null);
    models.put("chart", chart);
    if (!chart.isEmpty()) {
      models.put(
          "keptYears",
          keptCards.fragment(
              "countries/show",
              "years",
              "country/" + country.code(),
              () ->
                  Map.of(
                      "country",
                      country,
                      "years",
                      years,
                      "chart",
                      chart,
                      "chartView",
                      YearChartView.countryGifts(chart, country.code().toLowerCase(Locale.ROOT)))));
    }
    models.put("given", given);
    models.put("keptCards", keptCards);
    models.put("givenCards", keptCards.markup(given.items(), cards::of));
    models.put("received", received);
    models.put("receivedCards", keptCards.markup(received.items(), cards::of));
    models.put(
        "summits",
        texts.summits(
            summits.summits(country.id(), 1, SUMMITS_SHOWN, Summits.Order.NEWEST_FIRST), models));
    models.put("people", Lists.people(search, people, country, 1, PEOPLE_SHOWN));
    return Response.ok("countries/show.html").build();
  }

  /** The latest gifts a country gave or received ({@code side} "giver" or "recipient"). */
  private Page<GiftView> latestGifts(String side, CountryView country, GiftFilter filter) {
    return GiftChoices.list(
        search,
        gifts,
        keptReads::gifts,
        Listing.of("gift").facet(side, country.code()),
        filter,
        1,
        GIFTS_SHOWN);
  }
}
