package org.summitry.media.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.summitry.platform.boundary.Configuration;

/**
 * Photo files on disk under {@code <data dir>/photos}, named by their SHA-256 digest and never by
 * the uploaded name. Files are first written under a temporary name in {@code tmp}, forced to the
 * disk, and moved into place before the database change that records them commits (see {@link
 * PhotoStore#place}); a file that cannot be written is deleted at once, so a full volume leaves
 * nothing half-written. Several instances can share the folder (one volume): names are digests, so
 * two instances storing the same photo write the same bytes, and a file appears under its name only
 * by an atomic move.
 */
@ApplicationScoped
public class FileSystemPhotoStore implements PhotoStore {

  private static final Logger LOG = Logger.getLogger(FileSystemPhotoStore.class.getName());

  @Inject Config config;

  /** How long an original that could not be decoded is left alone before it is tried again. */
  static final Duration RETRY_UNDECODABLE = Duration.ofMinutes(10);

  private static final int MAX_UNDECODABLE = 10_000;

  private Path root;

  /** Originals whose decoding failed, by digest, with when they may be tried again. */
  private final Map<String, Instant> undecodable = new ConcurrentHashMap<>();

  public FileSystemPhotoStore() {}

  /** A store in the folder {@code root}, as {@code <data dir>/photos} is for the application. */
  public FileSystemPhotoStore(Path root) {
    this.root = root;
    createFolders();
  }

  @PostConstruct
  void init() {
    root = Configuration.dataDirectory(config).resolve("photos");
    createFolders();
  }

