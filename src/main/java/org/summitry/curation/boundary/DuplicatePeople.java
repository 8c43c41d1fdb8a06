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
import org.summitry.people.boundary.People;

/**
 * The persons who are likely one and the same, for curators to review and merge: same names once
 * honorifics and punctuation are set aside, a name that is another's alias, close spellings.
 */
@Controller
@Path("admin/people/duplicates")
@RequestScoped
public class DuplicatePeople {

  @Inject Models models;
  @Inject Guard guard;
  @Inject People people;
  @Inject Lists lists;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(@QueryParam("page") String page) {
    guard.require(Guard.CURATOR);
    var query = lists.query(null, "name", page, "name", java.util.List.of("name"));
    models.put("pairs", people.likelyDuplicates(query.page(), query.size()));
    return "admin/people/duplicates.html";
  }
}
