package org.summitry.journal.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Named;
import org.summitry.kernel.Page;
import org.summitry.kernel.Slugs;

/**
 * The life of an entry of any kind, journaled: a new entry starts as a draft, is changed, published
 * and unpublished, moved to the trash and restored, and purged from the trash for good; each step
 * appends a journal row with the entry's snapshot in the transaction that makes it. An entry with
 * an address gets a unique one, and a changed address redirects from the old. The back office's
 * list, trash and drafts are read here too.
 *
 * <p>A component's facade makes one for each use, with its own entity manager and the snapshot of
 * its kind (which may read other components), and keeps only its domain: which fields a draft sets,
 * what refuses a purge. The lifecycle runs in the facade's transaction; it starts none.
 */
public final class EntryLifecycle<E extends Entry> {

  private final EntryKind<E> kind;
  private final EntityManager em;
  private final Journal journal;
  private final Function<E, Map<String, String>> snapshot;
  private PublishRule rule = PublishRule.NONE;

  public EntryLifecycle(
      EntryKind<E> kind,
      EntityManager em,
      Journal journal,
      Function<E, Map<String, String>> snapshot) {
    this.kind = kind;
    this.em = em;
    this.journal = journal;
    this.snapshot = snapshot;
  }

  /** Publishes entries only when {@code rule} lets it, after the kind's own check. */
  public EntryLifecycle<E> publishedOnlyUnder(PublishRule rule) {
    this.rule = rule;
    return this;
  }

  /**
   * The entry with this id, in any state.
   *
   * @throws IllegalArgumentException when there is none
   */
  public E find(Long id) {
    E entry = em.find(kind.entity(), id);
    if (entry == null) {
      throw new IllegalArgumentException("No " + kind.noun() + " " + id);
    }
    return entry;
  }

  /**
   * The entry with this id, to be changed by an editor who started from {@code expectedVersion}.
   *
   * @throws EditConflict when someone else has saved it since
   */
  public E edit(Long id, Long expectedVersion) {
    E entry = find(id);
    if (expectedVersion != null && expectedVersion != entry.getVersion()) {
      throw new EditConflict(entry.getVersion());
    }
    return entry;
  }

  /**
   * A new draft made by {@code create} when {@code id} is null, else the entry to change (see
   * {@link #edit}).
   */
  public E open(Long id, Long expectedVersion, Supplier<E> create) {
    if (id != null) {
      return edit(id, expectedVersion);
    }
    E entry = create.get();
    entry.setPublished(false);
    return entry;
  }

  /**
   * A new draft made by {@code create} at a free address ({@link #newSlug}) when {@code id} is
   * null, else the entry to change, moved to the address asked for ({@link #readdress}).
   */
  public E open(
      Long id, Long expectedVersion, String asked, String title, Function<String, E> create) {
    if (id == null) {
      return open(null, null, () -> create.apply(newSlug(asked, title)));
    }
    E entry = edit(id, expectedVersion);
    readdress(entry, asked);
    return entry;
  }

  /**
   * The address of a new entry: the one asked for, or one made from the title when none is; the
   * first of address-2, address-3, ... when another entry has it.
   */
  public String newSlug(String asked, String title) {
    return uniqueSlug(asked == null || asked.isBlank() ? Slugs.fromTitle(title) : asked, null);
  }

