package org.summitry.curation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.summitry.kernel.AdminQuery;

/** Reads a back-office list's search, sort ("title" or "-title" for descending) and page. */
@ApplicationScoped
class Lists {

  static final int PAGE_SIZE = 25;

  /**
   * The list's question: {@code sort} as asked ("title", or "-title" for descending), else {@code
   * first}, the list's own order written the same way ("-date": newest first, "name": A to Z); a
   * field outside {@code sorts} is read as {@code first}.
   */
  AdminQuery query(String q, String sort, String page, String first, List<String> sorts) {
    String key = sort == null || sort.isBlank() ? first : sort.strip();
    if (!sorts.contains(key.startsWith("-") ? key.substring(1) : key)) {
      key = first;
    }
    boolean descending = key.startsWith("-");
    String field = descending ? key.substring(1) : key;
    return new AdminQuery(q == null ? "" : q.strip(), field, descending, page(page), PAGE_SIZE);
  }

  /** The page asked for, from 1; the first for anything else. */
  static int page(String page) {
    try {
      return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
