package org.summitry.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.summitry.exchange.entity.ImportRun;
import org.summitry.gifts.boundary.GiftDraft;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.Change;
import org.summitry.kernel.Note;
import org.summitry.kernel.Slugs;
import org.summitry.people.boundary.CountryDraft;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonDraft;
import org.summitry.sources.boundary.Certainty;
import org.summitry.sources.boundary.ClaimDraft;
import org.summitry.sources.boundary.SourceDraft;
import org.summitry.sources.boundary.Sources;

/**
 * Imports one batch of rows in one transaction: the gifts, the people, countries and sources they
 * need, every one journalled by the components' own save methods with the importing curator as the
 * actor, and the import's progress. Either all of it commits or none of it does, so an import that
 * fails leaves whole batches only.
 */
@ApplicationScoped
public class ImportBatch {

  /** Longest slug an import suggests, leaving room for a numeric suffix within Slugs' limit. */
  static final int SLUG_BASE = Slugs.MAX_LENGTH - 8;

  /** How the report lists a register's "Nil return" line, which is neither imported nor skipped. */
  public static final String NIL_RETURN = "a nil return (no gifts declared); nothing to import.";

  @PersistenceContext EntityManager em;
  @Inject People people;
  @Inject Gifts gifts;
  @Inject Sources sources;
  @Inject Validator validator;

  /**
   * Imports {@code rows} of the run and records that the data rows before {@code nextRow} are done.
   * Rows with errors are skipped and listed in the run's report. The time spent is that of earlier
   * attempts and this one since {@code startedNanos}.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void importRows(
      long runId,
      List<GiftRow> rows,
      int nextRow,
      Lookups lookups,
      long earlierMillis,
      long startedNanos,
      long earlierCpuMillis,
      long startedCpuNanos) {
    ImportRun started = em.find(ImportRun.class, runId);
    Work work = new Work(runId, started.getActor(), started.isPublish(), lookups);
    StringBuilder report = new StringBuilder();
    int skipped = 0;
    for (GiftRow row : rows) {
      if (row.nilReturn()) {
        report.append("Row ").append(row.row()).append(": ").append(NIL_RETURN).append('\n');
        continue;
      }
      // The run's report is written in the background, for whoever opens it later: in English.
      List<String> problems = new ArrayList<>(row.errors().stream().map(Note::toString).toList());
      GiftDraft draft = null;
      if (problems.isEmpty()) {
        draft = work.draft(row, problems);
      }
      if (!problems.isEmpty()) {
        skipped++;
        report.append("Row ").append(row.row()).append(": ").append(String.join(" ", problems));
        report.append('\n');
        continue;
      }
      Long id = gifts.save(null, null, draft, work.actor, Change.CREATED);
      if (work.publish) {
        gifts.change(id, Change.PUBLISHED, work.actor);
      }
      work.remember(ImportUndo.GIFT, id);
      work.gifts++;
      // Everything of the row is written; letting go of it keeps each later flush as cheap as the
      // first, where a growing persistence context would make a batch quadratic.
      em.flush();
      em.clear();
    }
    ImportRun run = em.find(ImportRun.class, runId);
    run.advance(
        nextRow,
        work.gifts,
        work.people,
        work.countries,
        work.sources,
        skipped,
        report.toString(),
        earlierMillis + (System.nanoTime() - startedNanos) / 1_000_000,
        earlierCpuMillis + (ImportRunner.cpuNanos() - startedCpuNanos) / 1_000_000);
  }

  /** One batch's creations and counts. */
  private final class Work {
    final long runId;
    final String actor;
    final boolean publish;
    final Lookups lookups;
    int gifts;
    int people;
    int countries;
    int sources;

    Work(long runId, String actor, boolean publish, Lookups lookups) {
      this.runId = runId;
      this.actor = actor;
      this.publish = publish;
      this.lookups = lookups;
    }

    /** Notes that the import created the entry, for an undo. */
    void remember(String type, Long id) {
      em.createNativeQuery(
              "INSERT INTO import_entry (run_id, entry_type, entry_id) VALUES (?1, ?2, ?3)")
          .setParameter(1, runId)
          .setParameter(2, type)
          .setParameter(3, id)
          .executeUpdate();
    }

    /** The gift of a row, creating its people, countries and source; null with problems. */
    GiftDraft draft(GiftRow row, List<String> problems) {
      // The gift's own fields are checked before anything is created for it, so that a refused
      // row leaves no person or country behind.
      problems.addAll(messages(validator.validate(gift(row, null, null, null, null, null, null))));
      if (!problems.isEmpty()) {
        return null;
      }
      Long giverCountry = country(row.giver().country());
      Long recipientCountry = country(row.recipient().country());
      Long giver = person(row.giver(), problems);
      Long recipient = person(row.recipient(), problems);
      Long summit = row.summit() == null ? null : lookups.summit(row.summit());
      List<Long> cited = row.source() == null ? null : List.of(source(row.source()));
      GiftDraft draft = gift(row, giver, giverCountry, recipient, recipientCountry, summit, cited);
      return cited == null ? draft : draft.withClaims(claims(draft, cited.get(0), row));
    }

