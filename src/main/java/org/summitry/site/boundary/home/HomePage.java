package org.summitry.site.boundary.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.summitry.charts.boundary.Tallies;
import org.summitry.site.boundary.EntryTexts;
import org.summitry.site.boundary.GiftCards;
import org.summitry.site.boundary.KeptCards;
import org.summitry.site.boundary.Metadata;
import org.summitry.site.control.ArchiveLists;

/** The front page: what the archive is, the latest summits, recent gifts and how much is here. */
@Controller
@Path("")
@ApplicationScoped
public class HomePage {

  @Inject ArchiveLists lists;
  @Inject Models models;
  @Inject KeptCards keptCards;
  @Inject GiftCards cards;
  @Inject Metadata metadata;
  @Inject Tallies tallies;
  @Inject EntryTexts texts;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String show() {
    models.put("latestSummits", texts.summits(lists.newestSummits(), models));
    models.put("keptCards", keptCards);
    models.put("featuredGifts", keptCards.markup(lists.newestGifts(), cards::of));
    Tallies.Counts counts = tallies.counts();
    models.put("summitCount", counts.summits());
    models.put("giftCount", counts.gifts());
    models.put("personCount", counts.people());
    models.put("countryCount", lists.countries().size());
    models.put("meta", metadata.home());
    return "home.html";
  }
}
