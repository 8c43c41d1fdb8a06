package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.summitry.platform.boundary.Messages;
import org.summitry.sources.boundary.SourceDraft;
import org.summitry.sources.boundary.Sources;
import org.summitry.sources.boundary.Sources.SourceEdit;

/** The back office's sources: list, create, edit, publish, trash, history, restore and purge. */
@Controller
@Path("admin/sources")
@RequestScoped
public class SourceEditor {

  private static final Map<String, String> LABELS = Labels.of("publisher", "title", "url", "date");

  private static final Map<String, FieldKind> KINDS = Sources.JOURNAL_FIELDS;

  @Inject Models models;
  @Inject EntryNames names;
  @Inject Guard guard;
  @Inject Sources sources;
  @Inject Journal journal;
  @Inject Validator validator;
  @Inject Lists lists;

  private EntryDesk<SourceEdit> desk() {
    return new EntryDesk<>(
        models,
        guard,
        journal,
        names,
        "admin/sources",
        EntryType.SOURCE,
        LABELS,
        KINDS,
        new EntryDesk.Entries<>(
            sources::forEditing,
            edit -> edit.source().id(),
            edit -> edit.source().title(),
            SourceEdit::state,
            SourceEdit::fields));
  }

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(
      @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") String page) {
    guard.require(Guard.CONTRIBUTOR);
    var query =
        lists.query(q, sort, page, "updated", List.of("title", "publisher", "date", "updated"));
    models.put("sources", sources.adminList(query));
    models.put("query", query);
    return "admin/sources/index.html";
  }

  @GET
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public String create() {
    guard.require(Guard.CONTRIBUTOR);
    return form(new SourceForm(), null, new FormErrors(Map.of()));
  }

  @POST
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public Response create(@BeanParam SourceForm form) {
    guard.require(Guard.CONTRIBUTOR);
    return save(null, form, Change.CREATED);
  }

  @GET
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public String edit(@PathParam("id") long id, @QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    SourceEdit edit = desk().find(id);
    SourceForm form = SourceForm.of(edit.fields());
    form.version = Long.toString(edit.state().version());
    models.put("done", done);
    return form(form, edit, new FormErrors(Map.of()));
  }

  @POST
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public Response update(@PathParam("id") long id, @BeanParam SourceForm form) {
    return save(desk().editable(id), form, Change.UPDATED);
  }

  @POST
  @Path("{id: \\d+}/{change: publish|unpublish|trash|restore}")
  public Response change(@PathParam("id") long id, @PathParam("change") String change) {
    return desk().change(id, change, sources::change);
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
    EntryDesk<SourceEdit> desk = desk();
    SourceEdit edit = desk.editable(id);
    Revision old = desk.revision(id, revision);
    SourceForm form = SourceForm.of(old.fields());
    form.version = Long.toString(edit.state().version());
    return save(edit, form, Change.REVERTED);
  }

  /** The sources in the trash, for curators to restore and admins to purge. */
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
    EntryDesk<SourceEdit> desk = desk();
    SourceEdit edit = desk.trashed(id);
    long citations = sources.citations(id);
    String page = desk.confirmPurge(edit, null);
    if (citations > 0) {
      models.put("warning", Messages.get("admin.sources.purge.cited", citations));
    }
    return page;
  }

  @POST
  @Path("{id: \\d+}/purge")
  @Produces("text/html;charset=UTF-8")
  public Response purge(@PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    EntryDesk<SourceEdit> desk = desk();
    sources.purge(desk.trashed(id).source().id(), guard.caller());
    return desk.purged();
  }

  private Response save(SourceEdit edit, SourceForm form, Change change) {
    FormErrors errors = new FormErrors(Map.of());
    SourceDraft draft =
        new SourceDraft(
            Text.strippedOrNull(form.publisher),
            form.title == null ? null : form.title.strip(),
            Text.strippedOrNull(form.url),
            Text.strippedOrNull(form.date));
    errors.addAll(validator.validate(draft), LABELS);
    if (!errors.isEmpty()) {
      return Response.ok(form(form, edit, errors)).build();
    }
    EntryDesk<SourceEdit> desk = desk();
    try {
      Long expected = edit == null ? null : Versions.parse(form.version);
      Long id =
          sources.save(
              edit == null ? null : edit.source().id(), expected, draft, guard.caller(), change);
      return desk.saved(id, change);
    } catch (EditConflict conflict) {
      SourceEdit current = desk.conflict(edit, form.fields());
      form.version = Long.toString(conflict.currentVersion());
      return Response.status(Response.Status.CONFLICT).entity(form(form, current, errors)).build();
    } catch (InvalidField invalid) {
      errors.add(invalid.field(), invalid.message(Messages.locale()));
      return Response.ok(form(form, edit, errors)).build();
    }
  }

  private String form(SourceForm form, SourceEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    models.put("datePreview", DatePreview.of(form.date));
    return "admin/sources/form.html";
  }
}
