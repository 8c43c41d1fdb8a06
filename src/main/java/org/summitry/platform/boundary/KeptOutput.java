package org.summitry.platform.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Rendered fragments kept per entry and archive state: a gift's card is drawn once while the
 * archive stays as it was, then placed in every list, summit, person and country page that shows
 * the gift; and, the same way, what a page read for one entry ({@code V} is then the page's read
 * model). Each value is kept with the state ({@code version}) it was made under, read before the
 * entry was, and is used only while that state is current; the least recently used give way when
 * more than {@code capacity} are kept.
 */
public final class KeptOutput<V> {

  /** What an output depends on besides the archive's state. */
  public record Key(String fragment, Object entry, String language, String contextPath) {}

  private record Kept<V>(Object version, V value) {}

  private final int capacity;
  private final Map<Key, Kept<V>> kept;
  private long hits;
  private long misses;

  public KeptOutput(int capacity) {
    this.capacity = capacity;
    this.kept = new LinkedHashMap<>(256, 0.75f, true);
  }

  /** The output kept for {@code key} under {@code version}, rendering and keeping it if none. */
  public V get(Key key, Object version, Supplier<V> render) {
    Objects.requireNonNull(version);
    synchronized (this) {
      Kept<V> found = kept.get(key);
      if (found != null && found.version().equals(version)) {
        hits++;
        return found.value();
      }
      misses++;
    }
    V value = render.get();
    put(key, version, value);
    return value;
  }

  /** The output kept for {@code key} under {@code version}, or null. */
  public synchronized V find(Key key, Object version) {
    Kept<V> found = kept.get(key);
    if (found != null && found.version().equals(version)) {
      hits++;
      return found.value();
    }
    misses++;
    return null;
  }

  public synchronized void put(Key key, Object version, V value) {
    if (capacity <= 0) {
      return;
    }
    kept.put(key, new Kept<>(version, value));
    if (kept.size() > capacity) {
      var eldest = kept.entrySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  public synchronized int size() {
    return kept.size();
  }

  /** Outputs used and outputs rendered since start, for the operations page and benchmarks. */
  public synchronized long[] hitsAndMisses() {
    return new long[] {hits, misses};
  }
}
