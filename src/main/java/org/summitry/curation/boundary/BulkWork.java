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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.summitry.curation.control.BulkJob;
import org.summitry.curation.control.BulkJobs;
import org.summitry.curation.control.Guard;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.Change;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.EntryState;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.Progress;
import org.summitry.sources.boundary.SourceView;
import org.summitry.sources.boundary.Sources;
import org.summitry.stories.boundary.Stories;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/**
 * Bulk work on the back office's lists: the curator ticks entries (or all that match the list's
 * search, or the whole trash of a kind) and picks what to do; a confirmation page says how many
 * entries and what will happen, and only its button changes anything. Each entry is changed through
 * its component's facade as a single edit would be, in a transaction of its own and with its own
 * journal row, so history, undo, the search index and the page caches follow; an entry that refuses
 * keeps its reason for the summary. Large runs go on in the background behind a progress page
 * ({@link BulkJobs}).
 *
 * <p>Only curators may: every action is one a curator's workflow buttons or edits of published
 * entries do.
 */
@Controller
@Path("admin/bulk")
@RequestScoped
public class BulkWork {

  /** Workflow actions every list offers. */
  static final List<String> WORKFLOW = List.of("publish", "unpublish", "trash", "restore");

  @Inject Models models;
  @Inject Guard guard;
  @Inject BulkJobs jobs;
  @Inject Gifts gifts;
  @Inject Summits summits;
  @Inject People people;
  @Inject Sources sources;
  @Inject Stories stories;

  /** One kind of list: how its entries are found, named, stepped through the workflow. */
  private record Kind(
      String name,
      Function<AdminQuery, List<Long>> matching,
      Supplier<List<Long>> trashed,
      LongFunction<Optional<EntryState>> state,
      LongFunction<String> title,
      EntryDesk.Step change,
      Set<String> actions) {}

  private Optional<Kind> kind(String name) {
    return Optional.ofNullable(
        switch (name) {
          case "gifts" ->
              new Kind(
                  name,
                  gifts::adminIds,
                  gifts::trashIds,
                  id -> gifts.forEditing(id).map(Gifts.GiftEdit::state),
                  id -> gifts.forEditing(id).orElseThrow().gift().title(),
                  gifts::change,
                  Set.of("category", "occasion", "source"));
          case "summits" ->
              new Kind(
                  name,
                  summits::adminIds,
                  summits::trashIds,
                  id -> summits.forEditing(id).map(Summits.SummitEdit::state),
                  id -> summits.forEditing(id).orElseThrow().summit().title(),
                  summits::change,
                  Set.of("source"));
          case "people" ->
              new Kind(
                  name,
                  people::adminPersonIds,
                  people::trashedPersonIds,
                  id -> people.forEditingPerson(id).map(People.PersonEdit::state),
                  id -> people.forEditingPerson(id).orElseThrow().person().name(),
                  people::changePerson,
                  Set.of());
          case "countries" ->
              new Kind(
                  name,
                  people::adminCountryIds,
                  people::trashedCountryIds,
                  id -> people.forEditingCountry(id).map(People.CountryEdit::state),
                  id -> people.forEditingCountry(id).orElseThrow().country().name(),
                  people::changeCountry,
                  Set.of());
          case "sources" ->
              new Kind(
                  name,
                  sources::adminIds,
                  sources::trashIds,
                  id -> sources.forEditing(id).map(Sources.SourceEdit::state),
                  id -> sources.forEditing(id).orElseThrow().source().title(),
                  sources::change,
                  Set.of());
          case "stories" ->
              new Kind(
                  name,
                  stories::adminIds,
                  stories::trashIds,
                  id -> stories.forEditing(id).map(Stories.StoryEdit::state),
                  id -> stories.forEditing(id).orElseThrow().story().title(),
                  stories::change,
                  Set.of());
          default -> null;
        });
  }