  /**
   * The addresses of new entries, one for each title (or address asked for, where not null), found
   * free with one statement per {@value #SLUGS_PER_QUERY} entries rather than one each: the first
   * of address, address-2, address-3, ... that no entry has and no earlier one of the list takes.
   */
  public List<String> newSlugs(List<String> asked, List<String> titles) {
    List<String> bases = new java.util.ArrayList<>(titles.size());
    for (int i = 0; i < titles.size(); i++) {
      String wanted = asked.get(i);
      String base = wanted == null || wanted.isBlank() ? Slugs.fromTitle(titles.get(i)) : wanted;
      bases.add(Slugs.isValid(base) ? base : Slugs.fromTitle(base));
    }
    Set<String> taken = new HashSet<>();
    List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(bases));
    for (int from = 0; from < distinct.size(); from += SLUGS_PER_QUERY) {
      List<String> chunk =
          distinct.subList(from, Math.min(distinct.size(), from + SLUGS_PER_QUERY));
      StringBuilder where = new StringBuilder("x.slug IN :bases");
      for (int i = 0; i < chunk.size(); i++) {
        where.append(" OR x.slug LIKE :p").append(i).append(" ESCAPE '\\'");
      }
      TypedQuery<String> holders =
          em.createQuery("SELECT x.slug FROM " + from() + " WHERE " + where, String.class)
              .setParameter("bases", chunk);
      for (int i = 0; i < chunk.size(); i++) {
        holders.setParameter("p" + i, likePrefix(chunk.get(i)));
      }
      taken.addAll(holders.getResultList());
    }
    List<String> slugs = new java.util.ArrayList<>(bases.size());
    for (String base : bases) {
      String candidate = base;
      for (int n = 2; taken.contains(candidate); n++) {
        candidate = Slugs.withSuffix(base, n);
      }
      taken.add(candidate);
      slugs.add(candidate);
    }
    return slugs;
  }

  /** Addresses looked up per statement by {@link #newSlugs}. */
  static final int SLUGS_PER_QUERY = 100;

  private static String likePrefix(String base) {
    return base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-%";
  }

  /**
   * Stores new entries together, published at once when {@code publish} (each checked as {@link
   * #change} checks it), and journals each as created and, when published, as published, both rows
   * with the snapshot taken once: what {@link #save} and {@link #change} would write entry by
   * entry, in a few batched statements. {@code beforeSnapshot} runs after the entries are written
   * (what refers to them by id, such as citations, is written there) and before any is checked for
   * publishing or snapshotted; {@code snapshots} gives the snapshot function for the whole list, so
   * that it can read what all of them name at once.
   */
  public void createAll(
      List<E> entries,
      boolean publish,
      String actor,
      Runnable beforeSnapshot,
      Function<List<E>, Function<E, Map<String, String>>> snapshots) {
    for (E entry : entries) {
      entry.setPublished(publish);
      em.persist(entry);
    }
    em.flush();
    beforeSnapshot.run();
    if (publish) {
      entries.forEach(kind.beforePublishing());
    }
    em.flush();
    Function<E, Map<String, String>> snapshotOf = snapshots.apply(entries);
    List<Journal.Row> rows = new java.util.ArrayList<>();
    for (E entry : entries) {
      Map<String, String> fields = snapshotOf.apply(entry);
      String label = kind.label().apply(entry);
      String type = kind.type().name();
      rows.add(new Journal.Row(type, entry.getId(), Change.CREATED, actor, label, fields));
      if (publish) {
        rows.add(new Journal.Row(type, entry.getId(), Change.PUBLISHED, actor, label, fields));
      }
    }
    journal.recordAll(rows);
    em.flush();
  }

  /**
   * Gives the entry the address asked for, unless none is asked for or it is the same; the old
   * address redirects to the entry from now on, and the new one no longer redirects elsewhere.
   *
   * @throws InvalidField ({@code slug}) when the address is malformed or another entry has it
   */
  public void readdress(E entry, String asked) {
    String current = kind.slug().apply(entry);
    String slug = asked == null || asked.isBlank() ? current : asked.strip();
    if (slug.equals(current)) {
      return;
    }
    if (!Slugs.isValid(slug)) {
      throw new InvalidField("slug", "refusal.slug.letters");
    }
    if (!uniqueSlug(slug, entry.getId()).equals(slug)) {
      throw new InvalidField("slug", "refusal.slug.taken", kind.noun());
    }
    SlugRedirects.remember(em, kind.type(), current, entry.getId());
    SlugRedirects.forget(em, kind.type(), slug);
    kind.readdress().accept(entry, slug);
  }

  /**
   * Stores a new entry or the changes to one, written at once: others refer to the row by id alone,
   * which JPA cannot order inserts by.
   */
  public void write(E entry, boolean created) {
    if (created) {
      em.persist(entry);
    }
    em.flush();
  }

  /** Appends the journal row for a change to the entry, with its snapshot as it is now. */
  public Long record(E entry, Change change, String actor) {
    return journal.record(
        kind.type().name(),
        entry.getId(),
        change,
        actor,
        kind.label().apply(entry),
        snapshot.apply(entry));
  }

  /**
   * Saves what an editor (or an import) wrote: a new draft when {@code id} is null, made by {@code
   * create} at a free address, else the entry changed, moved to the address asked for (see {@link
   * #open}); its fields set by {@code fill}; then what hangs on its id ({@code attach}: citations,
   * claims, translations); then its journal row, {@link Change#CREATED} for a new one, else {@code
   * change}. Returns its id.
   */
  public Long save(
      Long id,
      Long expectedVersion,
      String asked,
      String title,
      Function<String, E> create,
      Consumer<E> fill,
      Consumer<Long> attach,
      Change change,
      String actor) {
    E entry = open(id, expectedVersion, asked, title, create);
    fill.accept(entry);
    write(entry, id == null);
    attach.accept(entry.getId());
    record(entry, id == null ? Change.CREATED : change, actor);
    return entry.getId();
  }

  /**
   * The id of the entry at the address asked for (made from the title when none is), in any state;
   * when there is none, the entry {@code create} makes there, its fields set by {@code fill} and
   * what hangs on its id by {@code attach}, written and journaled as created by the system: how
   * seed content is loaded once however often it is asked for.
   */
  public Long ensure(
      String asked,
      String title,
      Function<String, E> create,
      Consumer<E> fill,
      Consumer<Long> attach) {
    String slug = asked == null ? Slugs.fromTitle(title) : asked;
    List<Long> existing =
        em.createQuery("SELECT x.id FROM " + from() + " WHERE x.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .setMaxResults(1)
            .getResultList();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    E entry = create.apply(slug);
    fill.accept(entry);
    write(entry, true);
    attach.accept(entry.getId());
    record(entry, Change.CREATED, "system");
    return entry.getId();
  }

  /**
   * Runs {@code change} on an entry's attached facts (its citations, say) and journals the entry as
   * updated by {@code actor} when the change says it changed anything.
   */
  public boolean update(Long id, String actor, BooleanSupplier change) {
    E entry = find(id);
    if (!change.getAsBoolean()) {
      return false;
    }
    record(entry, Change.UPDATED, actor);
    return true;
  }

  /**
   * {@link #write}s the entry and {@link #record}s it, as {@link Change#CREATED} when it is new;
   * returns its id.
   */
  public Long save(E entry, boolean created, Change change, String actor) {
    write(entry, created);
    record(entry, created ? Change.CREATED : change, actor);
    return entry.getId();
  }

  /**
   * Publishes (when the kind and the archive's {@link PublishRule} allow it), unpublishes, trashes
   * or restores an entry, and journals it.
   *
   * @throws IllegalArgumentException for no such entry, or a change that is not a workflow step
   */
  public void change(Long id, Change change, String actor) {
    E entry = find(id);
    switch (change) {
      case PUBLISHED -> {
        kind.beforePublishing().accept(entry);
        rule.check(kind.type(), entry.getId(), kind.noun());
        entry.setPublished(true);
      }
      case UNPUBLISHED -> entry.setPublished(false);
      case TRASHED -> entry.moveToTrash();
      case RESTORED -> entry.restoreFromTrash();
      default -> throw new IllegalArgumentException("Not a workflow change: " + change);
    }
    em.flush();
    record(entry, change, actor);
  }

  /**
   * Deletes a trashed entry for good; its journal rows stay as the record of what it was. {@code
   * beforePurge} runs first: it refuses (by throwing) while others still need the entry, or lets go
   * of what refers to it.
   *
   * @throws IllegalArgumentException when the entry is not in the trash
   */
  public void purge(Long id, String actor, Consumer<E> beforePurge) {
    E entry = em.find(kind.entity(), id);
    if (entry == null || !entry.isTrashed()) {
      throw new IllegalArgumentException("Only a " + kind.noun() + " in the trash can be purged");
    }
    beforePurge.accept(entry);
    record(entry, Change.PURGED, actor);
    em.remove(entry);
  }

  /** The entry as the back office edits it, drafts and the trash included. */
  public <R> Optional<R> forEditing(Long id, Function<E, R> edit) {
    return Optional.ofNullable(em.find(kind.entity(), id)).map(edit);
  }

  /** The back office's list: drafts and published entries (not the trash), searched and sorted. */
  public <R> Page<R> adminList(AdminQuery query, Function<E, R> row) {
    String pattern = query.likePattern();
    String where = adminWhere(pattern);
    String order =
        kind.sorts().getOrDefault(query.sort() == null ? "" : query.sort(), kind.defaultSort());
    String direction = query.descending() ? " DESC" : " ASC";
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(x) FROM " + from() + where, Long.class);
    TypedQuery<E> list =
        em.createQuery(
            "SELECT x FROM "
                + from()
                + where
                + " ORDER BY x."
                + order
                + direction
                + ", x.id"
                + direction,
            kind.entity());
    if (where.contains(":q")) {
      count.setParameter("q", pattern);
      list.setParameter("q", pattern);
    }
    long total = count.getSingleResult();
    int number = Page.clamp(query.page(), query.size(), total);
    List<R> items =
        list.setFirstResult((number - 1) * query.size())
            .setMaxResults(query.size())
            .getResultStream()
            .map(row)
            .toList();
    return new Page<>(items, number, query.size(), total);
  }

  /**
   * The ids of every entry the back office's list shows for this search, on all its pages, in the
   * list's order: what "select all matching" selects.
   */
  public List<Long> adminIds(AdminQuery query) {
    String pattern = query.likePattern();
    String where = adminWhere(pattern);
    String order =
        kind.sorts().getOrDefault(query.sort() == null ? "" : query.sort(), kind.defaultSort());
    String direction = query.descending() ? " DESC" : " ASC";
    TypedQuery<Long> ids =
        em.createQuery(
            "SELECT x.id FROM "
                + from()
                + where
                + " ORDER BY x."
                + order
                + direction
                + ", x.id"
                + direction,
            Long.class);
    if (where.contains(":q")) {
      ids.setParameter("q", pattern);
    }
    return ids.getResultList();
  }

  /** The ids of the entries in the trash, most recently trashed first. */
  public List<Long> trashIds() {
    return em.createQuery(
            "SELECT x.id FROM "
                + from()
                + " WHERE x.deletedAt IS NOT NULL ORDER BY x.deletedAt DESC, x.id",
            Long.class)
        .getResultList();
  }

  private String adminWhere(String pattern) {
    return " WHERE x.deletedAt IS NULL"
        + (pattern == null || kind.searched().isEmpty()
            ? ""
            : kind.searched().stream()
                .map(field -> "LOWER(x." + field + ") LIKE :q ESCAPE '\\'")
                .collect(Collectors.joining(" OR ", " AND (", ")")));
  }

  /** Entries in the trash, most recently trashed first. */
  public <R> List<R> trash(Function<E, R> row) {
    return em.createQuery(
            "SELECT x FROM " + from() + " WHERE x.deletedAt IS NOT NULL ORDER BY x.deletedAt DESC",
            kind.entity())
        .getResultStream()
        .map(row)
        .toList();
  }

  /**
   * Entries in the trash, most recently trashed first, from {@code first}, at most {@code max}, for
   * the one trash page that lists every kind together (it merges the kinds' first rows by {@code
   * deletedAt}).
   */
  public List<TrashedEntry> trashed(int first, int max) {
    return em.createQuery(
            "SELECT x FROM "
                + from()
                + " WHERE x.deletedAt IS NOT NULL ORDER BY x.deletedAt DESC, x.id DESC",
            kind.entity())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(x -> new TrashedEntry(kind.type(), x.getId(), kind.label().apply(x), x.getDeletedAt()))
        .toList();
  }

  /** How many entries of the kind are in the trash. */
  public long countTrashed() {
    return em.createQuery(
            "SELECT COUNT(x) FROM " + from() + " WHERE x.deletedAt IS NOT NULL", Long.class)
        .getSingleResult();
  }

  /** The most recently changed drafts, for the dashboard. */
  public <R> List<R> drafts(int howMany, Function<E, R> row) {
    return em.createQuery(
            "SELECT x FROM "
                + from()
                + " WHERE x.published = FALSE AND x.deletedAt IS NULL ORDER BY x.updatedAt DESC",
            kind.entity())
        .setMaxResults(howMany)
        .getResultStream()
        .map(row)
        .toList();
  }

  /** How many drafts wait, the trash left out, for the dashboard. */
  public long countDrafts() {
    return em.createQuery(
            "SELECT COUNT(x) FROM " + from() + " WHERE x.published = FALSE AND x.deletedAt IS NULL",
            Long.class)
        .getSingleResult();
  }

  /**
   * Public entries with ids above {@code afterId}, in id order, read only, for the search index;
   * {@code batched} relations are read in one more query for them all.
   */
  public <R> List<R> publishedAfter(
      long afterId, int limit, Function<E, R> row, String... batched) {
    TypedQuery<E> query =
        em.createQuery(
                "SELECT x FROM "
                    + from()
                    + " WHERE x.id > :after AND x.published = TRUE"
                    + " AND x.deletedAt IS NULL ORDER BY x.id",
                kind.entity())
            .setParameter("after", afterId)
            .setHint("eclipselink.read-only", "true");
    for (String relation : batched) {
      query.setHint("eclipselink.batch", "x." + relation);
    }
    if (batched.length > 0) {
      query.setHint("eclipselink.batch.type", "IN");
    }
    return query.setMaxResults(limit).getResultStream().map(row).toList();
  }

  /**
   * The addresses of public entries, by id, from {@code first}, at most {@code max}, in the order
   * of their ids: sitemaps list every entry in such slices.
   */
  public Map<Long, String> publicSlugs(int first, int max) {
    Map<Long, String> slugs = new LinkedHashMap<>();
    em.createQuery(
            "SELECT x.id, x.slug FROM "
                + from()
                + " WHERE x.published = TRUE AND x.deletedAt IS NULL ORDER BY x.id",
            Object[].class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .forEach(row -> slugs.put((Long) row[0], (String) row[1]));
    return slugs;
  }

  /**
   * The id of the entry at this address in any state, drafts and the trash included, so that a
   * withdrawn entry's address can say so; the caller decides what of it may be told.
   */
  public Optional<Long> idOfAny(String slug) {
    return em.createQuery("SELECT x.id FROM " + from() + " WHERE x.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The current address of the public entry an old address pointed to, if any. */
  public Optional<String> redirect(String oldSlug) {
    return SlugRedirects.target(em, kind.type(), oldSlug)
        .map(id -> em.find(kind.entity(), id))
        .filter(Entry::isPublic)
        .map(kind.slug());
  }

  /**
   * Entries by address as links name them, keyed by the address asked for: drafts and trashed ones
   * included, since history names them too, and an address changed since found through its
   * redirect. One query, two more when some addresses are old ones.
   */
  public Map<String, Named> named(Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return Collections.emptyMap();
    }
    String select =
        "SELECT NEW org.summitry.kernel.Named(x.id, x.slug, x."
            + kind.nameField()
            + ") FROM "
            + from();
    Map<String, Named> named =
        em.createQuery(select + " WHERE x.slug IN :slugs", Named.class)
            .setParameter("slugs", List.copyOf(slugs))
            .getResultStream()
            .collect(Collectors.toMap(Named::key, Function.identity(), (a, b) -> a, HashMap::new));
    Map<String, Long> renamed =
        SlugRedirects.targets(
            em, kind.type(), slugs.stream().filter(slug -> !named.containsKey(slug)).toList());
    if (!renamed.isEmpty()) {
      Map<Long, Named> byId =
          em.createQuery(select + " WHERE x.id IN :ids", Named.class)
              .setParameter("ids", List.copyOf(new HashSet<>(renamed.values())))
              .getResultStream()
              .collect(Collectors.toMap(Named::id, Function.identity()));
      renamed.forEach(
          (old, id) -> {
            Named now = byId.get(id);
            if (now != null) {
              named.put(old, new Named(id, old, now.name()));
            }
          });
    }
    return named;
  }

  /**
   * {@code wanted}, or the first of wanted-2, wanted-3, ... that no other entry of the kind has.
   */
  private String uniqueSlug(String wanted, Long self) {
    String base = Slugs.isValid(wanted) ? wanted : Slugs.fromTitle(wanted);
    String prefix = base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-%";
    TypedQuery<String> holders =
        em.createQuery(
                "SELECT x.slug FROM "
                    + from()
                    + " WHERE (x.slug = :base OR x.slug LIKE :prefix ESCAPE '\\')"
                    + (self == null ? "" : " AND x.id <> :self"),
                String.class)
            .setParameter("base", base)
            .setParameter("prefix", prefix);
    if (self != null) {
      holders.setParameter("self", self);
    }
    Set<String> taken = new HashSet<>(holders.getResultList());
    String candidate = base;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = Slugs.withSuffix(base, n);
    }
    return candidate;
  }

  private String from() {
    return kind.entityName() + " x";
  }
}
