package org.summitry.curation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.summitry.kernel.AdminQuery;

/** Reads a back-office list's search, sort ("title" or "-title" for descending) and page. */
@ApplicationScoped
class Lists {

  static final int PAGE_SIZE = 25;

  AdminQuery query(String q, String sort, String page, String defaultSort, List<String> sorts) {
    String key = sort == null || sort.isBlank() ? "-" + defaultSort : sort.strip();
    boolean descending = key.startsWith("-");
    String field = descending ? key.substring(1) : key;
    if (!sorts.contains(field)) {
      field = defaultSort;
      descending = true;
    }
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
