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
import org.summitry.kernel.Text;
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
  @Inject WikidataPicks wikidata;

  private EntryDesk<PersonEdit> desk() {
    return new EntryDesk<>(
        models,
        guard,
        journal,
        names,
        "admin/people",
        EntryType.PERSON,
        LABELS,
        KINDS,
        new EntryDesk.Entries<>(
            people::forEditingPerson,
            edit -> edit.person().id(),
            edit -> edit.person().name(),
            PersonEdit::state,
            PersonEdit::fields));
  }

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
    return save(desk().editable(id), form, Change.UPDATED);
  }

  @POST
  @Path("{id: \\d+}/{change: publish|unpublish|trash|restore}")
  public Response change(@PathParam("id") long id, @PathParam("change") String change) {
    return desk().change(id, change, people::changePerson);
  }

  @GET
  @Path("{id: \\d+}/history")
  @Produces("text/html;charset=UTF-8")
  public String history(@PathParam("id") long id) {
    return desk().history(id);
  }

  @GET
  @Path("{id: \\d+}/diff")
  @Produces("text/html;charset=UTF-8")
  public String diff(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return desk().diff(id, from, to);
  }

  @POST
  @Path("{id: \\d+}/revisions/{revision: \\d+}/restore")
  @Produces("text/html;charset=UTF-8")
  public Response restore(@PathParam("id") long id, @PathParam("revision") long revision) {
    EntryDesk<PersonEdit> desk = desk();
    PersonEdit edit = desk.editable(id);
    Revision old = desk.revision(id, revision);
    PersonForm form = PersonForm.of(old.fields());
    form.version = Long.toString(edit.state().version());
    return save(edit, form, Change.REVERTED);
  }

  /** The people in the trash, for curators to restore and admins to purge. */
  @GET
  @Path("trash")
  public Response trash(@QueryParam("done") String done) {
    return desk().trash(done);
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
          .entity(confirmation(edit, stillNamed.message(Messages.locale())))
          .build();
    }
    return desk().purged();
  }

  /** A person's title is an office ("Chairman of State Affairs"), labelled so everywhere. */
  private static Map<String, String> labels() {
    Map<String, String> labels =
        Labels.of(
            "name", "slug", "nativeName", "aliases", "title", "country", "biography", "wikidata");
    labels.put("title", Messages.get("field.office"));
    return labels;
  }

  private PersonEdit trashed(long id) {
    return desk().trashed(id);
  }

  private String confirmation(PersonEdit edit, String problem) {
    return desk().confirmPurge(edit, problem);
  }

  private Response save(PersonEdit edit, PersonForm form, Change change) {
    if (wikidata.handled(form.find, form.pick, form.name, picked -> form.wikidata = picked)) {
      return Response.ok(form(form, edit, new FormErrors(Map.of()))).build();
    }
    FormErrors errors = new FormErrors(Map.of("countryCode", "country", "wikidataId", "wikidata"));
    String country = Text.strippedOrNull(form.country);
    if (country != null && people.anyCountry(country).isEmpty()) {
      errors.add("country", Messages.get("form.error.country"));
    }
    PersonDraft draft =
        new PersonDraft(
            Text.strippedOrNull(form.slug),
            form.name == null ? null : form.name.strip(),
            Text.strippedOrNull(form.nativeName),
            form.aliasList(),
            form.title,
            errors.asMap().containsKey("country") ? null : country,
            form.biography,
            form.wikidata);
    errors.addAll(validator.validate(draft), LABELS);
    if (!errors.isEmpty()) {
      return Response.ok(form(form, edit, errors)).build();
    }
    EntryDesk<PersonEdit> desk = desk();
    try {
      Long expected = edit == null ? null : Versions.parse(form.version);
      Long id =
          people.savePerson(
              edit == null ? null : edit.person().id(), expected, draft, guard.caller(), change);
      return desk.saved(id, change);
    } catch (EditConflict conflict) {
      PersonEdit current = desk.conflict(edit, form.fields());
      form.version = Long.toString(conflict.currentVersion());
      return Response.status(Response.Status.CONFLICT).entity(form(form, current, errors)).build();
    } catch (InvalidField invalid) {
      errors.add(invalid.field(), invalid.message(Messages.locale()));
      return Response.ok(form(form, edit, errors)).build();
    }
  }

  private String form(PersonForm form, PersonEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    models.put("countries", people.pickableCountries());
    wikidata.offer();
    return "admin/people/form.html";
  }
}
