package org.summitry.sources.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitry.edtf.Edtf;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.InvalidField;
import org.summitry.sources.entity.Claim;
import org.summitry.sources.entity.Source;

/**
 * Claims: the facts of a gift, summit or photo each resting on their own sources, with a certainty,
 * and kept side by side when sources disagree. An entry's claims are saved with the entry (in its
 * transaction, before its journal row), so history and restore treat them as one more field.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Claims {

  /** The facts of each kind of entry that a claim can be about, in the order forms list them. */
  private static final Map<EntryType, List<String>> FACTS =
      Map.of(
          EntryType.GIFT,
          List.of("giver", "recipient", "date", "value", "whereabouts", "description"),
          EntryType.SUMMIT,
          List.of("date", "place", "participants"),
          EntryType.PHOTO,
          List.of("date", "place", "creator"));

  @PersistenceContext EntityManager em;

  /** The facts an entry of this type can make claims about; none for other types. */
  public static List<String> facts(EntryType type) {
    return FACTS.getOrDefault(type, List.of());
  }

  /** An entry's claims as saved, in order, whatever the state of their sources. */
  public List<ClaimDraft> drafts(EntryType type, Long entryId) {
    return claims(type, entryId).stream().map(Claims::draft).toList();
  }

  /** An entry's claims as the journal keeps them, one a line. */
  public String lines(EntryType type, Long entryId) {
    return ClaimDraft.lines(drafts(type, entryId));
  }

  /**
   * Makes an entry's claims exactly these, in this order. Runs in the transaction of the entry's
   * own save. Refuses a fact the entry does not have, a source that does not exist, and two
   * preferred claims of one fact.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void set(EntryType type, Long entryId, List<ClaimDraft> wanted) {
    List<ClaimDraft> existing = drafts(type, entryId);
    if (wanted.equals(existing)) {
      return;
    }
    check(type, wanted);
    if (!existing.isEmpty()) {
      removeAll(type, entryId);
    }
    persist(type, entryId, wanted);
    em.flush();
  }

  /**
   * Gives an entry created in this transaction, which has no claims yet, these claims, refused as
   * {@link #set} refuses them, without reading or writing at once (the caller's flush writes them,
   * batched with others); returns them as the entry's snapshot lists them ({@link #lines}).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String addNew(EntryType type, Long entryId, List<ClaimDraft> wanted) {
    check(type, wanted);
    return ClaimDraft.lines(persist(type, entryId, wanted).stream().map(Claims::draft).toList());
  }

  private static ClaimDraft draft(Claim c) {
    return new ClaimDraft(
        c.getFact(),
        c.getSource().getId(),
        c.getCertainty(),
        c.isPreferred(),
        c.getStated(),
        c.getNote());
  }

  private void check(EntryType type, List<ClaimDraft> wanted) {
    Set<String> preferred = new HashSet<>();
    for (ClaimDraft claim : wanted) {
      if (!facts(type).contains(claim.fact())) {
        throw new InvalidField("claims", "refusal.claim.fact");
      }
      if (claim.preferred() && !preferred.add(claim.fact())) {
        throw new InvalidField("claims", "refusal.claim.preferred");
      }
    }
  }

  private List<Claim> persist(EntryType type, Long entryId, List<ClaimDraft> wanted) {
    List<Claim> made = new java.util.ArrayList<>(wanted.size());
    for (int i = 0; i < wanted.size(); i++) {
      ClaimDraft claim = wanted.get(i);
      Source source = claim.sourceId() == null ? null : em.find(Source.class, claim.sourceId());
      if (source == null) {
        throw new InvalidField("claims", "refusal.claim.sourceGone");
      }
      Claim created =
          new Claim(
              type,
              entryId,
              claim.fact(),
              source,
              claim.certainty(),
              claim.preferred(),
              claim.stated(),
              claim.note(),
              i);
      em.persist(created);
      made.add(created);
    }
    return made;
  }

  /** Removes an entry's claims, when the entry itself is deleted for good. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void removeAll(EntryType type, Long entryId) {
    em.createQuery("DELETE FROM Claim c WHERE c.entryType = :type AND c.entryId = :id")
        .setParameter("type", type)
        .setParameter("id", entryId)
        .executeUpdate();
  }

  /** An entry's claims whose sources are public, for its public page, the API and JSON-LD. */
  public List<ClaimView> published(EntryType type, Long entryId) {
    return claims(type, entryId).stream()
        .filter(c -> c.getSource().isPublished() && c.getSource().getDeletedAt() == null)
        .map(Claims::view)
        .toList();
  }

  private List<Claim> claims(EntryType type, Long entryId) {
    if (entryId == null) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM Claim c JOIN FETCH c.source WHERE c.entryType = :type"
                + " AND c.entryId = :id ORDER BY c.position",
            Claim.class)
        .setParameter("type", type)
        .setParameter("id", entryId)
        .getResultList();
  }

  private static ClaimView view(Claim c) {
    Source s = c.getSource();
    return new ClaimView(
        c.getFact(),
        new SourceView(
            s.getId(),
            s.getPublisher(),
            s.getTitle(),
            s.getUrl(),
            s.getPublishedOn() == null ? null : Edtf.parse(s.getPublishedOn().edtf()),
            null),
        c.getCertainty(),
        c.isPreferred(),
        c.getStated(),
        c.getNote());
  }

  /** How many claims rest on each of these sources; sources no claim names are absent. */
  public Map<Long, Long> countsBySource(java.util.Collection<Long> sourceIds) {
    if (sourceIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Long> counts = new LinkedHashMap<>();
    em.createQuery(
            "SELECT c.source.id, COUNT(c) FROM Claim c WHERE c.source.id IN :ids"
                + " GROUP BY c.source.id",
            Object[].class)
        .setParameter("ids", new ArrayList<>(sourceIds))
        .getResultStream()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }
}
