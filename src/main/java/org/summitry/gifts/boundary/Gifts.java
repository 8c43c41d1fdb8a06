package org.summitry.gifts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summitry.gifts.entity.Gift;
import org.summitry.gifts.entity.GiftCategory;
import org.summitry.kernel.DateSpec;
import org.summitry.kernel.Edtf;
import org.summitry.kernel.Page;
import org.summitry.kernel.Slugs;

/** Gifts: what was given, by whom to whom, on which occasion, and where it is now. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Gifts {

  @PersistenceContext EntityManager em;

  public Optional<GiftView> gift(String slug) {
    return em.createNamedQuery(Gift.BY_SLUG, Gift.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Gift::isPublic)
        .findFirst()
        .map(Gifts::view);
  }

  /** Published gifts matching {@code filter}, newest first. */
  public Page<GiftView> gifts(GiftFilter filter, int page, int size) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(g) FROM Gift g" + where, Long.class);
    parameters.forEach(count::setParameter);
    long total = count.getSingleResult();
    int number = Page.clamp(page, size, total);
    TypedQuery<Gift> query =
        em.createQuery(
            "SELECT g FROM Gift g LEFT JOIN FETCH g.category"
                + where
                + " ORDER BY g.given.earliest DESC, g.title, g.id",
            Gift.class);
    parameters.forEach(query::setParameter);
    List<GiftView> items =
        query
            .setFirstResult((number - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(Gifts::view)
            .toList();
    return new Page<>(items, number, size, total);
  }

  private static String where(GiftFilter filter, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    conditions.add("g.published = TRUE AND g.deletedAt IS NULL");
    if (filter.categoryId() != null) {
      conditions.add("g.category.id = :category");
      parameters.put("category", filter.categoryId());
    }
    if (filter.giverCountryId() != null) {
      conditions.add("g.giverCountryId = :giverCountry");
      parameters.put("giverCountry", filter.giverCountryId());
    }
    if (filter.recipientCountryId() != null) {
      conditions.add("g.recipientCountryId = :recipientCountry");
      parameters.put("recipientCountry", filter.recipientCountryId());
    }
    if (filter.giverPersonId() != null) {
      conditions.add("g.giverPersonId = :giverPerson");
      parameters.put("giverPerson", filter.giverPersonId());
    }
    if (filter.recipientPersonId() != null) {
      conditions.add("g.recipientPersonId = :recipientPerson");
      parameters.put("recipientPerson", filter.recipientPersonId());
    }
    if (filter.year() != null) {
      conditions.add("g.given.earliest <= :yearEnd AND g.given.latest >= :yearStart");
      parameters.put("yearStart", LocalDate.of(filter.year(), 1, 1));
      parameters.put("yearEnd", LocalDate.of(filter.year(), 12, 31));
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  public Map<Long, GiftView> giftsByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT g FROM Gift g WHERE g.id IN :ids AND g.published = TRUE AND g.deletedAt IS NULL",
            Gift.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .map(Gifts::view)
        .collect(Collectors.toMap(GiftView::id, Function.identity()));
  }

  public List<GiftView> atSummit(Long summitId) {
    return em.createNamedQuery(Gift.AT_SUMMIT, Gift.class)
        .setParameter("summitId", summitId)
        .getResultStream()
        .map(Gifts::view)
        .toList();
  }

  public long count() {
    return em.createNamedQuery(Gift.COUNT_PUBLISHED, Long.class).getSingleResult();
  }

  public List<CategoryView> categories() {
    return em.createNamedQuery(GiftCategory.ALL, GiftCategory.class)
        .getResultStream()
        .map(Gifts::view)
        .toList();
  }

  public Optional<CategoryView> category(String slug) {
    return em.createNamedQuery(GiftCategory.BY_SLUG, GiftCategory.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .map(Gifts::view);
  }

  /** The calendar years in which published gifts were given, newest first, for the year filter. */
  public List<Integer> years() {
    return em.createQuery(
            "SELECT DISTINCT g.given.earliest FROM Gift g WHERE g.published = TRUE AND g.deletedAt IS NULL"
                + " AND g.given.earliest IS NOT NULL",
            LocalDate.class)
        .getResultStream()
        .map(LocalDate::getYear)
        .distinct()
        .sorted((a, b) -> b - a)
        .toList();
  }

  @Transactional
  public Long ensureCategory(String slug, String name) {
    return em.createNamedQuery(GiftCategory.BY_SLUG, GiftCategory.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              GiftCategory category = new GiftCategory(slug, name);
              em.persist(category);
              // Others refer to this row by id alone, which JPA cannot order inserts by: write it
              // now.
              em.flush();
              return category;
            })
        .getId();
  }

  /** Records a gift unless one with the draft's slug exists; returns the id either way. */
  @Transactional
  public Long ensureGift(@Valid GiftDraft draft) {
    String slug = draft.slug() == null ? Slugs.fromTitle(draft.title()) : draft.slug();
    Optional<Gift> existing =
        em.createNamedQuery(Gift.BY_SLUG, Gift.class)
            .setParameter("slug", slug)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return existing.get().getId();
    }
    Gift gift = new Gift(slug, draft.title());
    gift.setDescription(draft.description());
    if (draft.categorySlug() != null) {
      gift.setCategory(
          em.createNamedQuery(GiftCategory.BY_SLUG, GiftCategory.class)
              .setParameter("slug", draft.categorySlug())
              .getSingleResult());
    }
    gift.setQuantity(draft.quantity());
    gift.setGiver(draft.giverPersonId(), draft.giverCountryId());
    gift.setRecipient(draft.recipientPersonId(), draft.recipientCountryId());
    gift.setSummitId(draft.summitId());
    gift.setOccasion(draft.occasion());
    gift.setGiven(DateSpec.of(draft.date()));
    gift.setValue(draft.valueAmount(), draft.valueCurrency());
    gift.setValueNote(draft.valueNote());
    gift.setWhereabouts(draft.whereabouts());
    em.persist(gift);
    // Others refer to this row by id alone, which JPA cannot order inserts by: write it now.
    em.flush();
    return gift.getId();
  }

  private static GiftView view(Gift g) {
    return new GiftView(
        g.getId(),
        g.getSlug(),
        g.getTitle(),
        g.getDescription(),
        g.getCategory() == null ? null : view(g.getCategory()),
        g.getQuantity(),
        g.getGiverPersonId(),
        g.getGiverCountryId(),
        g.getRecipientPersonId(),
        g.getRecipientCountryId(),
        g.getSummitId(),
        g.getOccasion(),
        g.getGiven() == null ? null : Edtf.parse(g.getGiven().edtf()),
        g.getValueAmount(),
        g.getValueCurrency(),
        g.getValueNote(),
        g.getWhereabouts());
  }

  private static CategoryView view(GiftCategory c) {
    return new CategoryView(c.getId(), c.getSlug(), c.getName());
  }
}
