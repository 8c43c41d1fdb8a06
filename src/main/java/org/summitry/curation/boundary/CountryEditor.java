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
import org.summitry.people.boundary.CountryDraft;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.People.CountryEdit;
import org.summitry.platform.boundary.Messages;

/** The back office's countries: list, create, rename, publish, trash, history, restore, purge. */
@Controller
@Path("admin/countries")
@RequestScoped
public class CountryEditor {

  private static final Map<String, String> LABELS = Labels.of("code", "name", "wikidata");

  private static final Map<String, FieldKind> KINDS = People.COUNTRY_FIELDS;

  @Inject Models models;
  @Inject EntryNames names;
  @Inject Guard guard;
  @Inject People people;
  @Inject Journal journal;
  @Inject Validator validator;
  @Inject WikidataPicks wikidata;
  @Inject Lists lists;

  private EntryDesk<CountryEdit> desk() {
    return new EntryDesk<>(
        models,
        guard,
        journal,
        names,
        "admin/countries",
        EntryType.COUNTRY,
        LABELS,
        KINDS,
        new EntryDesk.Entries<>(
            people::forEditingCountry,
            edit -> edit.country().id(),
            edit -> edit.country().name(),
            CountryEdit::state,
            CountryEdit::fields));
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
            List.of("name", "code", "updated"));
    models.put("countries", people.adminCountries(query));
    models.put("query", query);
    return "admin/countries/index.html";
  }

  @GET
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public String create() {
    guard.require(Guard.CONTRIBUTOR);
    return form(new CountryForm(), null, new FormErrors(Map.of()));
  }

  @POST
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public Response create(@BeanParam CountryForm form) {
    guard.require(Guard.CONTRIBUTOR);
    return save(null, form, Change.CREATED);
  }

  @GET
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public String edit(@PathParam("id") long id, @QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    CountryEdit edit = people.forEditingCountry(id).orElseThrow(NotFoundException::new);
    CountryForm form = CountryForm.of(edit.fields());
    form.version = Long.toString(edit.state().version());
    models.put("done", done);
    return form(form, edit, new FormErrors(Map.of()));
  }

  @POST
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public Response update(@PathParam("id") long id, @BeanParam CountryForm form) {
    return save(desk().editable(id), form, Change.UPDATED);
  }

  @POST
  @Path("{id: \\d+}/{change: publish|unpublish|trash|restore}")
  public Response change(@PathParam("id") long id, @PathParam("change") String change) {
    return desk().change(id, change, people::changeCountry);
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
    EntryDesk<CountryEdit> desk = desk();
    CountryEdit edit = desk.editable(id);
    Revision old = desk.revision(id, revision);
    CountryForm form = CountryForm.of(old.fields());
    form.version = Long.toString(edit.state().version());
    return save(edit, form, Change.REVERTED);
  }

  /** The countries in the trash, for curators to restore and admins to purge. */
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
    CountryEdit edit = trashed(id);
    try {
      people.purgeCountry(id, guard.caller());
    } catch (InvalidField stillNamed) {
      return Response.status(Response.Status.CONFLICT)
          .entity(confirmation(edit, stillNamed.message(Messages.locale())))
          .build();
    }
    return desk().purged();
  }

  private CountryEdit trashed(long id) {
    return desk().trashed(id);
  }

  private String confirmation(CountryEdit edit, String problem) {
    return desk().confirmPurge(edit, problem);
  }

  private Response save(CountryEdit edit, CountryForm form, Change change) {
    if (wikidata.handled(form.find, form.pick, form.name, picked -> form.wikidata = picked)) {
      return Response.ok(form(form, edit, new FormErrors(Map.of()))).build();
    }
    FormErrors errors = new FormErrors(Map.of("wikidataId", "wikidata"));
    CountryDraft draft =
        new CountryDraft(
            edit != null ? edit.country().code() : form.code == null ? null : form.code.strip(),
            form.name == null ? null : form.name.strip(),
            form.wikidata);
    errors.addAll(validator.validate(draft), LABELS);
    if (!errors.isEmpty()) {
      return Response.ok(form(form, edit, errors)).build();
    }
    EntryDesk<CountryEdit> desk = desk();
    try {
      Long expected = edit == null ? null : Versions.parse(form.version);
      Long id =
          people.saveCountry(
              edit == null ? null : edit.country().id(), expected, draft, guard.caller(), change);
      return desk.saved(id, change);
    } catch (EditConflict conflict) {
      CountryEdit current = desk.conflict(edit, form.fields());
      form.version = Long.toString(conflict.currentVersion());
      return Response.status(Response.Status.CONFLICT).entity(form(form, current, errors)).build();
    } catch (InvalidField invalid) {
      errors.add(invalid.field(), invalid.message(Messages.locale()));
      return Response.ok(form(form, edit, errors)).build();
    }
  }

  private String form(CountryForm form, CountryEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    wikidata.offer();
    return "admin/countries/form.html";
  }
}
