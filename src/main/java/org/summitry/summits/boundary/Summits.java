package org.summitry.summits.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summitry.kernel.DateSpec;
import org.summitry.kernel.Edtf;
import org.summitry.kernel.Page;
import org.summitry.kernel.Slugs;
import org.summitry.summits.entity.Summit;

/** Summits: the meetings of leaders, when and where they took place and who attended. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Summits {

  /** Orders of the summit list. */
  public enum Order {
    NEWEST_FIRST,
    OLDEST_FIRST
  }

  @PersistenceContext EntityManager em;

  public Optional<SummitView> summit(String slug) {
    return em.createNamedQuery(Summit.BY_SLUG, Summit.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Summit::isPublic)
        .findFirst()
        .map(Summits::view);
  }

  public Page<SummitView> summits(int page, int size, Order order) {
    long total = count();
    int number = Page.clamp(page, size, total);
    String direction = order == Order.OLDEST_FIRST ? "ASC" : "DESC";
    List<SummitView> items =
        em.createQuery(
                "SELECT s FROM Summit s WHERE s.published = TRUE AND s.deletedAt IS NULL ORDER BY s.dates.earliest "
                    + direction
                    + ", s.id "
                    + direction,
                Summit.class)
            .setFirstResult((number - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(Summits::view)
            .toList();
    return new Page<>(items, number, size, total);
  }

  public List<SummitView> latest(int howMany) {
    return em.createNamedQuery(Summit.PUBLISHED_NEWEST_FIRST, Summit.class)
        .setMaxResults(howMany)
        .getResultStream()
        .map(Summits::view)
        .toList();
  }

  public long count() {
    return em.createNamedQuery(Summit.COUNT_PUBLISHED, Long.class).getSingleResult();
  }

  public Map<Long, SummitView> summitsByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(Summit.BY_IDS, Summit.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .filter(Summit::isPublic)
        .map(Summits::view)
        .collect(Collectors.toMap(SummitView::id, Function.identity()));
  }

  public List<SummitView> attendedBy(Long personId) {
    return em.createNamedQuery(Summit.WITH_PARTICIPANT, Summit.class)
        .setParameter("personId", personId)
        .getResultStream()
        .map(Summits::view)
        .toList();
  }

  public List<SummitView> hostedBy(Long countryId) {
    return em.createNamedQuery(Summit.IN_COUNTRY, Summit.class)
        .setParameter("countryId", countryId)
        .getResultStream()
        .map(Summits::view)
        .toList();
  }

  /** Records a summit unless one with the draft's slug exists; returns the id either way. */
  @Transactional
  public Long ensureSummit(@Valid SummitDraft draft) {
    String slug = draft.slug() == null ? Slugs.fromTitle(draft.title()) : draft.slug();
    Optional<Summit> existing =
        em.createNamedQuery(Summit.BY_SLUG, Summit.class)
            .setParameter("slug", slug)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return existing.get().getId();
    }
    Summit summit = new Summit(slug, draft.title());
    summit.setDates(DateSpec.of(draft.date()));
    summit.setCity(draft.city());
    summit.setVenue(draft.venue());
    summit.setCountryId(draft.countryId());
    summit.setSummary(draft.summary());
    for (SummitView.ParticipantView p : draft.participants()) {
      summit.addParticipant(p.personId(), p.role());
    }
    em.persist(summit);
    // Others refer to this row by id alone, which JPA cannot order inserts by: write it now.
    em.flush();
    return summit.getId();
  }

  private static SummitView view(Summit s) {
    return new SummitView(
        s.getId(),
        s.getSlug(),
        s.getTitle(),
        s.getDates() == null ? null : Edtf.parse(s.getDates().edtf()),
        s.getCity(),
        s.getVenue(),
        s.getCountryId(),
        s.getSummary(),
        s.getParticipants().stream()
            .map(p -> new SummitView.ParticipantView(p.getPersonId(), p.getRole()))
            .toList());
  }
}
