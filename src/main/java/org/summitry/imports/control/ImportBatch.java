package org.summitry.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitry.gifts.boundary.GiftDraft;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.imports.entity.ImportRun;
import org.summitry.journal.boundary.Change;
import org.summitry.kernel.Note;
import org.summitry.kernel.Slugs;
import org.summitry.people.boundary.CountryDraft;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonDraft;
import org.summitry.sources.boundary.Certainty;
import org.summitry.sources.boundary.CitationDraft;
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
  public static final String UNSOURCED =
      "kept as a draft: the archive publishes a gift only with a source, and the row names none.";

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
    // Who imports and how, without the file itself (the run's largest column).
    Object[] started =
        em.createQuery(
                "SELECT r.actor, r.publish FROM ImportRun r WHERE r.id = :id", Object[].class)
            .setParameter("id", runId)
            .getSingleResult();
    Work work = new Work(runId, (String) started[0], (Boolean) started[1], lookups);
    StringBuilder report = new StringBuilder();
    int skipped = 0;
    List<Pending> kept = new ArrayList<>();
    for (GiftRow row : rows) {
      if (row.nilReturn()) {
        report.append("Row ").append(row.row()).append(": ").append(NIL_RETURN).append('\n');
        continue;
      }
      // The run's report is written in the background, for whoever opens it later: in English.
      List<String> problems = new ArrayList<>(row.errors().stream().map(Note::toString).toList());
      Pending pending = null;
      if (problems.isEmpty()) {
        pending = work.prepare(row, problems);
      }
      if (!problems.isEmpty()) {
        skipped++;
        report.append("Row ").append(row.row()).append(": ").append(String.join(" ", problems));
        report.append('\n');
        continue;
      }
      kept.add(pending);
    }
    // The batch's new people and gifts are written together: a few statements for each kind
    // rather than some thirty for each row.
    work.createPeople();
    // Under the publish rule a row that names no source stays a draft, and the report says so.
    List<Pending> published = new ArrayList<>();
    List<Pending> drafted = new ArrayList<>();
    for (Pending pending : kept) {
      if (work.publish && pending.source() == null && sources.sourceRequired()) {
        drafted.add(pending);
        report.append("Row ").append(pending.row().row()).append(": ").append(UNSOURCED);
        report.append('\n');
      } else {
        published.add(pending);
      }
    }
    create(work, published, work.publish);
    create(work, drafted, false);
    // What is written is let go of, so that the statements left and the commit do not compare
    // every entry of the batch for changes again.
    em.flush();
    em.clear();
    work.writeRemembered();
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

  /** Rows of {@code import_entry} written per statement. */
  static final int REMEMBERED_PER_STATEMENT = 300;

  /**
   * A giver or recipient as a row names them: {@code name} null for nobody; {@code created} the
   * draft of a person the batch creates (the first row naming them), else null.
   */
  record Party(String name, PersonDraft created) {
    static final Party NOBODY = new Party(null, null);

    String key() {
      return Names.key(name);
    }

    /** Their id, once the batch's people are created. */
    Long id(Lookups lookups) {
      return name == null ? null : lookups.person(name);
    }
  }

  private void create(Work work, List<Pending> rows, boolean publish) {
    List<GiftDraft> drafts = rows.stream().map(work::draft).toList();
    if (!drafts.isEmpty()) {
      for (Long id : gifts.createAll(drafts, work.actor, publish)) {
        work.remember(ImportUndo.GIFT, id);
      }
      work.gifts += drafts.size();
    }
  }

  /** A row that becomes a gift, with what it names found or to be created. */
  record Pending(
      GiftRow row,
      Party giver,
      Long giverCountry,
      Party recipient,
      Long recipientCountry,
      Long summit,
      Long source) {}

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
    final List<ImportUndo.Created> remembered = new ArrayList<>();

    /** People the batch's rows name that are to be created, by {@link Names#key}. */
    final Map<String, PersonDraft> newPeople = new LinkedHashMap<>();

    Work(long runId, String actor, boolean publish, Lookups lookups) {
      this.runId = runId;
      this.actor = actor;
      this.publish = publish;
      this.lookups = lookups;
    }

    /** Notes that the import created the entry, for an undo ({@link #writeRemembered}). */
    void remember(String type, Long id) {
      remembered.add(new ImportUndo.Created(type, id));
    }

    /** Writes what {@link #remember} noted, a few hundred rows a statement. */
    void writeRemembered() {
      for (int from = 0; from < remembered.size(); from += REMEMBERED_PER_STATEMENT) {
        List<ImportUndo.Created> chunk =
            remembered.subList(from, Math.min(remembered.size(), from + REMEMBERED_PER_STATEMENT));
        StringBuilder sql =
            new StringBuilder("INSERT INTO import_entry (run_id, entry_type, entry_id) VALUES ");
        for (int i = 0; i < chunk.size(); i++) {
          sql.append(i == 0 ? "" : ", ")
              .append("(?")
              .append(3 * i + 1)
              .append(", ?")
              .append(3 * i + 2)
              .append(", ?")
              .append(3 * i + 3)
              .append(')');
        }
        var insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < chunk.size(); i++) {
          insert.setParameter(3 * i + 1, runId);
          insert.setParameter(3 * i + 2, chunk.get(i).type());
          insert.setParameter(3 * i + 3, chunk.get(i).id());
        }
        insert.executeUpdate();
      }
      remembered.clear();
    }

    /**
     * Reads a row into a gift to be: its countries and source are found or created, its people
     * found or noted to be created with the batch's ({@link #createPeople}); null with problems.
     */
    Pending prepare(GiftRow row, List<String> problems) {
      // The gift's own fields are checked before anything is created for it, so that a refused
      // row leaves no person or country behind.
      problems.addAll(messages(validator.validate(gift(row, null, null, null, null, null, null))));
      if (!problems.isEmpty()) {
        return null;
      }
      Long giverCountry = country(row.giver().country());
      Long recipientCountry = country(row.recipient().country());
      Party giver = person(row.giver(), problems);
      Party recipient = person(row.recipient(), problems);
      if (!problems.isEmpty()) {
        return null;
      }
      for (Party party : List.of(giver, recipient)) {
        if (party.created() != null) {
          newPeople.putIfAbsent(party.key(), party.created());
        }
      }
      Long summit = row.summit() == null ? null : lookups.summit(row.summit());
      Long source = row.source() == null ? null : source(row.source());
      return new Pending(row, giver, giverCountry, recipient, recipientCountry, summit, source);
    }

    /** Creates the people the batch's rows name and the archive does not have, at once. */
    void createPeople() {
      if (newPeople.isEmpty()) {
        return;
      }
      List<String> keys = List.copyOf(newPeople.keySet());
      List<PersonDraft> drafts = keys.stream().map(newPeople::get).toList();
      List<Long> ids = ImportBatch.this.people.createPeople(drafts, actor, publish);
      for (int i = 0; i < keys.size(); i++) {
        lookups.addPerson(drafts.get(i).name(), ids.get(i));
        remember(ImportUndo.PERSON, ids.get(i));
      }
      people += ids.size();
      newPeople.clear();
    }

    /** The gift of a row prepared before, its people created by now. */
    GiftDraft draft(Pending row) {
      List<Long> cited = row.source() == null ? null : List.of(row.source());
      GiftDraft draft =
          gift(
              row.row(),
              row.giver().id(lookups),
              row.giverCountry(),
              row.recipient().id(lookups),
              row.recipientCountry(),
              row.summit(),
              cited);
      return cited == null ? draft : draft.withClaims(claims(draft, cited.get(0), row.row()));
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
          CitationDraft.of(cited));
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

    /** Who a row names: nobody, someone the archive has, or someone the batch will create. */
    Party person(GiftRow.Party party, List<String> problems) {
      if (party.name() == null) {
        return Party.NOBODY;
      }
      if (lookups.person(party.name()) != null || newPeople.containsKey(Names.key(party.name()))) {
        return new Party(party.name(), null);
      }
      Lookups.CountryMatch country =
          party.country() == null ? null : lookups.country(party.country());
      PersonDraft draft =
          new PersonDraft(
              null,
              lookups.spelling(party.name()),
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
        return Party.NOBODY;
      }
      return new Party(party.name(), draft);
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
