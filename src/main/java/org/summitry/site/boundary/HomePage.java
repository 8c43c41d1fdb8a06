package org.summitry.site.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.summitry.gifts.boundary.GiftFilter;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.people.boundary.People;
import org.summitry.site.control.ArchiveLists;
import org.summitry.summits.boundary.Summits;

/** The front page: what the archive is, the latest summits, recent gifts and how much is here. */
@Controller
@Path("")
@RequestScoped
public class HomePage {

  @Inject ArchiveLists lists;
  @Inject Models models;
  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject People people;
  @Inject GiftCards cards;
  @Inject Metadata metadata;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String show() {
    models.put("latestSummits", summits.latest(4));
    models.put("featuredGifts", cards.of(gifts.gifts(GiftFilter.none(), 1, 6).items()));
    models.put("summitCount", summits.count());
    models.put("giftCount", gifts.count());
    models.put("personCount", people.countPeople());
    models.put("countryCount", lists.countries().size());
    models.put("meta", metadata.home());
    return "home.html";
  }
}
