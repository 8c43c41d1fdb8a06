package org.summitry.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.summitry.imports.entity.ImportPreset;
import org.summitry.imports.entity.ImportRun;
import org.summitry.people.boundary.People;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.Summits;

/** Imports and presets as stored, and what the background task reads of them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImportStore {

  @PersistenceContext EntityManager em;
  @Inject People people;
  @Inject Summits summits;
  @Inject Sources sources;

  /** What an attempt to import works on: the rows read through the mapping, where to start. */
  public record Work(List<GiftRow> rows, int nextRow, long runMillis, long cpuMillis) {}

  @Transactional
  public Long create(String fileName, String content, int rowCount, String actor) {
    ImportRun run = new ImportRun(fileName, content, rowCount, actor);
    em.persist(run);
    em.flush();
    return run.getId();
  }

  public Optional<ImportRun> find(long id) {
    return Optional.ofNullable(em.find(ImportRun.class, id));
  }

  public List<ImportRun> recent(int howMany) {
    return em.createNamedQuery(ImportRun.RECENT, ImportRun.class)
        .setMaxResults(howMany)
        .getResultList();
  }

  @Transactional
  public void saveMapping(long id, Mapping mapping, String presetName) {
    ImportRun run = em.find(ImportRun.class, id);
    if (run.getStatus() != ImportRun.Status.MAPPING) {
      throw new IllegalStateException("The import has started; its mapping stays as it was.");
    }
    run.setMapping(mapping.text(), presetName);
  }

  /** Queues the import to start (or resume); false when it is already queued, running or done. */
  @Transactional
  public boolean queue(long id, boolean publish, String actor) {
    ImportRun run = em.find(ImportRun.class, id);
    if (run == null) {
      return false;
    }
    if (run.getStatus() == ImportRun.Status.MAPPING) {
      run.queue(publish, actor);
      return true;
    }
    if (run.resumable()) {
      run.resume(actor);
      return true;
    }
    return false;
  }

  /** Takes a queued import for this task; false when another task took it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(long id) {
    return em.createQuery(
                "UPDATE ImportRun r SET r.status = :running, r.heartbeatAt = :now"
                    + " WHERE r.id = :id AND r.status = :queued")
            .setParameter("running", ImportRun.Status.RUNNING)
            .setParameter("queued", ImportRun.Status.QUEUED)
            .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Work work(long id) {
    ImportRun run = em.find(ImportRun.class, id);
    em.refresh(run);
    Csv.Table table = Csv.parse(run.getContent());
    RowReader reader = new RowReader(Mapping.parse(run.getMapping()), table.columns());
    return new Work(
        table.rows().stream().map(reader::read).toList(),
        run.getNextRow(),
        run.getRunMillis(),
        run.getCpuMillis());
  }

  /** The archive's people, countries, summits and sources as an import matches against them. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Lookups lookups() {
    return new Lookups(
        people.pickablePeople(),
        people.pickableCountries(),
        people.allTrashedCountries().stream().map(People.CountryEdit::country).toList(),
        summits.pickable(),
        sources.pickable());
  }

  /** Whether the import can be undone now. */
  public boolean undoable(long id) {
    ImportRun run = em.find(ImportRun.class, id);
    return run != null && run.undoable();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void fail(long id, String failure, long millis) {
    ImportRun run = em.find(ImportRun.class, id);
    run.fail(failure, millis);
  }

  public List<ImportPreset> presets() {
    return em.createNamedQuery(ImportPreset.ALL, ImportPreset.class).getResultList();
  }

  public Optional<ImportPreset> preset(String name) {
    return em.createNamedQuery(ImportPreset.BY_NAME, ImportPreset.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /** Saves {@code mapping} under {@code name}, replacing a preset of that name. */
  @Transactional
  public void savePreset(String name, Mapping mapping, String actor) {
    Optional<ImportPreset> existing = preset(name);
    if (existing.isPresent()) {
      existing.get().setMapping(mapping.text());
    } else {
      em.persist(new ImportPreset(name, mapping.text(), actor));
    }
  }
}
