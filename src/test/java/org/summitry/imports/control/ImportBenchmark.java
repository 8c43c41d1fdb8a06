package org.summitry.imports.control;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.summitry.imports.entity.ImportRun;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * Times the import of a whole register (by default the U.S. file beside the project) through the
 * real components on a fresh schema of the PostgreSQL that {@code SUMMITRY_TEST_DB_URL} names (H2
 * with the argument {@code h2}), published, in batches as the background task runs them, and prints
 * the elapsed and processor time. The schema is dropped afterwards. See BENCHMARKS.md.
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean h2 = args.length > 0 && args[0].equals("h2");
    Path file =
        Path.of(args.length > 1 ? args[1] : "../shared/data/us-foreign-gifts.csv").toAbsolutePath();
    String content = Files.readString(file, StandardCharsets.UTF_8);
    Csv.Table table = Csv.parse(content);
    Mapping mapping =
        Presets.BUILT_IN.stream()
            .filter(p -> p.fits(table.columns()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No preset fits " + file))
            .mapping()
            .onlyColumns(table.columns());
    RowReader reader = new RowReader(mapping, table.columns());
    List<GiftRow> rows = table.rows().stream().map(reader::read).toList();
    Database db = h2 ? TestDatabases.h2() : TestDatabases.postgres();
    try (ImportHarness harness = new ImportHarness(db)) {
      long runId = harness.queue(content, rows.size(), true);
      var threads = ManagementFactory.getThreadMXBean();
      long cpu = threads.getCurrentThreadCpuTime();
      long started = System.nanoTime();
      ImportRun run = harness.run(runId, rows);
      long millis = (System.nanoTime() - started) / 1_000_000;
      long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
      System.out.printf(
          "%s: %d rows in %d ms (%d ms of processor time of the importing thread): %d gifts, %d"
              + " people, %d countries, %d sources, %d rows skipped; %d journal rows%n",
          db.name(),
          rows.size(),
          millis,
          cpuMillis,
          run.getGiftsCreated(),
          run.getPeopleCreated(),
          run.getCountriesCreated(),
          run.getSourcesCreated(),
          run.getRowsSkipped(),
          harness.count("SELECT COUNT(*) FROM journal"));
    } finally {
      db.drop().run();
    }
  }
}
