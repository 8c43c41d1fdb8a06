package org.summitry.site.boundary.photos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.summitry.kernel.Page;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.platform.boundary.InvalidRequest;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.site.boundary.Choice;
import org.summitry.site.boundary.JsonLd;
import org.summitry.site.boundary.Metadata;
import org.summitry.site.boundary.Params;

/**
 * Every published photograph, latest taken first, narrowed by credit line (the agency's own
 * spelling: "KCNA via REUTERS") and by the year it was taken.
 */
@Controller
@Path("photos")
@ApplicationScoped
public class PhotoIndex {

  static final int PAGE_SIZE = 48;

  /** The credit lines offered in the filter: the most frequent ones. */
  static final int CREDITS_OFFERED = 100;

  @Inject Models models;
  @Inject Photos photos;
  @Inject Metadata metadata;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(
      @QueryParam("credit") String credit,
      @QueryParam("year") String year,
      @QueryParam("page") String page) {
    String chosenCredit = Params.blankToNull(credit);
    if (chosenCredit != null && chosenCredit.length() > 500) {
      throw new InvalidRequest("error.param.credit");
    }
    Integer chosenYear = Params.year(year);
    Page<PhotoView> shown =
        photos.published(chosenCredit, chosenYear, Params.page(page), PAGE_SIZE);
    List<Photos.Counted> credits = photos.credits(chosenYear, CREDITS_OFFERED);
    List<Photos.Counted> years = photos.years(chosenCredit);
    models.put("photos", shown);
    models.put(
        "creditOptions",
        Choice.of(
            credits,
            Photos.Counted::value,
            c -> Messages.get("photos.index.option", c.value(), c.count()),
            chosenCredit));
    models.put(
        "yearOptions",
        Choice.of(
            years,
            Photos.Counted::value,
            c -> Messages.get("photos.index.option", c.value(), c.count()),
            chosenYear == null ? null : chosenYear.toString()));
    models.put("credit", chosenCredit);
    models.put("filtered", chosenCredit != null || chosenYear != null);
    StringBuilder base = new StringBuilder("/photos?");
    if (chosenCredit != null) {
      base.append("credit=")
          .append(java.net.URLEncoder.encode(chosenCredit, java.nio.charset.StandardCharsets.UTF_8))
          .append('&');
    }
    if (chosenYear != null) {
      base.append("year=").append(chosenYear).append('&');
    }
    models.put("pageBase", base.toString());
    PublicLinks links = metadata.links();
    models.put(
        "meta",
        metadata.list(
            "photos.index.title",
            "photos.index.lead",
            base.length() == "/photos?".length() ? "/photos" : base.substring(0, base.length() - 1),
            shown.items().stream()
                .map(
                    p ->
                        new JsonLd.Item(
                            links.photo(p.id()),
                            p.headline() != null ? p.headline() : Messages.get("photos.title")))
                .toList()));
    return "photos/index.html";
  }
}
