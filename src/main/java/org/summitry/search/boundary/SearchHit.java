package org.summitry.search.boundary;

import java.util.List;
import java.util.Locale;
import org.summitry.edtf.Edtf;
import org.summitry.edtf.InvalidEdtfException;

/**
 * One result. {@code title} and {@code snippet} are the text in pieces with the matching words
 * {@link Marked marked} (the snippet null when the entry has none); {@code path} is the entry's
 * address within the site (an absolute web address only in an index written before sources had
 * pages); {@code when} is the entry's date as EDTF (in an index written before, in English words),
 * shown through {@link #whenInWords(Locale)}.
 */
public record SearchHit(
    String type,
    long id,
    String path,
    List<Marked> title,
    List<Marked> snippet,
    String when,
    String thumbnail) {

  /**
   * The hit's type and id, {@code gift:12}: how the search page keys its hits' translated titles.
   */
  public String key() {
    return type + ":" + id;
  }

  public boolean external() {
    return path != null && !path.startsWith("/");
  }

  /**
   * The entry's date in words in the language of the locale, or null when it has none. An index
   * written before hits kept EDTF holds the English words, shown as they are until it is rebuilt.
   */
  public String whenInWords(Locale locale) {
    if (when == null) {
      return null;
    }
    try {
      return Edtf.inWords(when, locale);
    } catch (InvalidEdtfException notEdtf) {
      return when;
    }
  }

  /** The title as plain text. */
  public String titleText() {
    return Marked.plain(title);
  }
}
