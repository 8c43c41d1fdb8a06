package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.summitry.curation.control.Guard;
import org.summitry.people.boundary.People;

/**
 * The persons who are likely one and the same, for curators to review and merge: same names once
 * honorifics and punctuation are set aside, a name that is another's alias, close spellings. A pair
 * that is two people is said so once ("not the same person") and is not proposed again.
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
  public String list(@QueryParam("page") String page, @QueryParam("done") String done) {
    guard.require(Guard.CURATOR);
    models.put("done", "distinct".equals(done) ? done : null);
    var query = lists.query(null, "name", page, "name", java.util.List.of("name"));
    models.put("pairs", people.likelyDuplicates(query.page(), query.size()));
    return "admin/people/duplicates.html";
  }

  /** Records that the two people are not one, so that the list no longer proposes them. */
  @POST
  @Path("distinct")
  public Response distinct(@FormParam("first") String first, @FormParam("second") String second) {
    guard.require(Guard.CURATOR);
    if (first == null || second == null) {
      throw new BadRequestException();
    }
    try {
      people.markDistinct(
          Long.valueOf(first.strip()), Long.valueOf(second.strip()), guard.caller());
    } catch (IllegalArgumentException notTwoPeople) {
      throw new BadRequestException();
    }
    return Response.seeOther(URI.create("admin/people/duplicates?done=distinct")).build();
  }
}