  /**
   * What the list's form asked for, checked, as a job waiting for confirmation; the confirmation
   * page, or the list's problem (nothing ticked, no category chosen) with a way back.
   */
  @POST
  @Path("{kind: gifts|summits|people|countries|sources|stories}")
  @Produces("text/html;charset=UTF-8")
  public Response prepare(
      @PathParam("kind") String kindName,
      @FormParam("action") String action,
      @FormParam("id") List<String> ticked,
      @FormParam("all") String all,
      @FormParam("q") String q,
      @FormParam("from") String from,
      @FormParam("category") String category,
      @FormParam("summit") String summit,
      @FormParam("occasion") String occasion,
      @FormParam("source") String source) {
    guard.require(Guard.CURATOR);
    Kind kind = kind(kindName).orElseThrow(NotFoundException::new);
    boolean trash = "trash".equals(from);
    String back =
        "/admin/"
            + kind.name()
            + (trash
                ? "/trash"
                : q == null || q.isBlank()
                    ? ""
                    : "?q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
    models.put("back", back);
    if (action == null || !(WORKFLOW.contains(action) || kind.actions().contains(action))) {
      return problem("bulk.problem.action");
    }
    List<Long> ids;
    if ("all".equals(all)) {
      ids =
          trash
              ? kind.trashed().get()
              : kind.matching().apply(new AdminQuery(q == null ? "" : q, null, false, 1, 1));
    } else {
      ids = new ArrayList<>();
      for (String id : ticked == null ? List.<String>of() : ticked) {
        try {
          ids.add(Long.valueOf(id.strip()));
        } catch (NumberFormatException e) {
          return problem("bulk.problem.none");
        }
      }
      ids = ids.stream().distinct().toList();
    }
    if (ids.isEmpty()) {
      return problem("bulk.problem.none");
    }
    String actor = guard.caller();
    BulkJob.Step step;
    String detail = null;
    switch (action) {
      case "category" -> {
        Optional<CategoryView> chosen =
            gifts.categories().stream()
                .filter(c -> category != null && c.slug().equals(category.strip()))
                .findFirst();
        if (chosen.isEmpty()) {
          return problem("bulk.problem.category");
        }
        detail = chosen.get().name();
        String slug = chosen.get().slug();
        step = id -> gifts.setCategory(id, slug, actor);
      }
      case "occasion" -> {
        Long summitId = null;
        String words = occasion == null || occasion.isBlank() ? null : occasion.strip();
        if (summit != null && !summit.isBlank()) {
          String typed = summit.strip();
          Optional<SummitView> chosen =
              summits.anySummit(typed).or(() -> summits.onlySummitTitled(typed));
          if (chosen.isEmpty()) {
            return problem("bulk.problem.summit");
          }
          summitId = chosen.get().id();
          detail = chosen.get().title() + (words == null ? "" : " · " + words);
        } else if (words == null) {
          return problem("bulk.problem.summit");
        } else {
          detail = words;
        }
        Long occasionSummit = summitId;
        step = id -> gifts.setOccasion(id, occasionSummit, words, actor);
      }
      case "source" -> {
        Optional<SourceView> chosen = Optional.empty();
        try {
          Long sourceId = source == null ? null : Long.valueOf(source.strip());
          chosen = sources.pickable().stream().filter(s -> s.id().equals(sourceId)).findFirst();
        } catch (NumberFormatException e) {
          chosen = Optional.empty();
        }
        if (chosen.isEmpty()) {
          return problem("bulk.problem.source");
        }
        detail = Sources.line(chosen.get());
        Long sourceId = chosen.get().id();
        step =
            "gifts".equals(kind.name())
                ? id -> gifts.addSource(id, sourceId, actor)
                : id -> summits.addSource(id, sourceId, actor);
      }
      default -> {
        Change change = Workflow.change(action);
        step = id -> workflow(kind, id, change, actor);
      }
    }
    BulkJob job = jobs.prepare(kind.name(), action, detail, ids, actor, step, kind.title());
    return Response.seeOther(URI.create("admin/bulk/jobs/" + job.id())).build();
  }

  /**
   * The job: the confirmation while it waits, its progress while it runs (refreshing itself), and
   * the summary once done.
   */
  @GET
  @Path("jobs/{id: \\d+}")
  @Produces("text/html;charset=UTF-8")
  public String job(@PathParam("id") long id) {
    guard.require(Guard.CURATOR);
    BulkJob job = jobs.find(id).orElseThrow(NotFoundException::new);
    models.put("job", job);
    models.put("back", "/admin/" + job.kind() + ("restore".equals(job.action()) ? "/trash" : ""));
    switch (job.status()) {
      case PENDING -> {
        models.put("inRequest", BulkJobs.IN_REQUEST);
        return "admin/bulk/confirm.html";
      }
      case RUNNING -> {
        models.put("pollSeconds", Progress.REFRESH_SECONDS);
        models.put("progress", progress(job));
        return "admin/bulk/progress.html";
      }
      default -> {
        models.put("progress", progress(job));
        models.put(
            "refusals",
            job.refused().stream()
                .map(
                    refused ->
                        new Refusal(
                            refused.id(),
                            refused.title(),
                            refused.reason().message(Messages.locale())))
                .toList());
        return "admin/bulk/progress.html";
      }
    }
  }

  /** The curator's confirmation: runs the job (in the background when it is large). */
  @POST
  @Path("jobs/{id: \\d+}/start")
  public Response start(@PathParam("id") long id) {
    guard.require(Guard.CURATOR);
    BulkJob job = jobs.find(id).orElseThrow(NotFoundException::new);
    jobs.start(job);
    return Response.seeOther(URI.create("admin/bulk/jobs/" + job.id())).build();
  }

  /** A refused entry as the summary shows it: its link and the reason in the page's language. */
  public record Refusal(Long id, String title, String reason) {}

  static Progress progress(BulkJob job) {
    return new Progress(job.done(), job.total(), job.status() == BulkJob.Status.DONE);
  }

  /**
   * One workflow step of one entry, unless it is already so (publishing a published entry would
   * only add a row to its history).
   */
  private static boolean workflow(Kind kind, Long id, Change change, String actor) {
    EntryState state = kind.state().apply(id).orElseThrow(IllegalArgumentException::new);
    boolean already =
        switch (change) {
          case PUBLISHED -> state.published() && !state.trashed();
          case UNPUBLISHED -> !state.published();
          case TRASHED -> state.trashed();
          default -> !state.trashed();
        };
    if (already) {
      return false;
    }
    kind.change().apply(id, change, actor);
    return true;
  }

  private Response problem(String key) {
    models.put("problem", Messages.get(key));
    return Response.status(Response.Status.BAD_REQUEST).entity("admin/bulk/confirm.html").build();
  }
}
