package org.summitry.search.boundary;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are escaped text with the matching words in
 * {@code <mark>}; {@code path} is the entry's address within the site, or an absolute web address
 * for a source.
 */
public record SearchHit(
    String type,
    long id,
    String path,
    String titleHtml,
    String snippetHtml,
    String when,
    String thumbnail) {

  public boolean external() {
    return path != null && !path.startsWith("/");
  }
}
