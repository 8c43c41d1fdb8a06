package org.summitry.stories.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.summitry.journal.boundary.AddressedEntries;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.EditedEntry;
import org.summitry.journal.boundary.EntryKind;
import org.summitry.journal.boundary.EntryLifecycle;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.EntryState;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Page;
import org.summitry.kernel.Text;
import org.summitry.stories.entity.Story;

/** Stories: the archive's narrative pages, written, published, trashed and restored. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Stories extends AddressedEntries<Story, Stories.StoryEdit> {

  @PersistenceContext EntityManager em;

  @Inject Journal journal;

  private static final EntryKind<Story> KIND =
      EntryKind.of(Story.class, EntryType.STORY, "story", Story::getTitle)
          .namedBy("title")
          .addressedBy(Story::getSlug, Story::setSlug)
          .publishedOnlyIf(
              story -> {
                if (story.getBody() == null || story.getBody().isBlank()) {
                  throw new InvalidField("body", "refusal.story.noText");
                }
              })
          .listed(
              List.of("title", "slug"),
              Map.of("title", "title", "updated", "updatedAt"),
              "updatedAt");

  /** What each field of a story's journal snapshot holds. */
  public static final Map<String, FieldKind> JOURNAL_FIELDS =
      Map.of(
          "slug", FieldKind.TEXT,
          "title", FieldKind.TEXT,
          "lede", FieldKind.TEXT,
          "body", FieldKind.TEXT);

  @Override
  protected EntryLifecycle<Story> lifecycle() {
    return new EntryLifecycle<>(KIND, em, journal, Stories::snapshot);
  }

  /** The public story at this address. */
  public Optional<StoryView> story(String slug) {
    return em.createNamedQuery(Story.BY_SLUG, Story.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Story::isPublic)
        .findFirst()
        .map(Stories::view);
  }

  /** Public stories, the latest first, a page at a time. */
  public Page<StoryView> published(int page, int size) {
    long total = count();
    int number = Page.clamp(page, size, total);
    List<StoryView> items =
        em.createQuery(
                "SELECT s FROM Story s WHERE s.published = TRUE AND s.deletedAt IS NULL"
                    + " ORDER BY s.createdAt DESC, s.id DESC",
                Story.class)
            .setFirstResult((number - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(Stories::view)
            .toList();
    return new Page<>(items, number, size, total);
  }

  /** How many stories the public may read. */
  public long count() {
    return em.createQuery(
            "SELECT COUNT(s) FROM Story s WHERE s.published = TRUE AND s.deletedAt IS NULL",
            Long.class)
        .getSingleResult();
  }

  /** The public stories among these ids. */
  public Map<Long, StoryView> storiesByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createQuery(
            "SELECT s FROM Story s WHERE s.id IN :ids AND s.published = TRUE"
                + " AND s.deletedAt IS NULL",
            Story.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .collect(Collectors.toMap(Story::getId, Stories::view));
  }

  /** Public stories with ids above {@code afterId}, in id order, for the search index. */
  public List<StoryView> publishedAfter(long afterId, int limit) {
    return lifecycle().publishedAfter(afterId, limit, Stories::view);
  }

  @Override
  protected StoryEdit edited(Story s) {
    return new StoryEdit(view(s), s.state(), snapshot(s));
  }

  /** A story with its workflow state and its fields as the journal records them. */
  public record StoryEdit(StoryView story, EntryState state, Map<String, String> fields)
      implements EditedEntry {}

  /**
   * Creates ({@code id} null, as a draft) or changes a story and journals the change in the same
   * transaction; a changed address redirects from the old one.
   *
   * @param expectedVersion the version the editor started from; another is an {@link EditConflict}
   * @throws InvalidField ({@code slug}) when the address is malformed or taken
   */
  @Transactional
  public Long save(
      Long id, Long expectedVersion, @Valid StoryDraft draft, String actor, Change change) {
    EntryLifecycle<Story> life = lifecycle();
    Story story =
        life.open(
            id,
            expectedVersion,
            Text.blankToNull(draft.slug()),
            draft.title(),
            slug -> new Story(slug, draft.title()));
    story.setTitle(draft.title());
    story.setLede(Text.blankToNull(draft.lede()));
    story.setBody(draft.body());
    return life.save(story, id == null, change, actor);
  }

  /**
   * Records a published story unless one has this address, as the demo content does; returns its id
   * either way.
   */
  @Transactional
  public Long ensureStory(String slug, String title, String lede, String body) {
    return em.createNamedQuery(Story.BY_SLUG, Story.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Story story = new Story(slug, title);
              story.setLede(lede);
              story.setBody(body);
              lifecycle().save(story, true, Change.CREATED, "system");
              return story;
            })
        .getId();
  }

  @Override
  protected StoryEdit listed(Story s) {
    return new StoryEdit(view(s), s.state(), Map.of());
  }

  static Map<String, String> snapshot(Story s) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("slug", s.getSlug());
    fields.put("title", s.getTitle());
    fields.put("lede", s.getLede());
    fields.put("body", s.getBody());
    return FieldKind.canonical(JOURNAL_FIELDS, fields);
  }

  private static StoryView view(Story s) {
    return new StoryView(
        s.getId(),
        s.getSlug(),
        s.getTitle(),
        s.getLede(),
        s.getBody(),
        s.getCreatedAt(),
        s.getUpdatedAt());
  }
}
