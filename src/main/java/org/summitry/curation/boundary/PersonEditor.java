package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.summitry.curation.control.FormErrors;
import org.summitry.curation.control.Guard;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.InvalidField;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.People.PersonEdit;
import org.summitry.people.boundary.PersonDraft;
import org.summitry.platform.boundary.Messages;

/** The back office's people: list, create, edit, publish, trash, history, restore and purge. */
@Controller
@Path("admin/people")
@RequestScoped
public class PersonEditor {

  private static final Map<String, String> LABELS = labels();

  private static final Map<String, FieldKind> KINDS = People.PERSON_FIELDS;

  @Inject Models models;
  @Inject EntryNames names;
  @Inject Guard guard;
  @Inject People people;
  @Inject Journal journal;
  @Inject Validator validator;
  @Inject Lists lists;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(
      @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") String page) {
    guard.require(Guard.CONTRIBUTOR);
    var query =
        lists.query(
            q,
            sort == null || sort.isBlank() ? "name" : sort,
            page,
            "name",
            List.of("name", "updated"));
    models.put("people", people.adminPeople(query));
    models.put("query", query);
    return "admin/people/index.html";
  }

  @GET
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public String create() {
    guard.require(Guard.CONTRIBUTOR);
    return form(new PersonForm(), null, new FormErrors(Map.of()));
  }

  @POST
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public Response create(@BeanParam PersonForm form) {
    guard.require(Guard.CONTRIBUTOR);
    return save(null, form, Change.CREATED);
  }

  @GET
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public String edit(@PathParam("id") long id, @QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    PersonEdit edit = people.forEditingPerson(id).orElseThrow(NotFoundException::new);
    PersonForm form = PersonForm.of(edit.fields());
    form.version = Long.toString(edit.state().version());
    models.put("done", done);
    return form(form, edit, new FormErrors(Map.of()));
  }

  @POST
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public Response update(@PathParam("id") long id, @BeanParam PersonForm form) {
    PersonEdit edit = people.forEditingPerson(id).orElseThrow(NotFoundException::new);
    guard.requireEditable(edit.state().published());
    return save(edit, form, Change.UPDATED);
  }

  @POST
  @Path("{id: \\d+}/{change: publish|unpublish|trash|restore}")
  public Response change(@PathParam("id") long id, @PathParam("change") String change) {
    guard.require(Guard.CURATOR);
    PersonEdit edit = people.forEditingPerson(id).orElseThrow(NotFoundException::new);
    Change what = Workflow.change(change);
    people.changePerson(edit.person().id(), what, guard.caller());
    return Response.seeOther(URI.create(Workflow.target("admin/people", id, what, change))).build();
  }

  @GET
  @Path("{id: \\d+}/history")
  @Produces("text/html;charset=UTF-8")
  public String history(@PathParam("id") long id) {
    guard.require(Guard.CONTRIBUTOR);
    PersonEdit edit = people.forEditingPerson(id).orElseThrow(NotFoundException::new);
    models.put("entryTitle", edit.person().name());
    models.put("base", "/admin/people/" + id);
    Revisions.putHistory(
        models, journal.history(EntryType.PERSON.name(), id), names, LABELS, KINDS);
    return "admin/history.html";
  }

  @GET
  @Path("{id: \\d+}/diff")
  @Produces("text/html;charset=UTF-8")
  public String diff(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    guard.require(Guard.CONTRIBUTOR);
    PersonEdit edit = people.forEditingPerson(id).orElseThrow(NotFoundException::new);
    models.put("entryTitle", edit.person().name());
    models.put("base", "/admin/people/" + id);
    Revisions.putDiff(models, journal, names, EntryType.PERSON, id, from, to, LABELS, KINDS);
    return "admin/diff.html";
  }

  @POST
  @Path("{id: \\d+}/revisions/{revision: \\d+}/restore")
  @Produces("text/html;charset=UTF-8")
  public Response restore(@PathParam("id") long id, @PathParam("revision") long revision) {
    PersonEdit edit = people.forEditingPerson(id).orElseThrow(NotFoundException::new);
    guard.requireEditable(edit.state().published());
    Revision old = Revisions.of(journal, EntryType.PERSON, id, revision);
    PersonForm form = PersonForm.of(old.fields());
    form.version = Long.toString(edit.state().version());
    return save(edit, form, Change.REVERTED);
  }

