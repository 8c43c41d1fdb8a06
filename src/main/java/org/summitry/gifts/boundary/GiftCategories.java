package org.summitry.gifts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.summitry.gifts.entity.GiftCategory;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Journal;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Page;
import org.summitry.kernel.Slugs;

/**
 * The gift category vocabulary as curators keep it: add a term, rename it, and remove one no gift
 * uses. Categories are terms rather than entries (no drafts, no trash), but every change is
 * journaled like an entry's, under the type {@value #JOURNAL_TYPE}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GiftCategories {

  /** The journal's entry type for categories. */
  public static final String JOURNAL_TYPE = "CATEGORY";

  @PersistenceContext EntityManager em;

  @Inject Journal journal;

  /** A category with how many gifts (drafts and trash included) use it. */
  public record CategoryEdit(
      CategoryView category, long version, long gifts, Map<String, String> fields) {}

  public Optional<CategoryEdit> forEditing(Long id) {
    return Optional.ofNullable(em.find(GiftCategory.class, id)).map(this::edit);
  }

  /**
   * Creates ({@code id} null) or renames a category and journals it in the same transaction.
   *
   * @param expectedVersion the version the editor started from; another is an {@link EditConflict}
   * @throws InvalidField when another category has the slug
   */
  @Transactional
  public Long save(
      Long id, Long expectedVersion, @Valid CategoryDraft draft, String actor, Change change) {
    String wanted = draft.slug() == null || draft.slug().isBlank() ? null : draft.slug().strip();
    GiftCategory category;
    if (id == null) {
      String slug = wanted == null ? free(Slugs.fromTitle(draft.name())) : checked(wanted);
      if (taken(slug, null)) {
        throw new InvalidField("slug", "refusal.slug.taken", "category");
      }
      category = new GiftCategory(slug, draft.name().strip());
      em.persist(category);
    } else {
      category = em.find(GiftCategory.class, id);
      if (category == null) {
        throw new IllegalArgumentException("No category " + id);
      }
      if (expectedVersion != null && expectedVersion != category.getVersion()) {
        throw new EditConflict(category.getVersion());
      }
      String slug = wanted == null ? category.getSlug() : checked(wanted);
      if (!slug.equals(category.getSlug())) {
        if (taken(slug, id)) {
          throw new InvalidField("slug", "refusal.slug.taken", "category");
        }
        category.setSlug(slug);
      }
      category.setName(draft.name().strip());
    }
    // The version the journal and the next edit see is the one written now.
    em.flush();
    journal.record(
        JOURNAL_TYPE,
        category.getId(),
        id == null ? Change.CREATED : change,
        actor,
        category.getName(),
        snapshot(category));
    return category.getId();
  }

  /**
   * Removes a category for good.
   *
   * @throws InvalidField ({@code category}) while any gift, draft or trashed, uses it
   */
  @Transactional
  public void delete(Long id, String actor) {
    GiftCategory category = em.find(GiftCategory.class, id);
    if (category == null) {
      throw new IllegalArgumentException("No category " + id);
    }
    long gifts = gifts(id);
    if (gifts > 0) {
      throw new InvalidField("category", "refusal.category.inUse", category.getName(), gifts);
    }
    journal.record(JOURNAL_TYPE, id, Change.PURGED, actor, category.getName(), snapshot(category));
    em.remove(category);
  }

  /** The back office's list of categories, searched, sorted by name or address, paged. */
  public Page<CategoryEdit> adminList(AdminQuery query) {
    String pattern = query.likePattern();
    String where =
        pattern == null
            ? ""
            : " WHERE LOWER(c.name) LIKE :q ESCAPE '\\' OR LOWER(c.slug) LIKE :q ESCAPE '\\'";
    String order = "slug".equals(query.sort()) ? "c.slug" : "c.name";
    String direction = query.descending() ? " DESC" : " ASC";
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM GiftCategory c" + where, Long.class);
    TypedQuery<GiftCategory> list =
        em.createQuery(
            "SELECT c FROM GiftCategory c"
                + where
                + " ORDER BY "
                + order
                + direction
                + ", c.id"
                + direction,
            GiftCategory.class);
    if (pattern != null) {
      count.setParameter("q", pattern);
      list.setParameter("q", pattern);
    }
    long total = count.getSingleResult();
    int number = Page.clamp(query.page(), query.size(), total);
    List<CategoryEdit> items =
        list.setFirstResult((number - 1) * query.size())
            .setMaxResults(query.size())
            .getResultStream()
            .map(this::edit)
            .toList();
    return new Page<>(items, number, query.size(), total);
  }

  private CategoryEdit edit(GiftCategory c) {
    return new CategoryEdit(
        new CategoryView(c.getId(), c.getSlug(), c.getName()),
        c.getVersion(),
        gifts(c.getId()),
        snapshot(c));
  }

  private long gifts(Long categoryId) {
    return em.createQuery("SELECT COUNT(g) FROM Gift g WHERE g.category.id = :id", Long.class)
        .setParameter("id", categoryId)
        .getSingleResult();
  }

  private boolean taken(String slug, Long self) {
    return em.createNamedQuery(GiftCategory.BY_SLUG, GiftCategory.class)
        .setParameter("slug", slug)
        .getResultStream()
        .anyMatch(c -> !c.getId().equals(self));
  }

  /** {@code base}, or it with the first free numeric suffix. */
  private String free(String base) {
    String candidate = base;
    for (int n = 2; taken(candidate, null); n++) {
      candidate = Slugs.withSuffix(base, n);
    }
    return candidate;
  }

  private static String checked(String slug) {
    if (!Slugs.isValid(slug)) {
      throw new InvalidField("slug", "refusal.slug.letters");
    }
    return slug;
  }

  /** The fields of a category as the journal keeps them, named as in the back office's form. */
  static Map<String, String> snapshot(GiftCategory c) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", c.getName());
    fields.put("slug", c.getSlug());
    return fields;
  }
}
