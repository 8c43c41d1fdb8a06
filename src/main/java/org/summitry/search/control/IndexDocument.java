package org.summitry.search.control;

import java.time.LocalDate;
import java.util.Map;

/**
 * One public entry as the index holds it, whatever its kind.
 *
 * @param path the entry's public address within the site ("/gifts/pungsan-dogs"), or an absolute
 *     web address for entries without a page of their own (sources)
 * @param names other names the entry is known by (native-script names, aliases), weighted almost
 *     like the title
 * @param related names of linked entries (giver, recipient, occasion), weighted below the body
 * @param earliest the first day the entry's date can mean, null when unknown or open
 * @param latest the last day the entry's date can mean, null when unknown or open
 * @param facets the facet values of the entry by dimension ("category" → "vehicles")
 * @param keys exact-match values for list filters ("giver_person" → "1051")
 */
public record IndexDocument(
    String type,
    long id,
    String path,
    String title,
    String names,
    String body,
    String related,
    String when,
    LocalDate earliest,
    LocalDate latest,
    Map<String, String> facets,
    Map<String, String> keys,
    String thumbnail) {

  public String key() {
    return key(type, id);
  }

  public static String key(String type, long id) {
    return type + ":" + id;
  }
}
