package org.summitry.site.boundary;

import java.util.Map;
import java.util.Objects;
import org.summitry.kernel.Page;

/**
 * List pages whose order and counts come from the search index and whose rows from the database.
 */
final class Lists {

  private Lists() {}

  /**
   * The entries of a page of ids in the index's order; an entry unpublished since the index last
   * caught up (a second or two) is left out rather than shown.
   */
  static <T> Page<T> inOrder(Page<Long> ids, Map<Long, T> found) {
    return new Page<>(
        ids.items().stream().map(found::get).filter(Objects::nonNull).toList(),
        ids.number(),
        ids.size(),
        ids.total(),
        ids.reachable());
  }
}