  /** The people in the trash, for curators to restore and admins to purge. */
  @GET
  @Path("trash")
  @Produces("text/html;charset=UTF-8")
  public String trash(@QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    models.put("heading", Messages.get("admin.people.trash"));
    models.put("base", "/admin/people");
    models.put(
        "rows",
        people.trashedPeople().stream()
            .map(p -> new Trashed(p.person().id(), p.person().name(), p.state().deletedAt()))
            .toList());
    models.put("done", done);
    return "admin/kind-trash.html";
  }

  @GET
  @Path("{id: \\d+}/purge")
  @Produces("text/html;charset=UTF-8")
  public String confirmPurge(@PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    return confirmation(trashed(id), null);
  }

  @POST
  @Path("{id: \\d+}/purge")
  @Produces("text/html;charset=UTF-8")
  public Response purge(@PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    PersonEdit edit = trashed(id);
    try {
      people.purgePerson(id, guard.caller());
    } catch (InvalidField stillNamed) {
      return Response.status(Response.Status.CONFLICT)
          .entity(confirmation(edit, stillNamed.getMessage()))
          .build();
    }
    return Response.seeOther(URI.create("admin/people/trash?done=purged")).build();
  }

  /** A person's title is an office ("Chairman of State Affairs"), labelled so everywhere. */
  private static Map<String, String> labels() {
    Map<String, String> labels =
        Labels.of("name", "slug", "nativeName", "aliases", "title", "country", "biography");
    labels.put("title", Messages.get("field.office"));
    return labels;
  }

  private PersonEdit trashed(long id) {
    return people
        .forEditingPerson(id)
        .filter(p -> p.state().trashed())
        .orElseThrow(NotFoundException::new);
  }

  private String confirmation(PersonEdit edit, String problem) {
    Workflow.putPurge(models, edit.person().name(), "/admin/people/" + edit.person().id(), problem);
    return "admin/confirm-delete.html";
  }

  private Response save(PersonEdit edit, PersonForm form, Change change) {
    FormErrors errors = new FormErrors(Map.of("countryCode", "country"));
    String country = form.country == null || form.country.isBlank() ? null : form.country.strip();
    if (country != null && people.anyCountry(country).isEmpty()) {
      errors.add("country", Messages.get("form.error.country"));
    }
    PersonDraft draft =
        new PersonDraft(
            form.slug == null || form.slug.isBlank() ? null : form.slug.strip(),
            form.name == null ? null : form.name.strip(),
            form.nativeName == null || form.nativeName.isBlank() ? null : form.nativeName.strip(),
            form.aliasList(),
            form.title,
            errors.asMap().containsKey("country") ? null : country,
            form.biography);
    errors.addAll(validator.validate(draft), LABELS);
    if (!errors.isEmpty()) {
      return Response.ok(form(form, edit, errors)).build();
    }
    try {
      Long expected = edit == null ? null : Versions.parse(form.version);
      Long id =
          people.savePerson(
              edit == null ? null : edit.person().id(), expected, draft, guard.caller(), change);
      return Response.seeOther(URI.create("admin/people/" + id + "?done=" + Workflow.done(change)))
          .build();
    } catch (EditConflict conflict) {
      PersonEdit current =
          people.forEditingPerson(edit.person().id()).orElseThrow(NotFoundException::new);
      Revisions.putConflict(
          models,
          form.fields(),
          current.fields(),
          LABELS,
          KINDS,
          names,
          journal,
          EntryType.PERSON,
          current.person().id());
      form.version = Long.toString(conflict.currentVersion());
      return Response.status(Response.Status.CONFLICT).entity(form(form, current, errors)).build();
    } catch (InvalidField invalid) {
      errors.add(invalid.field(), invalid.getMessage());
      return Response.ok(form(form, edit, errors)).build();
    }
  }

  private String form(PersonForm form, PersonEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    models.put("countries", people.pickableCountries());
    return "admin/people/form.html";
  }
}
