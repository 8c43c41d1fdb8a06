package org.summitry.curation.boundary;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.summitry.curation.control.FormErrors;
import org.summitry.curation.control.Guard;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.EditedEntry;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.InvalidField;
import org.summitry.platform.boundary.Messages;

/**
 * The pages every kind of entry has in the back office, written once: the list, the edit page, the
 * workflow buttons (publish, unpublish, trash, restore), history, the comparison of two revisions,
 * restoring a revision, the kind's trash and the purge. Each editor extends it under its own path
 * (JAX-RS inherits the paths of these methods) and says only what is its own: its {@link
 * EntryDesk.Kind}, the {@link EntryDesk.Entries} through which its facade finds, lists, steps and
 * purges them, how its form holds a snapshot, and how the form is drawn and saved.
 *
 * @param <T> the entry as the component's facade gives it for editing
 * @param <F> the editor's form, every value kept as typed
 */
@Controller
public abstract class EntryEditor<T extends EditedEntry, F extends EditedForm> {

  @Inject Models models;
  @Inject Guard guard;
  @Inject Journal journal;
  @Inject EntryNames names;
  @Inject Lists lists;

  /** The kind of entry this editor edits: its address, journal type and fields' labels. */
  abstract EntryDesk.Kind kind();

  /** How this editor finds, lists, steps and purges its entries through their facade. */
  abstract EntryDesk.Entries<T> entries();

  /**
   * What a curator's list shows besides the entries (the choices of its bulk actions), put in the
   * models; nothing unless an editor says so.
   */
  void listing() {}

  /**
   * The kind's list: drafts and published entries (not the trash), searched with {@code q}, sorted
   * by {@code sort} (a field, {@code -} before it for descending) and a page of {@code page}.
   */
  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(
      @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") String page) {
    guard.require(Guard.CONTRIBUTOR);
    EntryDesk.Kind kind = kind();
    AdminQuery query = lists.query(q, sort, page, kind.sort(), kind.sorts());
    models.put(kind.plural(), entries().list().apply(query));
    models.put("query", query);
    listing();
    return "admin/" + kind.plural() + "/index.html";
  }

  /** A desk for this request, over this kind's entries. */
  EntryDesk<T> desk() {
    return new EntryDesk<>(models, guard, journal, names, kind(), entries());
  }

  /** An empty form, for a new entry. */
  abstract F blankForm();

  /** The form holding a snapshot's {@code fields}. */
  abstract F formOf(Map<String, String> fields);

  /** The form page, with {@code edit} (null for a new entry) and the errors to show. */
  abstract String form(F form, T edit, FormErrors errors);

  /** Checks and saves the form ({@code edit} null for a new entry) and answers as a save does. */
  abstract Response save(T edit, F form, Change change);

  /** Fills in what a conflict page compares that the form does not send itself. */
  void beforeConflict(F form) {}

  /** A facade's save of the editor's draft: the entry's id (null for a new one) and version. */
  @FunctionalInterface
  interface Saving {
    Long save(Long id, Long expectedVersion);
  }

  /**
   * Answers a save: the form again when {@code errors} holds any, else the save through {@code
   * saving} and the entry (or the kind's trash) after it; on a conflict both versions side by side
   * with the form at the saved version; a refusal beside its field, the input kept.
   */
  Response saved(T edit, F form, FormErrors errors, Saving saving, Change change) {
    if (!errors.isEmpty()) {
      return Response.ok(form(form, edit, errors)).build();
    }
    EntryDesk<T> desk = desk();
    try {
      Long expected = edit == null ? null : Versions.parse(form.version);
      Long id = saving.save(edit == null ? null : desk.id(edit), expected);
      return desk.saved(id, change);
    } catch (EditConflict conflict) {
      beforeConflict(form);
      T current = desk.conflict(edit, form.fields());
      form.version = Long.toString(conflict.currentVersion());
      return Response.status(Response.Status.CONFLICT).entity(form(form, current, errors)).build();
    } catch (InvalidField invalid) {
      errors.add(invalid.field(), invalid.message(Messages.locale()));
      return Response.ok(form(form, edit, errors)).build();
    }
  }

  /** The entry's form at its current version. */
  private F formAt(EntryDesk<T> desk, T edit, Map<String, String> fields) {
    F form = formOf(fields);
    form.version = Long.toString(desk.version(edit));
    return form;
  }

  /** A warning for the purge's confirmation page (what will lose a link), or null. */
  String purgeWarning(T edit) {
    return null;
  }

  @GET
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public String create() {
    guard.require(Guard.CONTRIBUTOR);
    return form(blankForm(), null, new FormErrors(Map.of()));
  }

  @POST
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public Response create(@BeanParam F form) {
    guard.require(Guard.CONTRIBUTOR);
    return save(null, form, Change.CREATED);
  }

  @POST
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public Response update(@PathParam("id") long id, @BeanParam F form) {
    return save(desk().editable(id), form, Change.UPDATED);
  }

  @GET
  @Path("{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public String edit(@PathParam("id") long id, @QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    EntryDesk<T> desk = desk();
    T edit = desk.find(id);
    models.put("done", done);
    return form(formAt(desk, edit, desk.fields(edit)), edit, new FormErrors(Map.of()));
  }

  @POST
  @Path("{id: \\d+}/{change: publish|unpublish|trash|restore}")
  public Response change(@PathParam("id") long id, @PathParam("change") String change) {
    EntryDesk<T> desk = desk();
    try {
      return desk.change(id, change);
    } catch (InvalidField refused) {
      T edit = desk.find(id);
      FormErrors errors = new FormErrors(Map.of());
      errors.add(refused.field(), refused.message(Messages.locale()));
      return Response.ok(form(formAt(desk, edit, desk.fields(edit)), edit, errors)).build();
    }
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
    EntryDesk<T> desk = desk();
    T edit = desk.editable(id);
    Revision old = desk.revision(id, revision);
    return save(edit, formAt(desk, edit, old.fields()), Change.REVERTED);
  }

  /** The kind's entries in the trash, for curators to restore and admins to purge. */
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
    EntryDesk<T> desk = desk();
    T edit = desk.trashed(id);
    String page = desk.confirmPurge(edit, null);
    String warning = purgeWarning(edit);
    if (warning != null) {
      models.put("warning", warning);
    }
    return page;
  }

  @POST
  @Path("{id: \\d+}/purge")
  @Produces("text/html;charset=UTF-8")
  public Response purge(@PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    EntryDesk<T> desk = desk();
    T edit = desk.trashed(id);
    try {
      return desk.purge(edit);
    } catch (InvalidField stillNamed) {
      return Response.status(Response.Status.CONFLICT)
          .entity(desk.confirmPurge(edit, stillNamed.message(Messages.locale())))
          .build();
    }
  }
}
