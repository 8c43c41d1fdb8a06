package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.summitry.curation.control.Guard;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/**
 * Suggestions for the back office's pickers that search (a person, a summit) once there are too
 * many to list: the entries whose name or title holds what the curator typed, as {@code value} (the
 * address the form sends) and {@code label} (what the curator reads). A plain resource, not an MVC
 * controller: its answer is JSON for the form's script. Without the script the field takes an
 * address or an exact name as typed.
 */
@Path("admin/pick")
@RequestScoped
public class Picks {

  /** Suggestions given at most for one word typed. */
  static final int SUGGESTIONS = 20;

  @Inject Guard guard;
  @Inject People people;
  @Inject Summits summits;

  @GET
  @Path("people")
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  public String people(@QueryParam("q") String text) {
    guard.require(Guard.CONTRIBUTOR);
    JsonArrayBuilder found = Json.createArrayBuilder();
    if (text == null || text.isBlank()) {
      return "[]";
    }
    for (PersonView person : people.pickablePeople(typed(text), SUGGESTIONS)) {
      found.add(Json.createObjectBuilder().add("value", person.slug()).add("label", person.name()));
    }
    return found.build().toString();
  }

  @GET
  @Path("summits")
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  public String summits(@QueryParam("q") String text) {
    guard.require(Guard.CONTRIBUTOR);
    JsonArrayBuilder found = Json.createArrayBuilder();
    if (text == null || text.isBlank()) {
      return "[]";
    }
    for (SummitView summit : summits.pickable(typed(text), SUGGESTIONS)) {
      found.add(
          Json.createObjectBuilder().add("value", summit.slug()).add("label", summit.title()));
    }
    return found.build().toString();
  }

  /** What was typed, at most 100 characters of it. */
  private static String typed(String text) {
    return text.length() > 100 ? text.substring(0, 100) : text;
  }
}
