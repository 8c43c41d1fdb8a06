package org.summitry.sources.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitry.edtf.DateSpec;
import org.summitry.edtf.Edtf;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.EditedEntry;
import org.summitry.journal.boundary.EntryKind;
import org.summitry.journal.boundary.EntryLifecycle;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.JournaledEntries;
import org.summitry.journal.boundary.PublishRule;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.EntryState;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Named;
import org.summitry.kernel.Page;
import org.summitry.kernel.Text;
import org.summitry.kernel.WebAddress;
import org.summitry.sources.entity.Citation;
import org.summitry.sources.entity.Source;

/** Sources and citations: the publications every claim in the archive rests on. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Sources extends JournaledEntries<Source, Sources.SourceEdit> {

  @PersistenceContext EntityManager em;

  @Inject Journal journal;
  @Inject Claims claims;

  /**
   * The archive's publish rule: a summit, gift or photo is published only once it cites a source or
   * makes a claim resting on one ({@code summitry.publish.requires.source}, on unless set to
   * false).
   */
  @Inject
  @ConfigProperty(name = "summitry.publish.requires.source", defaultValue = "true")
  boolean sourceRequired = true;

  private static final EntryKind<Source> KIND =
      EntryKind.of(Source.class, EntryType.SOURCE, "source", Source::getTitle)
          .listed(
              List.of("title", "publisher", "url"),
              Map.of("title", "title", "publisher", "publisher", "date", "publishedOn.earliest"),
              "updatedAt");

  @Override
  protected EntryLifecycle<Source> lifecycle() {
    return new EntryLifecycle<>(KIND, em, journal, Sources::snapshot);
  }

  /**
   * The archive's publish rule for entries that cite sources: while it is on, publishing an entry
   * that neither cites a source nor makes a claim resting on one (a source in the trash does not
   * count) is refused on its {@code sources} field.
   */
  public PublishRule publishRule() {
    return (type, id, noun) -> {
      if (!mayPublish(type, id)) {
        throw new InvalidField("sources", "refusal.publish.source", noun);
      }
    };
  }

  /** Whether the publish rule lets this entry be published as far as its sources go. */
  public boolean mayPublish(EntryType type, Long entryId) {
    return !sourceRequired || hasSource(type, entryId);
  }

  /** Whether the publish rule asks summits, gifts and photos for a source. */
  public boolean sourceRequired() {
    return sourceRequired;
  }

  /** Turns the publish rule on or off, for this archive's life (tests, tools). */
  public void requireSources(boolean required) {
    this.sourceRequired = required;
  }

  /**
   * Whether an entry cites a source or makes a claim resting on one, drafts included and the trash
   * left out.
   */
  public boolean hasSource(EntryType type, Long entryId) {
    return em.createQuery(
                    "SELECT COUNT(c) FROM Citation c WHERE c.entryType = :type AND c.entryId = :id"
                        + " AND c.source.deletedAt IS NULL",
                    Long.class)
                .setParameter("type", type)
                .setParameter("id", entryId)
                .getSingleResult()
            > 0
        || em.createQuery(
                    "SELECT COUNT(c) FROM Claim c WHERE c.entryType = :type AND c.entryId = :id"
                        + " AND c.source.deletedAt IS NULL",
                    Long.class)
                .setParameter("type", type)
                .setParameter("id", entryId)
                .getSingleResult()
            > 0;
  }

  /** The published sources an entry cites, in the curator's order. */
  public List<SourceView> citedBy(EntryType type, Long entryId) {
    return em.createNamedQuery(Citation.FOR_ENTRY, Citation.class)
        .setParameter("type", type)
        .setParameter("id", entryId)
        .getResultStream()
        .map(
            c ->
                new SourceView(
                    c.getSource().getId(),
                    c.getSource().getPublisher(),
                    c.getSource().getTitle(),
                    c.getSource().getUrl(),
                    c.getSource().getPublishedOn() == null
                        ? null
                        : Edtf.parse(c.getSource().getPublishedOn().edtf()),
                    c.getNote(),
                    c.getPage(),
                    c.getQuote(),
                    c.getAccessedOn()))
        .toList();
  }

  /** Every source not in the trash, drafts included, for the back office's pickers. */
  public List<SourceView> pickable() {
    return em.createQuery(
            "SELECT s FROM Source s WHERE s.deletedAt IS NULL ORDER BY s.publisher, s.title, s.id",
            Source.class)
        .getResultStream()
        .map(s -> view(s, null))
        .toList();
  }

  /**
   * The sources an entry cites as the journal shows them, one per line: the id (what a restore
   * reads) and the publisher and title (what a person reads), such as "974 | CBS News: Photos show
   * ...".
   */
  public String citedLines(EntryType type, Long entryId) {
    return em.createQuery(
            "SELECT c.source FROM Citation c WHERE c.entryType = :type AND c.entryId = :id"
                + " ORDER BY c.position",
            Source.class)
        .setParameter("type", type)
        .setParameter("id", entryId)
        .getResultStream()
        .map(Sources::line)
        .collect(Collectors.joining("\n"));
  }

  /** One source as a line of a snapshot: "id | publisher: title". */
  public static String line(SourceView source) {
    return source.id()
        + " | "
        + (source.publisher() == null ? "" : source.publisher() + ": ")
        + source.title();
  }

  private static String line(Source source) {
    return line(view(source, null));
  }

  /**
   * What an entry's draft says of its sources, saved in the transaction of the entry's own save:
   * the sources it cites ({@link #setCitations}; null leaves them as they are) and the claims it
   * makes ({@link Claims#set}; null leaves them as they are).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void cite(
      EntryType type, Long entryId, List<CitationDraft> citations, List<ClaimDraft> made) {
    if (citations != null) {
      setCitations(type, entryId, citations);
    }
    if (made != null) {
      claims.set(type, entryId, made);
    }
  }

  /**
   * Makes an entry cite {@code sourceId} too, after the sources it cites; false, changing nothing,
   * when it cites it already. Runs in the transaction of the change that journals it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean citeAlso(EntryType type, Long entryId, Long sourceId) {
    List<CitationDraft> cited = citations(type, entryId);
    if (cited.stream().anyMatch(c -> sourceId.equals(c.sourceId()))) {
      return false;
    }
    List<CitationDraft> more = new ArrayList<>(cited);
    more.addAll(CitationDraft.of(List.of(sourceId)));
    setCitations(type, entryId, more);
    return true;
  }

  /**
   * Makes an entry cite exactly these sources, in this order, each with its page, quote, note and
   * access date. Runs in the transaction of the entry's own save, so the citations change with the
   * entry and its journal row.
   *
   * @throws InvalidField ({@code sources}) for a source gone since the form was shown, an access
   *     date in the future or a text too long
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void setCitations(EntryType type, Long entryId, List<CitationDraft> citations) {
    Map<Long, CitationDraft> wanted = new LinkedHashMap<>();
    for (CitationDraft citation : citations) {
      citation.check();
      wanted.putIfAbsent(citation.sourceId(), citation);
    }
    if (List.copyOf(wanted.values()).equals(citations(type, entryId))) {
      return;
    }
    em.createQuery("DELETE FROM Citation c WHERE c.entryType = :type AND c.entryId = :id")
        .setParameter("type", type)
        .setParameter("id", entryId)
        .executeUpdate();
    int position = 0;
    for (CitationDraft citation : wanted.values()) {
      em.persist(citation(type, entryId, position++, citation));
    }
    em.flush();
  }

  /** A citation of the draft's source, which must exist, at {@code position}. */
  private Citation citation(EntryType type, Long entryId, int position, CitationDraft draft) {
    Source source = em.find(Source.class, draft.sourceId());
    if (source == null) {
      throw new InvalidField("sources", "refusal.sources.gone");
    }
    return new Citation(
        source,
        type,
        entryId,
        position,
        Text.strippedOrNull(draft.page()),
        Text.strippedOrNull(draft.quote()),
        Text.strippedOrNull(draft.note()),
        draft.accessed());
  }

  /**
   * Makes a gift, summit or photo created in this transaction, which cites nothing yet, cite these
   * sources in this order, without reading what it cited or writing at once (the caller's flush
   * writes the citations, batched with others); returns them as its snapshot lists them ({@link
   * #citedLines}).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String citeNew(EntryType type, Long entryId, List<CitationDraft> citations) {
    List<String> lines = new java.util.ArrayList<>(citations.size());
    java.util.Set<Long> seen = new java.util.HashSet<>();
    int position = 0;
    for (CitationDraft citation : citations) {
      if (!seen.add(citation.sourceId())) {
        continue;
      }
      Citation made = citation(type, entryId, position++, citation);
      em.persist(made);
      lines.add(line(made.getSource()));
    }
    return String.join("\n", lines);
  }

  /** The citations an entry makes, in order, drafts and trashed sources included. */
  public List<CitationDraft> citations(EntryType type, Long entryId) {
    return em.createQuery(
            "SELECT c FROM Citation c WHERE c.entryType = :type AND c.entryId = :id"
                + " ORDER BY c.position",
            Citation.class)
        .setParameter("type", type)
        .setParameter("id", entryId)
        .getResultStream()
        .map(
            c ->
                new CitationDraft(
                    c.getSource().getId(),
                    c.getPage(),
                    c.getQuote(),
                    c.getNote(),
                    c.getAccessedOn()))
        .toList();
  }

  /**
   * The details of an entry's citations as the journal keeps them ({@link CitationDraft#lines}),
   * null when none has any.
   */
  public String citationLines(EntryType type, Long entryId) {
    return CitationDraft.lines(citations(type, entryId));
  }

  /** Whether a source with that publisher and title is recorded, in whatever state. */
  public boolean has(String publisher, String title) {
    return byTitle(publisher, title).findAny().isPresent();
  }

  private Stream<Source> byTitle(String publisher, String title) {
    return em.createNamedQuery(Source.BY_TITLE, Source.class)
        .setParameter("title", title)
        .setParameter("publisher", publisher)
        .setMaxResults(1)
        .getResultStream();
  }

  /**
   * Records a source unless one with that publisher and title exists; returns its id either way.
   */
  @Transactional
  public Long ensureSource(String publisher, String title, String url, String date) {
    return byTitle(publisher, title)
        .findFirst()
        .orElseGet(
            () -> {
              Source source = new Source(publisher, title, url, DateSpec.of(date));
              lifecycle().save(source, true, Change.CREATED, "system");
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

  @Override
  protected SourceEdit edited(Source s) {
    return new SourceEdit(view(s, null), s.state(), snapshot(s));
  }

  /** A source with its workflow state and its fields as the journal records them. */
  public record SourceEdit(SourceView source, EntryState state, Map<String, String> fields)
      implements EditedEntry {}

  /**
   * Creates ({@code id} null, as a draft) or changes a source and journals the change in the same
   * transaction.
   *
   * @param expectedVersion the version the editor started from; another is an {@link EditConflict}
   * @throws InvalidField ({@code url}) when the address is not an absolute http(s) address: the
   *     public pages link only those, so anything else would be kept but never usable
   */
  @Transactional
  public Long save(
      Long id, Long expectedVersion, @Valid SourceDraft draft, String actor, Change change) {
    String url = null;
    if (draft.url() != null && !draft.url().isBlank()) {
      url = WebAddress.linkable(draft.url());
      if (url == null) {
        throw new InvalidField("url", "refusal.source.url");
      }
    }
    EntryLifecycle<Source> life = lifecycle();
    Source source =
        life.open(id, expectedVersion, () -> new Source(null, draft.title(), null, null));
    source.setTitle(draft.title());
    source.setPublisher(Text.blankToNull(draft.publisher()));
    source.setUrl(url);
    source.setPublishedOn(DateSpec.of(Text.blankToNull(draft.date())));
    return life.save(source, id == null, change, actor);
  }

  /** The citations of a purged source and claims resting on it go with it: nothing without it. */
  @Override
  protected void purging(Source source) {
    em.createQuery("DELETE FROM Citation c WHERE c.source.id = :id")
        .setParameter("id", source.getId())
        .executeUpdate();
    em.createQuery("DELETE FROM Claim c WHERE c.source.id = :id")
        .setParameter("id", source.getId())
        .executeUpdate();
  }

  /**
   * How many citations of a source and claims resting on it there are, drafts included, so a purge
   * can say what it removes.
   */
  public long citations(Long id) {
    return em.createQuery("SELECT COUNT(c) FROM Citation c WHERE c.source.id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult()
        + em.createQuery("SELECT COUNT(c) FROM Claim c WHERE c.source.id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
  }

  @Override
  protected SourceEdit listed(Source s) {
    return new SourceEdit(view(s, null), s.state(), Map.of());
  }

  /** The fields of a source as the journal keeps them, named as in the back office's form. */
  /** What each field of a source's journal snapshot holds. */
  public static final Map<String, FieldKind> JOURNAL_FIELDS =
      Map.of(
          "publisher", FieldKind.TEXT,
          "title", FieldKind.TEXT,
          "url", FieldKind.TEXT,
          "date", FieldKind.EDTF);

  static Map<String, String> snapshot(Source s) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("publisher", s.getPublisher());
    fields.put("title", s.getTitle());
    fields.put("url", s.getUrl());
    fields.put("date", s.getPublishedOn() == null ? null : s.getPublishedOn().edtf());
    return FieldKind.canonical(JOURNAL_FIELDS, fields);
  }

  /** Published sources with ids above {@code afterId}, in id order, for the search index. */
  public List<SourceView> publishedAfter(long afterId, int limit) {
    return lifecycle().publishedAfter(afterId, limit, s -> view(s, null));
  }

  /** Published sources by publisher and title, a page at a time, for the API's list. */
  public Page<SourceView> published(int page, int size) {
    long total =
        em.createQuery(
                "SELECT COUNT(s) FROM Source s WHERE s.published = TRUE AND s.deletedAt IS NULL",
                Long.class)
            .getSingleResult();
    int number = Page.clamp(page, size, total);
    List<SourceView> items =
        em.createQuery(
                "SELECT s FROM Source s WHERE s.published = TRUE AND s.deletedAt IS NULL"
                    + " ORDER BY s.publisher, s.title, s.id",
                Source.class)
            .setFirstResult((number - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(s -> view(s, null))
            .toList();
    return new Page<>(items, number, size, total);
  }

  /** How many sources are published, for sitemaps. */
  public long countPublic() {
    return em.createQuery(
            "SELECT COUNT(s) FROM Source s WHERE s.published = TRUE AND s.deletedAt IS NULL",
            Long.class)
        .getSingleResult();
  }

  /** Ids of published sources in order, from {@code first}, at most {@code max}, for sitemaps. */
  public List<Long> publicIds(int first, int max) {
    return em.createQuery(
            "SELECT s.id FROM Source s WHERE s.published = TRUE AND s.deletedAt IS NULL"
                + " ORDER BY s.id",
            Long.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** A published source, for its public page. */
  public Optional<SourceView> publishedSource(Long id) {
    return em.createQuery(
            "SELECT s FROM Source s WHERE s.id = :id AND s.published = TRUE AND s.deletedAt IS NULL",
            Source.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(s -> view(s, null));
  }

  /** What a citation says besides its source: "p. 2 · “the words” · note"; null for nothing. */
  private static String said(Citation c) {
    List<String> parts = new ArrayList<>();
    if (c.getPage() != null) {
      parts.add(c.getPage());
    }
    if (c.getQuote() != null) {
      parts.add("“" + c.getQuote() + "”");
    }
    if (c.getNote() != null) {
      parts.add(c.getNote());
    }
    return parts.isEmpty() ? null : String.join(" · ", parts);
  }

  /**
   * An entry citing a source, with what the citation says (its page, quotation and note); whether
   * the entry is public is its owner's to say.
   */
  public record Citing(EntryType type, Long entryId, String note) {}

  /**
   * Every entry citing a source or making a claim that rests on it, by type and id, each once (with
   * the citation's note where there is one).
   */
  public List<Citing> citing(Long sourceId) {
    Map<String, Citing> entries = new LinkedHashMap<>();
    em.createQuery(
            "SELECT c FROM Citation c WHERE c.source.id = :id ORDER BY c.entryType, c.entryId",
            Citation.class)
        .setParameter("id", sourceId)
        .getResultStream()
        .forEach(
            c ->
                entries.put(
                    c.getEntryType() + ":" + c.getEntryId(),
                    new Citing(c.getEntryType(), c.getEntryId(), said(c))));
    em.createQuery(
            "SELECT DISTINCT c.entryType, c.entryId FROM Claim c WHERE c.source.id = :id"
                + " ORDER BY c.entryType, c.entryId",
            Object[].class)
        .setParameter("id", sourceId)
        .getResultStream()
        .forEach(
            row ->
                entries.putIfAbsent(
                    row[0] + ":" + row[1], new Citing((EntryType) row[0], (Long) row[1], null)));
    return List.copyOf(entries.values());
  }

  /** How many citations each of these sources has, in one query; sources never cited are absent. */
  public Map<Long, Long> citationCounts(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createQuery(
            "SELECT c.source.id, COUNT(c) FROM Citation c WHERE c.source.id IN :ids"
                + " GROUP BY c.source.id",
            Object[].class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
  }

  /**
   * Sources by id as links name them ("publisher: title"), in one query, drafts and trashed ones
   * included.
   */
  public Map<Long, Named> namedSources(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createQuery("SELECT s FROM Source s WHERE s.id IN :ids", Source.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .map(s -> view(s, null))
        .collect(
            Collectors.toMap(
                SourceView::id,
                s ->
                    new Named(
                        s.id(),
                        s.id().toString(),
                        (s.publisher() == null ? "" : s.publisher() + ": ") + s.title())));
  }

  /** The published sources among these ids. */
  public Map<Long, SourceView> sourcesByIds(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createQuery(
            "SELECT s FROM Source s WHERE s.id IN :ids AND s.published = TRUE AND s.deletedAt IS NULL",
            Source.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .collect(Collectors.toMap(Source::getId, s -> view(s, null)));
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
