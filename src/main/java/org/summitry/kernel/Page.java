package org.summitry.kernel;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a longer list: the items, which page this is (from 1), the page size, how many items
 * there are in all and how many of them the pages reach ({@code reachable}, less than {@code total}
 * where a list only pages through its first entries and asks to be narrowed for the rest).
 */
public record Page<T>(List<T> items, int number, int size, long total, long reachable) {

  public Page {
    items = List.copyOf(items);
  }

  public Page(List<T> items, int number, int size, long total) {
    this(items, number, size, total, total);
  }

  public int totalPages() {
    return reachable == 0 ? 1 : (int) ((reachable + size - 1) / size);
  }

  /** Whether some entries lie beyond the last page offered. */
  public boolean limited() {
    return reachable < total;
  }

  public boolean hasPrevious() {
    return number > 1;
  }

  public boolean hasNext() {
    return number < totalPages();
  }

  /** Position of the first item on this page, counted from 1 (0 when the list is empty). */
  public long firstItem() {
    return total == 0 ? 0 : (long) (number - 1) * size + 1;
  }

  public long lastItem() {
    return Math.min(total, (long) number * size);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), number, size, total, reachable);
  }

  /**
   * The entries of a page of ids, in its order, each as {@code found} has it; an id found nothing
   * for (an entry unpublished since the ids were listed) is left out rather than shown.
   */
  public static <T> Page<T> inOrder(Page<Long> ids, Map<Long, T> found) {
    return new Page<>(
        ids.items().stream().map(found::get).filter(Objects::nonNull).toList(),
        ids.number(),
        ids.size(),
        ids.total(),
        ids.reachable());
  }

  /** Keeps a requested page number within 1..last page for a list of {@code total} items. */
  public static int clamp(int requested, int size, long total) {
    int last = total == 0 ? 1 : (int) ((total + size - 1) / size);
    return Math.max(1, Math.min(requested, last));
  }
}
