package org.summitry.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.imports.entity.ImportRun;
import org.summitry.journal.boundary.Change;
import org.summitry.people.boundary.People;
import org.summitry.sources.boundary.Sources;

/**
 * Undoes an import as one step: every gift, person, country and source it created goes to the trash
 * through its component's own workflow, so each move is journalled with the curator who undid it,
 * shows in the entry's history, and can be restored from the trash. Gifts go first, so that nothing
 * of the import still names a person when the person goes. Batches of {@value #BATCH} entries
 * commit one at a time; an entry already in the trash or purged is passed over.
 */
@ApplicationScoped
public class ImportUndo {

  static final String GIFT = "GIFT";
  static final String PERSON = "PERSON";
  static final String COUNTRY = "COUNTRY";
  static final String SOURCE = "SOURCE";

  /** Entries trashed per transaction. */
  public static final int BATCH = 200;

  /** An entry an import created. */
  public record Created(String type, long id) {}

  @PersistenceContext EntityManager em;
  @Inject Gifts gifts;
  @Inject People people;
  @Inject Sources sources;

  /** What the import created, gifts first, then people, countries and sources. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Created> created(long runId) {
    List<Created> created = new ArrayList<>();
    for (String type : List.of(GIFT, PERSON, COUNTRY, SOURCE)) {
      for (Object id :
          em.createNativeQuery(
                  "SELECT entry_id FROM import_entry WHERE run_id = ?1 AND entry_type = ?2"
                      + " ORDER BY entry_id")
              .setParameter(1, runId)
              .setParameter(2, type)
              .getResultList()) {
        created.add(new Created(type, ((Number) id).longValue()));
      }
    }
    return created;
  }

  /** Moves {@code entries} to the trash as {@code actor}; returns how many were moved. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int trash(List<Created> entries, String actor) {
    int moved = 0;
    for (Created entry : entries) {
      long id = entry.id();
      // An entry purged since the import is gone; one already in the trash stays as it is.
      boolean present =
          switch (entry.type()) {
            case GIFT -> gifts.forEditing(id).filter(e -> !e.state().trashed()).isPresent();
            case PERSON ->
                people.forEditingPerson(id).filter(e -> !e.state().trashed()).isPresent();
            case COUNTRY ->
                people.forEditingCountry(id).filter(e -> !e.state().trashed()).isPresent();
            default -> sources.forEditing(id).filter(e -> !e.state().trashed()).isPresent();
          };
      if (!present) {
        continue;
      }
      switch (entry.type()) {
        case GIFT -> gifts.change(id, Change.TRASHED, actor);
        case PERSON -> people.changePerson(id, Change.TRASHED, actor);
        case COUNTRY -> people.changeCountry(id, Change.TRASHED, actor);
        default -> sources.change(id, Change.TRASHED, actor);
      }
      moved++;
    }
    return moved;
  }

  /** Marks the import undone. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finish(long runId) {
    em.find(ImportRun.class, runId).undo();
  }
}
