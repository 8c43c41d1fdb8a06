package org.summitry.scale;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.summitry.search.boundary.SearchQuery;
import org.summitry.search.boundary.SearchResults;
import org.summitry.search.control.SearchIndex;

/**
 * What one search costs on its own, without HTTP, templates or other clients: opens a copy of an
 * instance's index folder (never the folder of a running instance: the index takes a write lock)
 * warms up by running every query in turn, then runs each query alone, many times, reporting the
 * median and the slowest of the last runs.
 *
 * <pre>
 * cp -r $SUMMITRY_DATA_DIR/index /tmp/index-copy
 * java -cp 'target/test-classes:target/summitry/WEB-INF/classes:target/summitry/WEB-INF/lib/*' \
 *   org.summitry.scale.SearchProbe /tmp/index-copy 'state visit' ceramics 'Kim Min Ho'
 * </pre>
 */
public final class SearchProbe {

  private SearchProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SearchProbe <index folder> <query> [<query> ...]");
      System.exit(2);
    }
    int runs = Integer.getInteger("runs", 30);
    try (SearchIndex index = SearchIndex.open(Path.of(args[0]))) {
      List<String> queries = Arrays.asList(args).subList(1, args.length);
      for (int round = 0; round < Integer.getInteger("warmup", 10); round++) {
        for (String text : queries) {
          index.search(new SearchQuery(text, null, null, null, null, null, null, 1, 20));
        }
      }
      System.out.printf(
          "%-28s %10s %10s %10s %10s%n", "query", "matches", "warm ms", "p50 ms", "max ms");
      for (String text : queries) {
        SearchQuery query = new SearchQuery(text, null, null, null, null, null, null, 1, 20);
        long started = System.nanoTime();
        SearchResults first = index.search(query);
        double firstMs = (System.nanoTime() - started) / 1e6;
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          index.search(query);
          times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf(
            "%-28s %10d %10.1f %10.1f %10.1f%n",
            text, first.total(), firstMs, times[runs / 2], times[runs - 1]);
      }
    }
  }
}
