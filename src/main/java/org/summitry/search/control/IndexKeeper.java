package org.summitry.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Mention;
import org.summitry.platform.boundary.Configuration;
import org.summitry.platform.boundary.DatabaseReady;
import org.summitry.platform.boundary.Shutdown;
import org.summitry.search.boundary.IndexFollowing;
import org.summitry.search.boundary.IndexStatus;

/**
 * Keeps this instance's index in step with the database. At start it rebuilds the index when there
 * is none, when it is of another format, when it is far behind the journal or when it disagrees
 * with the database about how many entries are public; then it follows the journal every couple of
 * seconds, refreshing each changed entry and the entries that show its name.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexKeeper {

  private static final Logger LOG = Logger.getLogger(IndexKeeper.class.getName());

  /** Further behind than this, rebuilding is quicker than replaying the journal. */
  static final long REPLAY_LIMIT = 20_000;

  static final int BATCH = 1000;
  static final int CHANGES_PER_STEP = 5000;

  /** How long a journal row can stay invisible behind later ones (a slow transaction). */
  static final Duration LATE_WINDOW = Duration.ofSeconds(60);

  @Inject Config config;
  @Inject Documents documents;
  @Inject Journal journal;
  @Inject Shutdown shutdown;
  @Inject Event<IndexFollowing> followingEvent;

  @Resource TimerService timers;

  @Inject MetricRegistry metrics;

  /** The index, its state and version: kept there so that searches need not call in here. */
  private final IndexReadings readings = new IndexReadings();

  private volatile String problem;
  private volatile long rebuilt;
  private volatile long rebuildTotal;

  private volatile Path privateFolder;
  private final Map<Long, Instant> applied = new ConcurrentHashMap<>();
  private volatile boolean started;

  /**
   * Starts once the schema is current: an EJB timer (not persistent, so each instance has its own)
   * runs the start and then every step of following, one at a time, in the application's context; a
   * timer that falls due while the previous step still runs waits for it.
   */
  public void onDatabaseReady(@Observes DatabaseReady ready) {
    timers.createIntervalTimer(0, 2000, new TimerConfig("search-index", false));
  }

  @Timeout
  void tick(Timer timer) {
    if (shutdown.underway()) {
      // A tick that ran into the undeploy would hold the lock stop() needs while the database goes
      // away, and stall the shutdown until the JDBC retries give up (seen in the container, where
      // the app's distributable sessions make the undeploy slower).
      return;
    }
    synchronized (this) {
      if (!started) {
        started = true;
        start();
        return;
      }
      if (readings.rebuildRequested()) {
        readings.rebuildRequested(false);
        rebuild();
      }
    }
    if (readings.index() != null && !"FAILED".equals(readings.state())) {
      followSafely();
    }
  }

  /** The index's state, to be read without calling the keeper again. */
  public IndexReadings readings() {
    return readings;
  }

  /** The open index, or null while it is being opened. */
  private SearchIndex index() {
    return readings.index();
  }

  public IndexStatus status() {
    long latest;
    try {
      latest = journal.latestId();
    } catch (RuntimeException e) {
      latest = -1;
    }
    SearchIndex current = readings.index();
    return new IndexStatus(
        readings.state(),
        current == null ? 0 : current.position(),
        latest,
        rebuilt,
        rebuildTotal,
        readings.rebuildRequested(),
        problem);
  }

  /** Rebuilds the whole index from the database, in the background. */
  public void requestRebuild() {
    readings.rebuildRequested(true);
    readings.changed();
  }

  private void start() {
    metrics.gauge(
        Metadata.builder()
            .withName("summitry_search_index_lag")
            .withDescription("Journal changes this instance's search index has yet to apply")
            .build(),
        this,
        keeper -> keeper.status().lag());
    metrics.gauge(
        Metadata.builder()
            .withName("summitry_search_index_rebuilt_documents")
            .withDescription("Documents written by the running or the last index rebuild")
            .build(),
        this,
        keeper -> keeper.rebuilt);
    try {
      readings.index(openIndex());
      if (needsRebuild()) {
        rebuild();
      }
      readings.state("FOLLOWING");
      readings.changed();
      announceFollowing();
    } catch (IOException | RuntimeException e) {
      readings.state("FAILED");
      problem = e.toString();
      LOG.log(Level.SEVERE, "The search index could not be opened or built; search is off.", e);
    }
  }

  /** Tells whoever waits for a settled index; their trouble is not the index's. */
  private void announceFollowing() {
    try {
      followingEvent.fire(new IndexFollowing());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "An observer of the index's start failed", e);
    }
  }

  private SearchIndex openIndex() throws IOException {
    Path folder =
        config
            .getOptionalValue("summitry.index.dir", String.class)
            .map(Path::of)
            .orElse(Configuration.dataDirectory(config).resolve("index"))
            .toAbsolutePath();
    Files.createDirectories(folder);
    try {
      return SearchIndex.open(folder);
    } catch (LockObtainFailedException taken) {
      Path own = folder.resolveSibling(folder.getFileName() + "-" + UUID.randomUUID());
      LOG.warning(
          () ->
              "Another instance holds the search index in "
                  + folder
                  + "; this one builds its own in "
                  + own
                  + " (set SUMMITRY_INDEX_DIR per instance to keep it between restarts).");
      Files.createDirectories(own);
      privateFolder = own;
      return SearchIndex.open(own);
    }
  }

  private boolean needsRebuild() throws IOException {
    if (index().created()) {
      LOG.info("No search index of the current format; building it from the database.");
      return true;
    }
    long latest = journal.latestId();
    if (latest - index().position() > REPLAY_LIMIT) {
      LOG.info(
          () ->
              "The search index is "
                  + (latest - index().position())
                  + " changes behind; rebuilding.");
      return true;
    }
    if (latest < index().position()) {
      LOG.info("The search index is ahead of this database's journal; rebuilding.");
      return true;
    }
    if (latest == index().position()) {
      for (String type : List.of("gift", "summit", "person", "country")) {
        long inDatabase = documents.publicCount(type);
        long inIndex = index().count(type);
        if (inDatabase != inIndex) {
          LOG.info(
              () ->
                  "The search index holds "
                      + inIndex
                      + " "
                      + type
                      + " entries, the database "
                      + inDatabase
                      + "; rebuilding.");
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Reads the archive in batches and writes them into the index, the reading of one batch (in this
   * container thread, which the boundaries need) overlapping the analysis of the previous one (in
   * plain threads, one per core, which Lucene's writer takes at once). Searches see the old index
   * until the commit.
   */
  private void rebuild() {
    String before = readings.state();
    readings.state("REBUILDING");
    rebuilt = 0;
    rebuildTotal = 0;
    Instant started = Instant.now();
    int analysers = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService writer =
        Executors.newFixedThreadPool(
            analysers,
            task -> {
              Thread thread = new Thread(task, "search-index-rebuild");
              thread.setDaemon(true);
              return thread;
            });
    try {
      long position = journal.latestId();
      rebuildTotal = Documents.TYPES.stream().mapToLong(documents::publicCount).sum();
      index().removeAll();
      Documents.Names names = new Documents.Names();
      List<Future<?>> pending = List.of();
      int pendingDocuments = 0;
      for (String type : Documents.TYPES) {
        long after = 0;
        while (true) {
          Documents.Batch batch = documents.after(type, after, BATCH, names);
          for (Future<?> part : pending) {
            part.get();
          }
          rebuilt += pendingDocuments;
          pending = analyse(writer, analysers, batch.documents());
          pendingDocuments = batch.documents().size();
          after = batch.lastId();
          if (batch.last()) {
            break;
          }
        }
      }
      for (Future<?> part : pending) {
        part.get();
      }
      rebuilt += pendingDocuments;
      index().commit(position);
      applied.clear();
      problem = null;
      LOG.info(
          () ->
              "Search index rebuilt: "
                  + rebuilt
                  + " documents in "
                  + Duration.between(started, Instant.now()).toMillis()
                  + " ms, at journal row "
                  + position
                  + ".");
    } catch (IOException | RuntimeException | ExecutionException e) {
      problem = e.toString();
      LOG.log(
          Level.SEVERE, "Rebuilding the search index failed; it keeps its previous content.", e);
      discardUncommitted();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      discardUncommitted();
    } finally {
      writer.shutdownNow();
      readings.state(before);
      readings.changed();
    }
  }

  /** Hands the documents to the analysing threads in equal parts. */
  private List<Future<?>> analyse(
      ExecutorService writer, int parts, List<IndexDocument> documents) {
    SearchIndex target = readings.index();
    List<Future<?>> futures = new ArrayList<>(parts);
    int size = (documents.size() + parts - 1) / Math.max(1, parts);
    for (int from = 0; from < documents.size(); from += size) {
      List<IndexDocument> part = documents.subList(from, Math.min(documents.size(), from + size));
      futures.add(
          writer.submit(
              () -> {
                for (IndexDocument document : part) {
                  target.add(document);
                }
                return null;
              }));
    }
    return futures;
  }

  /** Drops what a failed rebuild wrote, so that following the journal never commits half of it. */
  private void discardUncommitted() {
    try {
      readings.index().rollback();
      readings.index(openIndex());
    } catch (IOException | RuntimeException e) {
      readings.state("FAILED");
      problem = e.toString();
      LOG.log(Level.SEVERE, "The search index could not be reopened; search is off.", e);
    }
  }

  private void followSafely() {
    try {
      synchronized (this) {
        while (follow()) {
          // a full step: more changes are waiting
        }
      }
      if (problem != null && !"FAILED".equals(readings.state())) {
        problem = null;
      }
    } catch (IOException | RuntimeException e) {
      if (problem == null) {
        LOG.log(Level.WARNING, "Following the journal failed; retrying in two seconds.", e);
      }
      problem = e.toString();
    }
  }

  /** Applies the next changes; true when there may be more right away. */
  boolean follow() throws IOException {
    Instant now = Instant.now();
    applied.values().removeIf(at -> at.isBefore(now.minus(LATE_WINDOW.multipliedBy(2))));
    long position = index().position();
    List<Mention> mentions =
        journal.changesSince(
            position,
            OffsetDateTime.ofInstant(now.minus(LATE_WINDOW), ZoneOffset.UTC),
            CHANGES_PER_STEP);
    List<Mention> fresh = mentions.stream().filter(m -> !applied.containsKey(m.id())).toList();
    if (fresh.isEmpty()) {
      return false;
    }
    apply(fresh);
    long newPosition =
        Math.max(position, fresh.stream().map(Mention::id).max(Comparator.naturalOrder()).get());
    index().commit(newPosition);
    readings.changed();
    fresh.forEach(m -> applied.put(m.id(), now));
    return mentions.size() >= CHANGES_PER_STEP;
  }

  private void apply(List<Mention> mentions) throws IOException {
    Map<String, Set<Long>> refresh = new HashMap<>();
    for (Mention m : mentions) {
      String type = m.entryType().toLowerCase(Locale.ROOT);
      if (Documents.TYPES.contains(type)) {
        refresh.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(m.entryId());
      }
      if (Stream.of("PERSON", "COUNTRY", "SUMMIT", "CATEGORY").anyMatch(m.entryType()::equals)) {
        documents
            .namedBy(m.entryType(), m.entryId())
            .forEach(
                (t, ids) -> refresh.computeIfAbsent(t, x -> new LinkedHashSet<>()).addAll(ids));
      }
    }
    for (Map.Entry<String, Set<Long>> entry : refresh.entrySet()) {
      List<Long> ids = new ArrayList<>(entry.getValue());
      for (int from = 0; from < ids.size(); from += 500) {
        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
        Map<Long, IndexDocument> found = documents.byIds(entry.getKey(), chunk);
        for (Long id : chunk) {
          IndexDocument document = found.get(id);
          if (document == null) {
            index().remove(entry.getKey(), id);
          } else {
            index().put(document);
          }
        }
      }
    }
  }

  @PreDestroy
  void stop() {
    synchronized (this) {
      SearchIndex current = readings.index();
      readings.index(null);
      if (current != null) {
        try {
          current.close();
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Closing the search index failed.", e);
        }
      }
      if (privateFolder != null) {
        try (Stream<Path> files = Files.walk(privateFolder)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
          LOG.log(Level.FINE, "Could not remove " + privateFolder, e);
        }
      }
    }
  }
}
