package org.summitry.exchange.control;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.summitry.platform.boundary.Databases;

/**
 * The shell command that exports or restores the whole archive without the server, on the database
 * and data folder the app is configured with (docs/export-restore.md):
 *
 * <pre>
 * java -cp 'target/summitry/WEB-INF/classes:target/summitry/WEB-INF/lib/*' \
 *   org.summitry.exchange.control.ArchiveTool export archive.zip
 * </pre>
 *
 * Exit codes: 0 done, 1 refused or failed (with the reason on standard error), 2 wrong usage.
 */
public final class ArchiveTool {

  private ArchiveTool() {}

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path path :
          (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  /** Flyway's progress is not news on the command line; its warnings still are. */
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

  public static void main(String[] args) {
    FLYWAY.setLevel(Level.WARNING);
    System.exit(run(args, System.getenv()));
  }

  static int run(String[] args, Map<String, String> environment) {
    if (args.length != 2 || !(args[0].equals("export") || args[0].equals("restore"))) {
      System.err.println(
          "Usage: ArchiveTool export <archive.zip> | restore <archive.zip>\n"
              + "Reads SUMMITRY_DB_URL, SUMMITRY_DB_USER, SUMMITRY_DB_PASSWORD and"
              + " SUMMITRY_DATA_DIR as the app does (the H2 file under the data folder without a"
              + " URL).");
      return 2;
    }
    Path file = Path.of(args[1]).toAbsolutePath();
    try {
      Databases.Standalone target = Databases.fromEnvironment(environment);
      Path photos = target.dataDirectory().resolve("photos");
      long started = System.nanoTime();
      if (args[0].equals("export")) {
        String version = Databases.schemaVersion(target.dataSource());
        if (version.equals("0")) {
          System.err.println(
              "There is no archive in " + target.description() + ": its database has no tables.");
          return 1;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        ArchiveExport.Summary summary;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 65536)) {
          summary =
              new ArchiveExport(target.dataSource(), photos, version, Clock.systemUTC())
                  .writeTo(out);
        } catch (IOException | RuntimeException e) {
          Files.deleteIfExists(partial);
          throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(
            "Exported %s from %s to %s in %.1f s: %s, %d photo files (%d photos without a file),"
                + " %d bytes.%n",
            "schema version " + version,
            target.description(),
            file,
            (System.nanoTime() - started) / 1e9,
            summary.rows(),
            summary.photoFiles(),
            summary.missingPhotoFiles(),
            Files.size(file));
      } else {
        if (!Files.isRegularFile(file)) {
          System.err.println("No such file: " + file);
          return 1;
        }
        String version = Databases.migrate(target.dataSource());
        ArchiveRestore.Summary summary =
            new ArchiveRestore(target.dataSource(), photos, version).restore(file);
        // The index of the archive that was here (if the app ever ran) would follow the restored
        // journal from the wrong place; without it the app builds a fresh one at its next start.
        Path index =
            Path.of(
                    environment.getOrDefault(
                        "SUMMITRY_INDEX_DIR", target.dataDirectory().resolve("index").toString()))
                .toAbsolutePath();
        deleteTree(index);
        System.out.printf(
            "Restored %s into %s in %.1f s: %s, %d photo files. The app builds its search index"
                + " at its next start.%n",
            file,
            target.description(),
            (System.nanoTime() - started) / 1e9,
            summary.rows(),
            summary.photoFiles());
      }
      return 0;
    } catch (ArchiveRestore.Refused refused) {
      System.err.println("Not restored: " + refused.getMessage());
      return 1;
    } catch (IOException | RuntimeException e) {
      System.err.println(args[0].equals("export") ? "Export failed: " + e : "Restore failed: " + e);
      Throwable cause = e.getCause();
      if (cause instanceof SQLException sql
          && sql.getMessage().contains("Database may be already in use")) {
        System.err.println(
            "The H2 database is open in the running app: stop the app first (H2 files allow one"
                + " process at a time), or export from the back office.");
      }
      return 1;
    }
  }
}
