package org.summitry.media.control;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where photo files live, named by their SHA-256 digest: the one way the archive reads and writes
 * them. {@link FileSystemPhotoStore} keeps them in a folder (a volume several instances can share);
 * another store (an object store, say) would hand out local copies as paths the same way.
 */
public interface PhotoStore {

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes {@code content} to a temporary place, all the way to the disk, to be {@link #place
   * placed} or {@link #discard discarded}.
   *
   * @throws java.io.UncheckedIOException when it cannot be written (the photo volume is full, say);
   *     nothing of it is left behind then
   */
  Path stage(byte[] content);

  /**
   * Puts a staged file in its final, content-addressed place (nothing if it is there already). Done
   * before the database change that records the photo commits, so that a photo's row never points
   * at a file that could not be placed.
   *
   * @throws java.io.UncheckedIOException when it cannot be placed; the staged file is then left to
   *     be discarded
   */
  void place(Path staged, String sha256);

  /** Forgets a staged file whose database change did not commit (nothing once it is placed). */
  void discard(Path staged);

  /**
   * The digests of the originals last written before {@code cutoff}, for {@link
   * org.summitry.media.boundary.Photos#sweep}; read lazily, so a large folder is never listed
   * whole.
   */
  java.util.stream.Stream<String> originalsBefore(java.time.Instant cutoff);

  /** Deletes the original of this digest and its derivatives. */
  void remove(String sha256);

  /**
   * Deletes what was staged and left behind (by a process that stopped mid-upload or mid-restore):
   * every file and folder under the staging area whose newest file is older than {@code cutoff}.
   *
   * @return how many were deleted
   */
  int removeStagedBefore(java.time.Instant cutoff);

  /** The original file of this digest, if stored. */
  Optional<Path> file(String sha256);

  /**
   * A derivative ("w400", "sq200") of the photo {@code sha256}, made by {@code maker} when first
   * asked for and kept; empty when the original is not stored or the name is not one of {@link
   * Derivatives#NAMES}.
   */
  Optional<Path> derivative(String sha256, String name, Derivatives maker);
}
