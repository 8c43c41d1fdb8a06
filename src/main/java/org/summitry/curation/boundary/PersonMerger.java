package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.summitry.curation.control.Guard;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.InvalidField;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.People.PersonEdit;
import org.summitry.people.boundary.PersonLinks;
import org.summitry.platform.boundary.Messages;

/**
 * Merging one person into another from the back office: a picker that searches for the person to
 * keep, a confirmation naming what will move, and the merge itself (see {@link PersonMerges}).
 */
@Controller
@Path("admin/people/{id: \\d+}/merge")
@RequestScoped
public class PersonMerger {

  @Inject Models models;
  @Inject Guard guard;
  @Inject People people;
  @Inject PersonMerges merges;
  @Inject Lists lists;

  /**
   * Without {@code into}, the picker: people matching {@code q} to choose the one to keep; with it,
   * the confirmation naming what will move.
   */
  @GET
  @Produces("text/html;charset=UTF-8")
  public Response choose(
      @PathParam("id") long id,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("into") String into) {
    guard.require(Guard.CURATOR);
    PersonEdit merged = mergeable(id);
    Long kept = parse(into);
    if (into != null && !into.isBlank()) {
      PersonEdit target =
          kept == null || kept == id ? null : people.forEditingPerson(kept).orElse(null);
      if (target == null || target.state().trashed()) {
        models.put("problem", Messages.get("merge.error.into"));
        return Response.status(Response.Status.BAD_REQUEST).entity(picker(merged, q, page)).build();
      }
      return Response.ok(confirmation(merged, target, null)).build();
    }
    return Response.ok(picker(merged, q, page)).build();
  }

  @POST
  @Produces("text/html;charset=UTF-8")
  public Response merge(
      @PathParam("id") long id,
      @FormParam("into") String into,
      @FormParam("version") String version,
      @FormParam("intoVersion") String intoVersion) {
    guard.require(Guard.CURATOR);
    PersonEdit merged = mergeable(id);
    Long kept = parse(into);
    PersonEdit target =
        kept == null || kept == id ? null : people.forEditingPerson(kept).orElse(null);
    if (target == null || target.state().trashed()) {
      models.put("problem", Messages.get("merge.error.into"));
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(picker(merged, null, null))
          .build();
    }
    try {
      merges.merge(id, Versions.parse(version), kept, Versions.parse(intoVersion), guard.caller());
    } catch (EditConflict changed) {
      PersonEdit now = mergeable(id);
      PersonEdit targetNow = people.forEditingPerson(kept).orElseThrow(NotFoundException::new);
      return Response.status(Response.Status.CONFLICT)
          .entity(confirmation(now, targetNow, Messages.get("merge.error.conflict")))
          .build();
    } catch (IllegalArgumentException goneMeanwhile) {
      throw new NotFoundException();
    } catch (InvalidField refused) {
      return Response.status(Response.Status.CONFLICT)
          .entity(confirmation(merged, target, refused.message(Messages.locale())))
          .build();
    }
    return Response.seeOther(URI.create("admin/people/" + kept + "?done=merged")).build();
  }

  private PersonEdit mergeable(long id) {
    PersonEdit edit = people.forEditingPerson(id).orElseThrow(NotFoundException::new);
    if (edit.state().trashed()) {
      throw new NotFoundException();
    }
    return edit;
  }

  private String picker(PersonEdit merged, String q, String page) {
    var query = lists.query(q, "name", page, "name", List.of("name"));
    models.put("merged", merged);
    models.put("query", query);
    models.put("candidates", query.text().isEmpty() ? null : people.adminPeople(query));
    return "admin/people/merge.html";
  }

  private String confirmation(PersonEdit merged, PersonEdit kept, String problem) {
    Map<Long, PersonLinks> links = people.links(List.of(merged.person().id(), kept.person().id()));
    models.put("merged", merged);
    models.put("kept", kept);
    models.put("mergedLinks", links.get(merged.person().id()));
    models.put("keptLinks", links.get(kept.person().id()));
    models.put("problem", problem);
    List<String> names = new ArrayList<>();
    names.add(merged.person().name());
    if (merged.person().nativeName() != null) {
      names.add(merged.person().nativeName());
    }
    names.addAll(merged.person().aliases());
    models.put("names", names.stream().distinct().toList());
    return "admin/people/merge-confirm.html";
  }

  private static Long parse(String id) {
    try {
      return id == null ? null : Long.valueOf(id.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
