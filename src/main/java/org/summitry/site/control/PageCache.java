package org.summitry.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitry.charts.boundary.ArchiveState;
import org.summitry.journal.boundary.Appended;
import org.summitry.journal.boundary.Journal;
import org.summitry.search.boundary.Search;

/**
 * Rendered public pages as anonymous visitors get them, kept until the archive changes: a change
 * committed on this instance empties the cache at once; a change made by another instance empties
 * it when this instance's search index takes it in, or when the journal's latest row, read at most
 * once a second, moves on, whichever comes first. Pages never live longer than {@link #MAX_AGE}.
 * The cache is bounded by the bytes of the pages it holds, least recently used first out.
 *
 * <p>A page is admitted only on its second rendering: the first time a key is offered, only its
 * hash is noted (in a fixed table of {@link #DOORKEEPER_SLOTS} slots). Addresses asked for once,
 * such as a flood of made-up query strings, never take the place of pages visitors come back to.
 */
@ApplicationScoped
public class PageCache implements ArchiveState {

  private static final Logger LOG = Logger.getLogger(PageCache.class.getName());
  static final Duration MAX_AGE = Duration.ofMinutes(10);
  private static final long JOURNAL_POLL_NANOS = Duration.ofSeconds(1).toNanos();
  static final int DOORKEEPER_SLOTS = 1 << 16;

  /**
   * A page as it was sent: the headers worth repeating, the body, and the body gzipped once when it
   * was kept (null when that would not save anything), so that a hit costs no compression.
   */
  public record Cached(
      List<Map.Entry<String, String>> headers, byte[] body, byte[] gzipped, long storedAt) {

    public Cached(List<Map.Entry<String, String>> headers, byte[] body, long storedAt) {
      this(headers, body, gzip(body), storedAt);
    }
  }

  /** Bodies smaller than this go out as they are: gzip would save a few bytes at best. */
  static final int SMALLEST_TO_COMPRESS = 1024;

  static byte[] gzip(byte[] body) {
    if (body.length < SMALLEST_TO_COMPRESS) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
    try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size() < body.length ? out.toByteArray() : null;
  }

  /** What the cache's content was read under; a page is kept only while it stays the same. */
  public record Epoch(long local, long index, long journal) {}

  private final AtomicLong localChanges = new AtomicLong();
  private final AtomicLong journalLatest = new AtomicLong(-1);
  private final AtomicLong journalReadAt = new AtomicLong(System.nanoTime() - JOURNAL_POLL_NANOS);
  private final Map<String, Cached> pages = new LinkedHashMap<>(256, 0.75f, true);
  private final long[] offered = new long[DOORKEEPER_SLOTS];
  private long bytes;
  private Epoch epoch = new Epoch(-1, -1, -1);
  private long limit;
  private Epoch modifiedEpoch;
  private Instant modifiedAt;
  private LongSupplier indexVersion = () -> 0;
  private LongSupplier journalPosition = () -> 0;

  @Inject
  void configure(
      @ConfigProperty(name = "summitry.page.cache.mb", defaultValue = "64") int megabytes,
      Search search,
      Journal journal) {
    configure(megabytes * 1024L * 1024L, search::version, journal::latestId);
  }

  /** For tests: the byte limit (0 turns the cache off) and where versions come from. */
  void configure(long byteLimit, LongSupplier index, LongSupplier journal) {
    this.limit = Math.max(0, byteLimit);
    this.indexVersion = index;
    this.journalPosition = journal;
  }

  public boolean enabled() {
    return limit > 0;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Appended appended) {
    localChanges.incrementAndGet();
  }

  /** The state of the archive as far as this instance knows it now. */
  public Epoch epoch() {
    long now = System.nanoTime();
    long readAt = journalReadAt.get();
    if (now - readAt >= JOURNAL_POLL_NANOS && journalReadAt.compareAndSet(readAt, now)) {
      try {
        journalLatest.set(journalPosition.getAsLong());
      } catch (RuntimeException e) {
        // Without the journal nothing may be served from the cache: a failed read counts as a
        // change each time.
        LOG.log(Level.FINE, "Reading the journal's position failed", e);
        journalLatest.decrementAndGet();
        journalReadAt.set(now - JOURNAL_POLL_NANOS);
      }
    }
    return new Epoch(localChanges.get(), indexVersion.getAsLong(), journalLatest.get());
  }

  /** The archive's state for the figures kept by the charts' tallies: the epoch. */
  @Override
  public Object current() {
    return epoch();
  }

  /** The page under this key, if it was stored under the current epoch and is young enough. */
  public synchronized Cached get(String key, Epoch current) {
    if (!current.equals(epoch)) {
      clear(current);
      return null;
    }
    Cached page = pages.get(key);
    if (page != null && System.nanoTime() - page.storedAt() > MAX_AGE.toNanos()) {
      pages.remove(key);
      bytes -= size(key, page);
      return null;
    }
    return page;
  }

  /**
   * Keeps a page rendered under {@code renderedUnder}, unless the archive has changed since (a page
   * read before a change and finished after it would otherwise outlive the change).
   */
  public synchronized void put(String key, Cached page, Epoch renderedUnder) {
    long size = size(key, page);
    if (!renderedUnder.equals(epoch) || size > limit / 16 || !offeredBefore(key)) {
      return;
    }
    Cached previous = pages.put(key, page);
    bytes += size - (previous == null ? 0 : size(key, previous));
    Iterator<Map.Entry<String, Cached>> eldest = pages.entrySet().iterator();
    while (bytes > limit && eldest.hasNext()) {
      Map.Entry<String, Cached> out = eldest.next();
      bytes -= size(out.getKey(), out.getValue());
      eldest.remove();
    }
  }

  /** Whether {@code key} was offered before (or is cached already); notes it if not. */
  private boolean offeredBefore(String key) {
    if (pages.containsKey(key)) {
      return true;
    }
    // 64 bits of the key: a 32-bit String hash alone would let a flood find its collisions.
    long hash = (long) key.hashCode() << 32 ^ mix(key);
    int slot = (int) (hash ^ (hash >>> 32)) & (DOORKEEPER_SLOTS - 1);
    if (offered[slot] == hash) {
      return true;
    }
    offered[slot] = hash;
    return false;
  }

  private static long mix(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  public synchronized int pages() {
    return pages.size();
  }

  public synchronized long bytes() {
    return bytes;
  }

  private void clear(Epoch current) {
    pages.clear();
    bytes = 0;
    epoch = current;
  }

  /**
   * When this instance first saw the archive in the state {@code epoch}, to the second, for {@code
   * Last-Modified}: each new state gets a later second than the one before, so a client holding a
   * page of an earlier state never hears it is unchanged.
   */
  public synchronized Instant lastModified(Epoch current) {
    if (!current.equals(modifiedEpoch)) {
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      modifiedAt = modifiedAt == null || now.isAfter(modifiedAt) ? now : modifiedAt.plusSeconds(1);
      modifiedEpoch = current;
    }
    return modifiedAt;
  }

  private static long size(String key, Cached page) {
    long size =
        2L * key.length()
            + page.body().length
            + (page.gzipped() == null ? 0 : page.gzipped().length)
            + 64;
    for (Map.Entry<String, String> header : page.headers()) {
      size += 2L * (header.getKey().length() + header.getValue().length()) + 32;
    }
    return size;
  }
}
