package org.summitry.site.boundary.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.summitry.charts.boundary.FlowMatrix;
import org.summitry.charts.boundary.Tallies;
import org.summitry.gifts.boundary.GiftFlow;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.Messages;
import org.summitry.site.boundary.KeptCards;

/**
 * Who gave how many gifts to whom between countries: a matrix of the countries with the most gifts,
 * each count linked to the gift list it stands for. Two queries whatever the archive's size: the
 * counts per pair of countries, and the countries they name.
 */
@Controller
@Path("flows")
@ApplicationScoped
public class FlowsPage {

  /** Countries shown by name; the rest are summed as "other countries". */
  static final int COUNTRIES_SHOWN = 12;

  @Inject Models models;
  @Inject Tallies tallies;
  @Inject People people;
  @Inject KeptCards keptCards;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String show() {
    models.put("keptFlows", keptCards.fragment("flows/index", "flows", "flows", this::drawn));
    return "flows/index.html";
  }

  /** What the matrix is drawn from, read only when it is not kept. */
  private Map<String, Object> drawn() {
    List<GiftFlow> flows = tallies.flows();
    FlowMatrix matrix =
        FlowMatrix.of(
            flows,
            people.countriesByIds(
                flows.stream()
                    .flatMap(f -> Stream.of(f.giverCountryId(), f.recipientCountryId()))
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet())),
            COUNTRIES_SHOWN);
    return Map.of(
        "flows",
        matrix,
        "countriesShown",
        COUNTRIES_SHOWN,
        "chart",
        matrix.chart(Messages.get("flows.other"), Messages.get("flows.other.short")));
  }
}
