package org.summitry.sources.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.summitry.kernel.DateSpec;
import org.summitry.kernel.Edtf;
import org.summitry.kernel.EntryType;
import org.summitry.sources.entity.Citation;
import org.summitry.sources.entity.Source;

/** Sources and citations: the publications every claim in the archive rests on. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Sources {

  @PersistenceContext EntityManager em;

  /** The published sources an entry cites, in the curator's order. */
  public List<SourceView> citedBy(EntryType type, Long entryId) {
    return em.createNamedQuery(Citation.FOR_ENTRY, Citation.class)
        .setParameter("type", type)
        .setParameter("id", entryId)
        .getResultStream()
        .map(c -> view(c.getSource(), c.getNote()))
        .toList();
  }

  /**
   * Records a source unless one with that publisher and title exists; returns its id either way.
   */
  @Transactional
  public Long ensureSource(String publisher, String title, String url, String date) {
    return em.createNamedQuery(Source.BY_TITLE, Source.class)
        .setParameter("title", title)
        .setParameter("publisher", publisher)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Source source = new Source(publisher, title, url, DateSpec.of(date));
              em.persist(source);
              // Others refer to this row by id alone, which JPA cannot order inserts by: write it
              // now.
              em.flush();
              return source;
            })
        .getId();
  }

  /** Makes an entry cite a source, after the sources it already cites; citing twice is a no-op. */
  @Transactional
  public void cite(Long sourceId, EntryType type, Long entryId, String note) {
    boolean already =
        em.createQuery(
                    "SELECT COUNT(c) FROM Citation c WHERE c.source.id = :source"
                        + " AND c.entryType = :type AND c.entryId = :id",
                    Long.class)
                .setParameter("source", sourceId)
                .setParameter("type", type)
                .setParameter("id", entryId)
                .getSingleResult()
            > 0;
    if (already) {
      return;
    }
    long position =
        em.createNamedQuery(Citation.COUNT_FOR_ENTRY, Long.class)
            .setParameter("type", type)
            .setParameter("id", entryId)
            .getSingleResult();
    em.persist(new Citation(em.find(Source.class, sourceId), type, entryId, (int) position, note));
  }

  private static SourceView view(Source s, String note) {
    return new SourceView(
        s.getId(),
        s.getPublisher(),
        s.getTitle(),
        s.getUrl(),
        s.getPublishedOn() == null ? null : Edtf.parse(s.getPublishedOn().edtf()),
        note);
  }
}
