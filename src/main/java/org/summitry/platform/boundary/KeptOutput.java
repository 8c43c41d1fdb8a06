package org.summitry.platform.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Rendered fragments kept per entry and archive state: a gift's card is drawn once while the
 * archive stays as it was, then placed in every list, summit, person and country page that shows
 * the gift. Each output is kept with the state ({@code version}) it was rendered under, read before
 * the entry was, and is used only while that state is current; the least recently used give way
 * when more than {@code capacity} are kept.
 */
public final class KeptOutput {

  /** What an output depends on besides the archive's state. */
  public record Key(String fragment, Object entry, String language, String contextPath) {}

  private record Kept(Object version, String html) {}

  private final int capacity;
  private final Map<Key, Kept> kept;
  private long hits;
  private long misses;

  public KeptOutput(int capacity) {
    this.capacity = capacity;
    this.kept = new LinkedHashMap<>(256, 0.75f, true);
  }

  /** The output kept for {@code key} under {@code version}, rendering and keeping it if none. */
  public String get(Key key, Object version, Supplier<String> render) {
    Objects.requireNonNull(version);
    synchronized (this) {
      Kept found = kept.get(key);
      if (found != null && found.version().equals(version)) {
        hits++;
        return found.html();
      }
      misses++;
    }
    String html = render.get();
    put(key, version, html);
    return html;
  }

  /** The output kept for {@code key} under {@code version}, or null. */
  public synchronized String find(Key key, Object version) {
    Kept found = kept.get(key);
    if (found != null && found.version().equals(version)) {
      hits++;
      return found.html();
    }
    misses++;
    return null;
  }

  public synchronized void put(Key key, Object version, String html) {
    if (capacity <= 0) {
      return;
    }
    kept.put(key, new Kept(version, html));
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