  private void createFolders() {
    try {
      Files.createDirectories(root.resolve("tmp"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the photo folder " + root, e);
    }
  }

  @Override
  public Path stage(byte[] content) {
    Path staged = null;
    try {
      staged = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
      write(staged, content);
      return staged;
    } catch (IOException e) {
      forget(staged);
      throw new UncheckedIOException("Cannot write to the photo folder " + root, e);
    }
  }

  /**
   * Writes {@code content} to {@code file} and forces it to the disk: a full volume may accept the
   * writes into the page cache and fail only when the blocks are allocated, which must happen
   * before the database records the photo, not after.
   */
  void write(Path file, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /** Deletes a file that is only in the way, if there is one; a failure to do so is logged. */
  private static void forget(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "Cannot delete the unfinished file " + file + ": " + e);
    }
  }

  @Override
  public void place(Path staged, String sha256) {
    Path target = pathOf(sha256);
    try {
      Files.createDirectories(target.getParent());
      if (Files.exists(target)) {
        Files.deleteIfExists(staged);
        return;
      }
      try {
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move a photo into " + target, e);
    }
  }

  @Override
  public void discard(Path staged) {
    forget(staged);
  }

  @Override
  public Stream<String> originalsBefore(Instant cutoff) {
    try {
      return Files.list(root)
          .filter(folder -> folder.getFileName().toString().matches("[0-9a-f]{2}"))
          .flatMap(FileSystemPhotoStore::listed)
          .filter(file -> file.getFileName().toString().matches("[0-9a-f]{64}"))
          .filter(file -> modifiedBefore(file, cutoff))
          .map(file -> file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the photo folder " + root, e);
    }
  }

  @Override
  public void remove(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      return;
    }
    deleteTree(derivativeDir(sha256));
    forget(pathOf(sha256));
  }

  @Override
  public int removeStagedBefore(Instant cutoff) {
    int removed = 0;
    try (Stream<Path> staged = Files.list(root.resolve("tmp"))) {
      for (Path entry : (Iterable<Path>) staged::iterator) {
        if (newest(entry).isBefore(cutoff)) {
          deleteTree(entry);
          removed++;
        }
      }
    } catch (IOException e) {
      LOG.warning(() -> "Cannot list the staging folder " + root.resolve("tmp") + ": " + e);
    }
    return removed;
  }

  private static Stream<Path> listed(Path folder) {
    try {
      return Files.list(folder);
    } catch (IOException e) {
      return Stream.empty();
    }
  }

  private static boolean modifiedBefore(Path file, Instant cutoff) {
    try {
      return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
    } catch (IOException gone) {
      return false;
    }
  }

  /** When the newest file in {@code entry} (itself, for a file) was last written. */
  private static Instant newest(Path entry) throws IOException {
    try (Stream<Path> files = Files.walk(entry)) {
      return files
          .map(
              file -> {
                try {
                  return Files.getLastModifiedTime(file).toInstant();
                } catch (IOException gone) {
                  return Instant.EPOCH;
                }
              })
          .max(Instant::compareTo)
          .orElse(Instant.EPOCH);
    }
  }

  private static void deleteTree(Path entry) {
    if (!Files.exists(entry)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(entry)) {
      paths.sorted(Comparator.reverseOrder()).forEach(FileSystemPhotoStore::forget);
    } catch (IOException e) {
      LOG.warning(() -> "Cannot delete " + entry + ": " + e);
    }
  }

  @Override
  public Optional<Path> file(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    Path path = pathOf(sha256);
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  /**
   * A derivative (a smaller size, upright) of the photo {@code sha256}, made when first asked for
   * and kept beside the originals under {@code derivatives/}; derivatives can always be made again.
   * All of a photo's {@link Derivatives#NAMES} are made and kept at once, so that the next request
   * for any of them is a file read. A name that is none of them is not looked for at all, and an
   * original that could not be decoded is left alone for a while (empty).
   *
   * @throws IllegalArgumentException when the original cannot be decoded, with the reason
   */
  @Override
  public Optional<Path> derivative(String sha256, String name, Derivatives maker) {
    if (!sha256.matches("[0-9a-f]{64}") || !Derivatives.isName(name)) {
      return Optional.empty();
    }
    Path wanted = derivativeDir(sha256).resolve(name + ".jpg");
    if (Files.isRegularFile(wanted)) {
      return Optional.of(wanted);
    }
    Optional<Path> original = file(sha256);
    if (original.isEmpty() || undecodableLately(sha256)) {
      return Optional.empty();
    }
    List<Derivative> made;
    try {
      made = maker.of(original.get());
    } catch (IllegalArgumentException undecodable) {
      rememberUndecodable(sha256);
      throw undecodable;
    }
    Path staged = null;
    try {
      Path dir = Files.createDirectories(derivativeDir(sha256));
      for (Derivative derivative : made) {
        Path target = dir.resolve(derivative.name() + ".jpg");
        if (!Files.exists(target)) {
          staged = Files.createTempFile(root.resolve("tmp"), "derivative-", ".part");
          Files.write(staged, derivative.jpeg());
          try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
          }
          staged = null;
        }
      }
    } catch (IOException e) {
      forget(staged);
      throw new UncheckedIOException("Cannot write derivatives of " + sha256, e);
    }
    return Files.isRegularFile(wanted) ? Optional.of(wanted) : Optional.empty();
  }

  /**
   * Whether decoding this original failed less than {@link #RETRY_UNDECODABLE} ago: then it is not
   * tried again, so that a damaged photo on a public page does not take a decoding turn at every
   * request. It is tried again later, in case the failure was the server's (memory, say).
   */
  private boolean undecodableLately(String sha256) {
    Instant retry = undecodable.get(sha256);
    return retry != null && Instant.now().isBefore(retry);
  }

  private void rememberUndecodable(String sha256) {
    if (undecodable.size() >= MAX_UNDECODABLE) {
      Instant now = Instant.now();
      undecodable.values().removeIf(retry -> !now.isBefore(retry));
    }
    if (undecodable.size() < MAX_UNDECODABLE) {
      undecodable.put(sha256, Instant.now().plus(RETRY_UNDECODABLE));
    }
  }

  private Path derivativeDir(String sha256) {
    return root.resolve("derivatives").resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private Path pathOf(String sha256) {
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }
}