    /**
     * The row's source as the claim of each fact the row gives: a register says who gave what to
     * whom, when, for how much and where it went; "reported", since the register is the record. A
     * giver or recipient the register marked "(?)" is uncertain.
     */
    List<ClaimDraft> claims(GiftDraft draft, Long source, GiftRow row) {
      List<ClaimDraft> claims = new ArrayList<>();
      if (draft.giverPersonId() != null || draft.giverCountryId() != null) {
        claims.add(claim("giver", source, row.giver().uncertain()));
      }
      if (draft.recipientPersonId() != null || draft.recipientCountryId() != null) {
        claims.add(claim("recipient", source, row.recipient().uncertain()));
      }
      if (draft.date() != null) {
        claims.add(claim("date", source, false));
      }
      if (draft.valueAmount() != null || draft.valueNote() != null) {
        claims.add(claim("value", source, false));
      }
      if (draft.whereabouts() != null) {
        claims.add(claim("whereabouts", source, false));
      }
      if (draft.description() != null) {
        claims.add(claim("description", source, false));
      }
      return claims;
    }

    private static ClaimDraft claim(String fact, Long source, boolean uncertain) {
      return new ClaimDraft(
          fact, source, uncertain ? Certainty.UNCERTAIN : Certainty.REPORTED, true, null, null);
    }

    GiftDraft gift(
        GiftRow row,
        Long giver,
        Long giverCountry,
        Long recipient,
        Long recipientCountry,
        Long summit,
        List<Long> cited) {
      String occasion = row.occasion();
      if (summit == null && row.summit() != null && occasion == null) {
        occasion = row.summit();
      }
      return new GiftDraft(
          slug(row.title()),
          row.title(),
          row.description(),
          null,
          1,
          giver,
          giverCountry,
          recipient,
          recipientCountry,
          summit,
          occasion,
          row.date(),
          row.valueAmount(),
          row.valueCurrency(),
          row.valueNote(),
          row.whereabouts(),
          cited);
    }

    Long country(String text) {
      if (text == null) {
        return null;
      }
      Lookups.CountryMatch match = lookups.country(text);
      if (!match.known() || match.exists()) {
        return match.id();
      }
      Long id =
          ImportBatch.this.people.saveCountry(
              null, null, new CountryDraft(match.code(), match.name()), actor, Change.CREATED);
      if (publish) {
        ImportBatch.this.people.changeCountry(id, Change.PUBLISHED, actor);
      }
      lookups.addCountry(id, match.code(), match.name(), false);
      remember(ImportUndo.COUNTRY, id);
      countries++;
      return id;
    }

    Long person(GiftRow.Party party, List<String> problems) {
      if (party.name() == null) {
        return null;
      }
      Long id = lookups.person(party.name());
      if (id != null) {
        return id;
      }
      Lookups.CountryMatch country =
          party.country() == null ? null : lookups.country(party.country());
      PersonDraft draft =
          new PersonDraft(
              null,
              party.name(),
              null,
              List.of(),
              party.title(),
              country != null && country.exists() ? country.code() : null,
              party.uncertain()
                  ? "The register this person was imported from marks the name as uncertain"
                      + " (?)."
                  : null);
      Set<ConstraintViolation<PersonDraft>> violations = validator.validate(draft);
      if (!violations.isEmpty()) {
        problems.addAll(messages(violations));
        return null;
      }
      id = ImportBatch.this.people.savePerson(null, null, draft, actor, Change.CREATED);
      if (publish) {
        ImportBatch.this.people.changePerson(id, Change.PUBLISHED, actor);
      }
      lookups.addPerson(party.name(), id);
      remember(ImportUndo.PERSON, id);
      people++;
      return id;
    }

    Long source(String title) {
      Long id = lookups.source(title);
      if (id != null) {
        return id;
      }
      String url = title.matches("https?://\\S+") ? title : null;
      id =
          ImportBatch.this.sources.save(
              null, null, new SourceDraft(null, title, url, null), actor, Change.CREATED);
      if (publish) {
        ImportBatch.this.sources.change(id, Change.PUBLISHED, actor);
      }
      lookups.addSource(title, id);
      remember(ImportUndo.SOURCE, id);
      sources++;
      return id;
    }
  }

  /**
   * The address a gift's title suggests, short enough that "-2", "-3" ... are appended without
   * cutting it: a suffixed slug cut to fit could equal another gift's.
   */
  static String slug(String title) {
    String slug = Slugs.fromTitle(title);
    if (slug.length() <= SLUG_BASE) {
      return slug;
    }
    int hyphen = slug.lastIndexOf('-', SLUG_BASE);
    return slug.substring(0, hyphen > SLUG_BASE / 2 ? hyphen : SLUG_BASE);
  }

  private static <T> List<String> messages(Set<ConstraintViolation<T>> violations) {
    return violations.stream()
        .map(v -> "The " + v.getPropertyPath() + " " + v.getMessage() + ".")
        .sorted()
        .toList();
  }
}
