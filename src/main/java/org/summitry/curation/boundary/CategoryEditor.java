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
import org.summitry.gifts.boundary.CategoryDraft;
import org.summitry.gifts.boundary.GiftCategories;
import org.summitry.gifts.boundary.GiftCategories.CategoryEdit;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Text;
import org.summitry.platform.boundary.Messages;

/**
 * The back office's gift categories: list, add, rename, history and restore, and removal of a
 * category no gift uses. The vocabulary is the curators': contributors see it, curators change it.
 */
@Controller
@Path("admin/categories")
@RequestScoped
public class CategoryEditor {

  private static final Map<String, String> LABELS = Labels.of("name", "slug");

  private static final Map<String, FieldKind> KINDS = Map.of();

  @Inject Models models;
  @Inject EntryNames names;
  @Inject Guard guard;
  @Inject GiftCategories categories;
  @Inject Journal journal;
  @Inject Validator validator;
  @Inject Lists lists;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(
      @QueryParam("q") String q,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    var query = lists.query(q, sort, page, "name", List.of("name", "slug"));
    models.put("categories", categories.adminList(query));
    models.put("query", query);
    models.put("done", done);
    return "admin/categories/index.html";
  }

  @GET
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public String create() {
    guard.require(Guard.CURATOR);
    return form(new CategoryForm(), null, new FormErrors(Map.of()));
  }

  @POST
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public Response create(@BeanParam CategoryForm form) {
    guard.require(Guard.CURATOR);
    return save(null, form, Change.CREATED);
  }

  @GET
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public String edit(@PathParam("id") long id, @QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    CategoryEdit edit = categories.forEditing(id).orElseThrow(NotFoundException::new);
    CategoryForm form = CategoryForm.of(edit.fields());
    form.version = Long.toString(edit.version());
    models.put("done", done);
    return form(form, edit, new FormErrors(Map.of()));
  }

  @POST
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public Response update(@PathParam("id") long id, @BeanParam CategoryForm form) {
    guard.require(Guard.CURATOR);
    CategoryEdit edit = categories.forEditing(id).orElseThrow(NotFoundException::new);
    return save(edit, form, Change.UPDATED);
  }

  @GET
  @Path("{id: \\d+}/history")
  @Produces("text/html;charset=UTF-8")
  public String history(@PathParam("id") long id) {
    guard.require(Guard.CONTRIBUTOR);
    CategoryEdit edit = categories.forEditing(id).orElseThrow(NotFoundException::new);
    models.put("entryTitle", edit.category().name());
    models.put("base", "/admin/categories/" + id);
    Revisions.putHistory(
        models, journal.history(GiftCategories.JOURNAL_TYPE, id), names, LABELS, KINDS);
    return "admin/history.html";
  }

  @GET
  @Path("{id: \\d+}/diff")
  @Produces("text/html;charset=UTF-8")
  public String diff(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    guard.require(Guard.CONTRIBUTOR);
    CategoryEdit edit = categories.forEditing(id).orElseThrow(NotFoundException::new);
    models.put("entryTitle", edit.category().name());
    models.put("base", "/admin/categories/" + id);
    Revisions.putDiff(
        models, journal, names, GiftCategories.JOURNAL_TYPE, id, from, to, LABELS, KINDS);
    return "admin/diff.html";
  }

  @POST
  @Path("{id: \\d+}/revisions/{revision: \\d+}/restore")
  @Produces("text/html;charset=UTF-8")
  public Response restore(@PathParam("id") long id, @PathParam("revision") long revision) {
    guard.require(Guard.CURATOR);
    CategoryEdit edit = categories.forEditing(id).orElseThrow(NotFoundException::new);
    Revision old = Revisions.of(journal, GiftCategories.JOURNAL_TYPE, id, revision);
    CategoryForm form = CategoryForm.of(old.fields());
    form.version = Long.toString(edit.version());
    return save(edit, form, Change.REVERTED);
  }

  @GET
  @Path("{id: \\d+}/delete")
  @Produces("text/html;charset=UTF-8")
  public String confirmDelete(@PathParam("id") long id) {
    guard.require(Guard.CURATOR);
    CategoryEdit edit = categories.forEditing(id).orElseThrow(NotFoundException::new);
    return confirmation(edit, null);
  }

  @POST
  @Path("{id: \\d+}/delete")
  @Produces("text/html;charset=UTF-8")
  public Response delete(@PathParam("id") long id) {
    guard.require(Guard.CURATOR);
    CategoryEdit edit = categories.forEditing(id).orElseThrow(NotFoundException::new);
    try {
      categories.delete(id, guard.caller());
    } catch (InvalidField inUse) {
      return Response.status(Response.Status.CONFLICT)
          .entity(confirmation(edit, inUse.message(Messages.locale())))
          .build();
    }
    return Response.seeOther(URI.create("admin/categories?done=deleted")).build();
  }

  private String confirmation(CategoryEdit edit, String problem) {
    String entry = "/admin/categories/" + edit.category().id();
    models.put("heading", Messages.get("admin.categories.delete.title", edit.category().name()));
    models.put(
        "warning",
        edit.gifts() > 0
            ? Messages.get("admin.categories.delete.inUse", edit.gifts())
            : Messages.get("admin.categories.delete.warning"));
    models.put("action", entry + "/delete");
    models.put("confirm", Messages.get("admin.categories.delete.confirm"));
    models.put("back", entry);
    models.put("cancel", Messages.get("admin.categories.delete.cancel"));
    models.put("problem", problem);
    models.put("refused", edit.gifts() > 0);
    return "admin/confirm-delete.html";
  }

  private Response save(CategoryEdit edit, CategoryForm form, Change change) {
    FormErrors errors = new FormErrors(Map.of());
    CategoryDraft draft =
        new CategoryDraft(
            Text.strippedOrNull(form.slug), form.name == null ? null : form.name.strip());
    errors.addAll(validator.validate(draft), LABELS);
    if (!errors.isEmpty()) {
      return Response.ok(form(form, edit, errors)).build();
    }
    try {
      Long expected = edit == null ? null : Versions.parse(form.version);
      Long id =
          categories.save(
              edit == null ? null : edit.category().id(), expected, draft, guard.caller(), change);
      return Response.seeOther(
              URI.create(
                  "admin/categories/"
                      + id
                      + "?done="
                      + (change == Change.CREATED ? "added" : Workflow.done(change))))
          .build();
    } catch (EditConflict conflict) {
      CategoryEdit current =
          categories.forEditing(edit.category().id()).orElseThrow(NotFoundException::new);
      Revisions.putConflict(
          models,
          form.fields(),
          current.fields(),
          LABELS,
          KINDS,
          names,
          journal,
          GiftCategories.JOURNAL_TYPE,
          current.category().id());
      form.version = Long.toString(conflict.currentVersion());
      return Response.status(Response.Status.CONFLICT).entity(form(form, current, errors)).build();
    } catch (InvalidField invalid) {
      errors.add(invalid.field(), invalid.message(Messages.locale()));
      return Response.ok(form(form, edit, errors)).build();
    }
  }

  private String form(CategoryForm form, CategoryEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    return "admin/categories/form.html";
  }
}
