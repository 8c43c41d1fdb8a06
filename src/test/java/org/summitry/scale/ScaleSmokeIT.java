package org.summitry.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.summitry.scale.CatalogGenerator.Sizes;
import org.summitry.scale.CatalogGenerator.Target;
import org.summitry.scale.LoadBenchmark.Result;
import org.summitry.scale.LoadBenchmark.UrlSet;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * The scale tools still work end to end, at a small size: the generator fills a PostgreSQL schema
 * of its own with 20,000 gifts, the app starts on it, and the load benchmark runs every set for a
 * few seconds without an error. A smoke test: timings are printed, not asserted (BENCHMARKS.md has
 * the measurements at a million gifts).
 */
class ScaleSmokeIT {

  @Test
  void aGeneratedArchiveServesEveryBenchmarkSetWithoutErrors() throws Exception {
    Database postgres = TestDatabases.postgres();
    try {
      Sizes sizes = Sizes.scaledTo(20_000);
      CatalogGenerator.Result generated =
          CatalogGenerator.run(
              new Target(postgres.url(), postgres.user(), postgres.password()),
              sizes,
              20240619L,
              false,
              true);
      System.out.printf(
          "Generated %s in %.1f s: %s%n",
          sizes, generated.took().toMillis() / 1000.0, generated.rows());
      assertEquals(20_000L, generated.rows().get("gift"));

      Path data =
          Files.createDirectories(Path.of("target", "scale-" + UUID.randomUUID()).toAbsolutePath());
      Map<String, String> environment =
          Map.of(
              "SUMMITRY_DATA_DIR", data.toString(),
              "SUMMITRY_DB_URL", postgres.url(),
              "SUMMITRY_DB_USER", postgres.user(),
              "SUMMITRY_DB_PASSWORD", postgres.password());
      try (PayaraMicroProcess app = PayaraMicroProcess.start("scale-smoke", environment)) {
        String gifts = app.get("gifts").body();
        assertTrue(
            gifts.matches("(?s).*20[,.\\u00a0\\u202f]?000 gifts.*"),
            "the gift list counts the generated gifts:\n" + app.tail());
        assertFalse(
            gifts.contains("Demo content from a CBS News article"),
            "a generated archive (demo on by default, but not loaded into a full archive) does not"
                + " claim to be the demo");

        LoadBenchmark benchmark =
            new LoadBenchmark(app.uri(""), 4, Duration.ofSeconds(3), Duration.ofSeconds(1));
        List<UrlSet> sets = benchmark.discover(new SplittableRandom(1));
        for (UrlSet set : sets) {
          Result result = benchmark.run(set);
          System.out.println(LoadBenchmark.line(result));
          if (set.name().startsWith("search-") && result.skipped()) {
            continue; // no /search in this version: the benchmark says so and goes on
          }
          assertFalse(result.skipped(), set.name() + ": " + result.note());
          assertTrue(result.requests() > 0, set.name() + " sent no request");
          assertEquals(0, result.errors(), set.name() + ": " + result.note() + "\n" + app.tail());
        }
        String giftPage =
            app.get(
                    sets.stream()
                        .filter(s -> s.name().equals("gift-page"))
                        .findFirst()
                        .orElseThrow()
                        .paths()
                        .get(0)
                        .substring(1))
                .body();
        assertTrue(giftPage.contains(", gave "), "a generated gift's page shows its description");
      }
    } finally {
      postgres.drop().run();
    }
  }
}
