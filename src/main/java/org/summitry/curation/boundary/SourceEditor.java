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
    SourceEdit edit = sources.forEditing(id).orElseThrow(NotFoundException::new);
    SourceForm form = SourceForm.of(edit.fields());
    form.version = Long.toString(edit.state().version());
    models.put("done", done);
    return form(form, edit, new FormErrors(Map.of()));
  }

  @POST
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public Response update(@PathParam("id") long id, @BeanParam SourceForm form) {
    SourceEdit edit = sources.forEditing(id).orElseThrow(NotFoundException::new);
    guard.requireEditable(edit.state().published());
    return save(edit, form, Change.UPDATED);
  }

  @POST
  @Path("{id: \\d+}/{change: publish|unpublish|trash|restore}")
  public Response change(@PathParam("id") long id, @PathParam("change") String change) {
    guard.require(Guard.CURATOR);
    SourceEdit edit = sources.forEditing(id).orElseThrow(NotFoundException::new);
    Change what = Workflow.change(change);
    sources.change(edit.source().id(), what, guard.caller());
    return Response.seeOther(URI.create(Workflow.target("admin/sources", id, what, change)))
        .build();
  }

  @GET
  @Path("{id: \\d+}/history")
  @Produces("text/html;charset=UTF-8")
  public String history(@PathParam("id") long id) {
    guard.require(Guard.CONTRIBUTOR);
    SourceEdit edit = sources.forEditing(id).orElseThrow(NotFoundException::new);
    models.put("entryTitle", edit.source().title());
    models.put("base", "/admin/sources/" + id);
    Revisions.putHistory(
        models, journal.history(EntryType.SOURCE.name(), id), names, LABELS, KINDS);
    return "admin/history.html";
  }

  @GET
  @Path("{id: \\d+}/diff")
  @Produces("text/html;charset=UTF-8")
  public String diff(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    guard.require(Guard.CONTRIBUTOR);
    SourceEdit edit = sources.forEditing(id).orElseThrow(NotFoundException::new);
    models.put("entryTitle", edit.source().title());
    models.put("base", "/admin/sources/" + id);
    Revisions.putDiff(models, journal, names, EntryType.SOURCE, id, from, to, LABELS, KINDS);
    return "admin/diff.html";
  }

  @POST
  @Path("{id: \\d+}/revisions/{revision: \\d+}/restore")
  @Produces("text/html;charset=UTF-8")
  public Response restore(@PathParam("id") long id, @PathParam("revision") long revision) {
    SourceEdit edit = sources.forEditing(id).orElseThrow(NotFoundException::new);
    guard.requireEditable(edit.state().published());
    Revision old = Revisions.of(journal, EntryType.SOURCE, id, revision);
    SourceForm form = SourceForm.of(old.fields());
    form.version = Long.toString(edit.state().version());
    return save(edit, form, Change.REVERTED);
  }

  /** The sources in the trash, for curators to restore and admins to purge. */
  @GET
  @Path("trash")
  @Produces("text/html;charset=UTF-8")
  public String trash(@QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    models.put("heading", Messages.get("admin.sources.trash"));
    models.put("base", "/admin/sources");
    models.put(
        "rows",
        sources.trash().stream()
            .map(s -> new Trashed(s.source().id(), s.source().title(), s.state().deletedAt()))
            .toList());
    models.put("done", done);
    return "admin/kind-trash.html";
  }

  @GET
  @Path("{id: \\d+}/purge")
  @Produces("text/html;charset=UTF-8")
  public String confirmPurge(@PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    SourceEdit edit = trashed(id);
    long citations = sources.citations(id);
    Workflow.putPurge(models, edit.source().title(), "/admin/sources/" + id, null);
    if (citations > 0) {
      models.put("warning", Messages.get("admin.sources.purge.cited", citations));
    }
    return "admin/confirm-delete.html";
  }

  @POST
  @Path("{id: \\d+}/purge")
  @Produces("text/html;charset=UTF-8")
  public Response purge(@PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    SourceEdit edit = trashed(id);
    sources.purge(edit.source().id(), guard.caller());
    return Response.seeOther(URI.create("admin/sources/trash?done=purged")).build();
  }

  private SourceEdit trashed(long id) {
    return sources
        .forEditing(id)
        .filter(p -> p.state().trashed())
        .orElseThrow(NotFoundException::new);
  }

  private Response save(SourceEdit edit, SourceForm form, Change change) {
    FormErrors errors = new FormErrors(Map.of());
    SourceDraft draft =
        new SourceDraft(
            form.publisher == null || form.publisher.isBlank() ? null : form.publisher.strip(),
            form.title == null ? null : form.title.strip(),
            form.url == null || form.url.isBlank() ? null : form.url.strip(),
            form.date == null || form.date.isBlank() ? null : form.date.strip());
    errors.addAll(validator.validate(draft), LABELS);
    if (!errors.isEmpty()) {
      return Response.ok(form(form, edit, errors)).build();
    }
    try {
      Long expected = edit == null ? null : Versions.parse(form.version);
      Long id =
          sources.save(
              edit == null ? null : edit.source().id(), expected, draft, guard.caller(), change);
      return Response.seeOther(URI.create("admin/sources/" + id + "?done=" + Workflow.done(change)))
          .build();
    } catch (EditConflict conflict) {
      SourceEdit current =
          sources.forEditing(edit.source().id()).orElseThrow(NotFoundException::new);
      Revisions.putConflict(
          models,
          form.fields(),
          current.fields(),
          LABELS,
          KINDS,
          names,
          journal,
          EntryType.SOURCE,
          current.source().id());
      form.version = Long.toString(conflict.currentVersion());
      return Response.status(Response.Status.CONFLICT).entity(form(form, current, errors)).build();
    } catch (InvalidField invalid) {
      errors.add(invalid.field(), invalid.getMessage());
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
