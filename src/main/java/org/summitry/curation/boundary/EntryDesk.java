package org.summitry.curation.boundary;

import jakarta.mvc.Models;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.summitry.curation.control.Guard;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.EditedEntry;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.JournaledEntries;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.EntryState;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Page;

/**
 * What every back-office editor of an entry does the same way, whatever the kind: find the entry or
 * answer 404, check who may change it, run a workflow button, show its history and compare two
 * revisions, pick a revision to restore, list the kind's trash, confirm a purge, and answer a save
 * (the entry again, or both versions side by side on a conflict). An editor keeps its paths, its
 * form and the draft it builds from it; it makes one desk per request.
 *
 * @param <T> the entry as the component's facade gives it for editing (its view, its {@link
 *     EntryState} and its journal fields)
 */
final class EntryDesk<T extends EditedEntry> {

  /**
   * How an editor reaches its kind's entries through the facade: finds one for editing, reads its
   * id and title, lists them, runs a workflow step (publish, unpublish, trash or restore) and
   * purges one.
   */
  record Entries<T extends EditedEntry>(
      LongFunction<Optional<T>> find,
      Function<T, Long> id,
      Function<T, String> title,
      Function<AdminQuery, Page<T>> list,
      Step step,
      Purge purge) {

    /** The entries of a journaled kind, found, listed, stepped and purged by its facade. */
    static <T extends EditedEntry> Entries<T> of(
        JournaledEntries<?, T> facade, Function<T, Long> id, Function<T, String> title) {
      return new Entries<>(
          facade::forEditing, id, title, facade::adminList, facade::change, facade::purge);
    }
  }

  /** A facade's workflow step: publish, unpublish, trash or restore one entry. */
  @FunctionalInterface
  interface Step {
    void apply(Long id, Change change, String actor);
  }

  /**
   * A facade's purge of one trashed entry.
   *
   * @throws org.summitry.kernel.InvalidField when something still names it
   */
  @FunctionalInterface
  interface Purge {
    void apply(Long id, String actor);
  }

  /**
   * A kind of entry as the back office shows it: its address (such as {@code admin/sources}), its
   * type in the journal, its journal fields' labels and kinds for history and comparisons, and how
   * its list sorts: first by {@code sort} ({@code -date}: newest first, {@code name}: A to Z), or
   * by one of {@code sorts} when asked.
   */
  record Kind(
      String base,
      EntryType type,
      Map<String, String> labels,
      Map<String, FieldKind> kinds,
      String sort,
      List<String> sorts) {

    /** A kind whose list is not the back office's common one (photos: the gallery). */
    Kind(String base, EntryType type, Map<String, String> labels, Map<String, FieldKind> kinds) {
      this(base, type, labels, kinds, "-updated", List.of("updated"));
    }

    /** The list's model name and template folder, the last word of the address: {@code gifts}. */
    String plural() {
      return base.substring(base.lastIndexOf('/') + 1);
    }
  }

  private final Models models;
  private final Guard guard;
  private final Journal journal;
  private final EntryNames names;
  private final Kind kind;
  private final Entries<T> entries;

  EntryDesk(
      Models models,
      Guard guard,
      Journal journal,
      EntryNames names,
      Kind kind,
      Entries<T> entries) {
    this.models = models;
    this.guard = guard;
    this.journal = journal;
    this.names = names;
    this.kind = kind;
    this.entries = entries;
  }

  /** The entry's id. */
  Long id(T edit) {
    return entries.id().apply(edit);
  }

  /** The entry's fields as the journal records them. */
  Map<String, String> fields(T edit) {
    return edit.fields();
  }

  /** The entry's version, which a save must start from. */
  long version(T edit) {
    return edit.state().version();
  }

  /** The entry, in any state; 404 when there is none. */
  T find(long id) {
    return entries.find().apply(id).orElseThrow(NotFoundException::new);
  }

  /** The entry, for a caller who may change it in its present state (a contributor, a draft). */
  T editable(long id) {
    T edit = find(id);
    guard.requireEditable(edit.state().published());
    return edit;
  }

  /** The entry if it is in the trash; 404 otherwise, so nothing outside the trash is purged. */
  T trashed(long id) {
    return entries
        .find()
        .apply(id)
        .filter(edit -> edit.state().trashed())
        .orElseThrow(NotFoundException::new);
  }

  /** Runs a workflow button for a curator and sends them where it leads. */
  Response change(long id, String button) {
    guard.require(Guard.CURATOR);
    T edit = find(id);
    Change what = Workflow.change(button);
    entries.step().apply(entries.id().apply(edit), what, guard.caller());
    return Response.seeOther(URI.create(Workflow.target(kind.base(), id, what, button))).build();
  }

  /** The entry's history page. */
  String history(long id) {
    guard.require(Guard.CONTRIBUTOR);
    T edit = find(id);
    putEntry(edit, id);
    Revisions.putHistory(
        models, journal.history(kind.type().name(), id), names, kind.labels(), kind.kinds());
    return "admin/history.html";
  }

  /** The page comparing two revisions of the entry, the last two unless others are asked for. */
  String diff(long id, String from, String to) {
    guard.require(Guard.CONTRIBUTOR);
    T edit = find(id);
    putEntry(edit, id);
    Revisions.putDiff(
        models, journal, names, kind.type(), id, from, to, kind.labels(), kind.kinds());
    return "admin/diff.html";
  }

  /** A revision of this entry, to be restored; 404 when it is not one. */
  Revision revision(long id, long revision) {
    return Revisions.of(journal, kind.type(), id, revision);
  }

  /** The kind's trash, which is the one trash page showing this kind only, for its contributors. */
  Response trash(String done) {
    guard.require(Guard.CONTRIBUTOR);
    return Response.seeOther(URI.create(Workflow.trash(kind.base(), done))).build();
  }

  /** The page asking an admin to confirm the purge, with what stands in its way, if anything. */
  String confirmPurge(T edit, String problem) {
    Workflow.putPurge(
        models,
        entries.title().apply(edit),
        "/" + kind.base() + "/" + entries.id().apply(edit),
        problem);
    return "admin/confirm-delete.html";
  }

  /**
   * Purges a trashed entry for an admin (the caller checks) and sends them to the kind's trash.
   *
   * @throws org.summitry.kernel.InvalidField when something still names it
   */
  Response purge(T edit) {
    entries.purge().apply(entries.id().apply(edit), guard.caller());
    return purged();
  }

  /** Back to the trash after a purge. */
  Response purged() {
    return Response.seeOther(URI.create(Workflow.trash(kind.base(), "purged"))).build();
  }

  /** To the saved entry, with the notice of what the save did. */
  Response saved(Long id, Change change) {
    return Response.seeOther(URI.create(kind.base() + "/" + id + "?done=" + Workflow.done(change)))
        .build();
  }

  /**
   * The entry as saved now, read after an edit conflict, with what the editor sent beside it in the
   * model for the conflict page.
   */
  T conflict(T edit, Map<String, String> sent) {
    T current = find(entries.id().apply(edit));
    Revisions.putConflict(
        models,
        sent,
        current.fields(),
        kind.labels(),
        kind.kinds(),
        names,
        journal,
        kind.type(),
        entries.id().apply(current));
    return current;
  }

  private void putEntry(T edit, long id) {
    models.put("entryTitle", entries.title().apply(edit));
    models.put("base", "/" + kind.base() + "/" + id);
  }
}
