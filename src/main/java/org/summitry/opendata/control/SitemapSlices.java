package org.summitry.opendata.control;

import java.util.ArrayList;
import java.util.List;

/**
 * How the public addresses, counted kind by kind (countries, people, summits, ...), are split into
 * sitemap files of at most {@code perFile} addresses each; the protocol allows 50,000.
 */
public final class SitemapSlices {

  /** The most addresses one sitemap file may list, by the sitemap protocol. */
  public static final int PROTOCOL_LIMIT = 50_000;

  private SitemapSlices() {}

  /** Part of one kind's list: which kind (index into the counts), from where, how many. */
  public record Slice(int kind, long first, int count) {}

  public static int files(long total, int perFile) {
    return total == 0 ? 1 : (int) ((total + perFile - 1) / perFile);
  }

  /** The slices that sitemap file {@code number} (from 1) lists. */
  public static List<Slice> file(List<Long> counts, int perFile, int number) {
    long start = (long) (number - 1) * perFile;
    long end = start + perFile;
    List<Slice> slices = new ArrayList<>();
    long offset = 0;
    for (int kind = 0; kind < counts.size(); kind++) {
      long count = counts.get(kind);
      long from = Math.max(start, offset);
      long to = Math.min(end, offset + count);
      if (from < to) {
        slices.add(new Slice(kind, from - offset, (int) (to - from)));
      }
      offset += count;
    }
    return slices;
  }
}
