package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.summitry.curation.control.Guard;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.Journal;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.Progress;
import org.summitry.search.boundary.IndexStatus;
import org.summitry.search.boundary.Search;
import org.summitry.sources.boundary.Sources;
import org.summitry.stories.boundary.Stories;
import org.summitry.summits.boundary.Summits;

/** The back office's front page: drafts waiting, recent changes and counts. */
@Controller
@Path("admin")
@RequestScoped
public class Dashboard {

  @Inject Models models;
  @Inject Guard guard;
  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject Journal journal;
  @Inject People people;
  @Inject Sources sources;
  @Inject Stories stories;
  @Inject Search search;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String show(@QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    IndexStatus index = search.status();
    models.put("index", index);
    if (guard.may(Guard.ADMIN) && index.rebuilding()) {
      models.put("indexProgress", SearchIndexControl.progress(index));
      models.put("pollSeconds", Progress.REFRESH_SECONDS);
    }
    models.put("rebuildRequested", "rebuild".equals(done));
    models.put("draftSummits", summits.drafts(10));
    models.put("draftGifts", gifts.drafts(10));
    models.put("draftPeople", people.draftPeople(10));
    models.put("draftSources", sources.drafts(10));
    models.put("draftStories", stories.drafts(10));
    models.put("summitDrafts", summits.countDrafts());
    models.put("giftDrafts", gifts.countDrafts());
    models.put("summitCount", summits.count());
    models.put("giftCount", gifts.count());
    models.put("recent", journal.recent(1, 15).items());
    return "admin/dashboard.html";
  }
}
