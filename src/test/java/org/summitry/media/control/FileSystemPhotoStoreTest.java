package org.summitry.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photo files on disk: derivatives are decoded once and only for the names pages ask for, and a
 * file that cannot be written leaves nothing behind.
 */
class FileSystemPhotoStoreTest {

  @TempDir Path folder;

  private FileSystemPhotoStore store;
  private String sha256;

  @BeforeEach
  void aSmallPhotoIsStored() throws IOException {
    store = new FileSystemPhotoStore(folder);
    byte[] jpeg =
        DerivativesTest.jpeg(new BufferedImage(300, 150, BufferedImage.TYPE_INT_RGB), false);
    sha256 = PhotoStore.sha256(jpeg);
    store.place(store.stage(jpeg), sha256);
  }

  @Test
  void aSmallPhotoIsDecodedOnceWhicheverNamesAreAskedFor() throws IOException {
    CountingDerivatives maker = new CountingDerivatives(Derivatives.DEFAULT_CONCURRENCY);

    Path square = store.derivative(sha256, "sq200", maker).orElseThrow();
    assertEquals(1, maker.decodes.get());
    assertEquals(150, ImageIO.read(square.toFile()).getWidth(), "never enlarged");

    for (String name : Derivatives.NAMES) {
      assertTrue(store.derivative(sha256, name, maker).isPresent(), name);
    }
    assertEquals(1, maker.decodes.get(), "later requests read the files kept the first time");
    Path widest = store.derivative(sha256, "w1600", maker).orElseThrow();
    assertEquals(300, ImageIO.read(widest.toFile()).getWidth());
  }

  /**
   * With no turn to give, a maker that were asked would wait 30 seconds: unknown names must be
   * answered before any turn is taken, and before the original is even looked for.
   */
  @Test
  @Timeout(10)
  void aNameThatIsNoDerivativeIsAnsweredWithoutDecodingOrWaiting() {
    CountingDerivatives noTurns = new CountingDerivatives(0);

    for (String name :
        List.of("w7", "w600", "w300", "sq150", "w0400", "W400", "w400.jpg", "../w400", "")) {
      assertTrue(store.derivative(sha256, name, noTurns).isEmpty(), name);
    }

    assertEquals(0, noTurns.decodes.get());
    assertFalse(Files.exists(folder.resolve("derivatives")), "nothing written");
  }

  /** A damaged original is decoded once, not at every request for it. */
  @Test
  void anOriginalThatCannotBeDecodedIsNotTriedAgainAtOnce() throws IOException {
    BufferedImage picture = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    byte[] cut = Arrays.copyOf(DerivativesTest.jpeg(picture, false), 900);
    String damaged = PhotoStore.sha256(cut);
    store.place(store.stage(cut), damaged);
    CountingDerivatives maker = new CountingDerivatives(Derivatives.DEFAULT_CONCURRENCY);

    assertThrows(IllegalArgumentException.class, () -> store.derivative(damaged, "w400", maker));
    for (String name : Derivatives.NAMES) {
      assertTrue(store.derivative(damaged, name, maker).isEmpty(), name);
    }

    assertEquals(1, maker.decodes.get());
  }

  /** A volume that fills up halfway through the file: nothing half-written stays in tmp. */
  @Test
  void aFileThatCannotBeWrittenWholeLeavesNothingBehind() throws IOException {
    FileSystemPhotoStore full =
        new FileSystemPhotoStore(folder) {
          @Override
          void write(Path file, byte[] content) throws IOException {
            Files.write(file, Arrays.copyOf(content, content.length / 2));
            throw new IOException("No space left on device");
          }
        };

    UncheckedIOException refused =
        assertThrows(UncheckedIOException.class, () -> full.stage(new byte[100_000]));

    assertEquals("No space left on device", refused.getCause().getMessage());
    try (Stream<Path> staged = Files.list(folder.resolve("tmp"))) {
      assertEquals(List.of(), staged.toList());
    }
  }

  /** Derivatives that count how often an original is decoded. */
  private static final class CountingDerivatives extends Derivatives {
    final AtomicInteger decodes = new AtomicInteger();

    CountingDerivatives(int concurrency) {
      super(concurrency, ImageInfo.DEFAULT_MAX_PIXELS);
    }

    @Override
    public List<Derivative> of(Path original, Orientation orientation) {
      decodes.incrementAndGet();
      return super.of(original, orientation);
    }
  }
}
