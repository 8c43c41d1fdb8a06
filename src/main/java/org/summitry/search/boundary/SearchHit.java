package org.summitry.search.boundary;

import java.util.List;

/**
 * One result. {@code title} and {@code snippet} are the text in pieces with the matching words
 * {@link Marked marked} (the snippet null when the entry has none); {@code path} is the entry's
 * address within the site (an absolute web address only in an index written before sources had
 * pages).
 */
public record SearchHit(
    String type,
    long id,
    String path,
    List<Marked> title,
    List<Marked> snippet,
    String when,
    String thumbnail) {

  public boolean external() {
    return path != null && !path.startsWith("/");
  }

  /** The title as plain text. */
  public String titleText() {
    return Marked.plain(title);
  }
}
