package org.summitry.media.control;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times the derivatives of a 24-megapixel (6000 × 4000) JPEG, five runs after two warm-ups. Not a
 * test: timings depend on the machine. Run with a small heap to show memory stays bounded:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx128m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.summitry.media.control.DerivativesBenchmark
 * </pre>
 */
public class DerivativesBenchmark {

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "target/benchmark-24mp.jpg");
    if (!Files.exists(file)) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, DerivativesTest.jpeg(photoLike(6000, 4000), false));
    }
    byte[] original = Files.readAllBytes(file);
    System.out.printf("input: %s, %,d bytes%n", file, original.length);
    Derivatives derivatives = new Derivatives();
    for (int i = 0; i < 2; i++) {
      derivatives.of(original);
    }
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long[] millis = new long[5];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      List<Derivative> made = derivatives.of(original);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      if (i == 0) {
        made.forEach(
            d ->
                System.out.printf(
                    "  %s %d × %d, %,d bytes%n", d.name(), d.width(), d.height(), d.jpeg().length));
      }
    }
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "runs (ms): %s; median %d ms; max heap %d MB; peak heap pools (incl. garbage) %d MB%n",
        Arrays.toString(millis),
        sorted[sorted.length / 2],
        Runtime.getRuntime().maxMemory() >> 20,
        peak >> 20);
  }

  /** Smooth gradients with fine detail, compressing about like a photograph. */
  private static BufferedImage photoLike(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    java.util.Random random = new java.util.Random(1);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = (y * width + x) * 3;
        int grain = random.nextInt(24);
        bgr[i] = (byte) (x * 255 / width / 2 + grain);
        bgr[i + 1] = (byte) (y * 255 / height / 2 + grain + 40);
        bgr[i + 2] = (byte) ((x + y) % 200 + grain);
      }
    }
    return image;
  }
}
