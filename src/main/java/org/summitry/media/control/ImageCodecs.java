package org.summitry.media.control;

import com.twelvemonkeys.imageio.stream.BufferedFileImageInputStream;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.ImageInputStream;
import org.summitry.kernel.Refusal;

/**
 * The image readers and writers this application uses, kept in a registry of its own instead of
 * ImageIO's JVM-wide one.
 *
 * <p>Why: ImageIO's registry is created once per JVM and scans only the class loader that was the
 * thread's context loader at that moment. Inside Payara that is usually the server's, so the
 * TwelveMonkeys plugins in {@code WEB-INF/lib} are not seen. {@code ImageIO.scanForPlugins()} would
 * add them, but to a registry shared with the server and every other application: the web app's
 * class loader would then stay reachable after an undeploy, and a redeploy would register a second
 * copy. Here the plugins are found with {@link ServiceLoader} through this class's own loader (the
 * WAR's), next to the JDK's built-in codecs, and nothing global is changed.
 */
final class ImageCodecs {

  private static final ServiceRegistry REGISTRY = build();

  private static final System.Logger LOG = System.getLogger(ImageCodecs.class.getName());

  private ImageCodecs() {}

  /** Work on an image that may fail as reading a file does. */
  interface Reading<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code reading} on a file that may be hostile, and turns whatever a codec throws into
   * {@link Refusal} with a reason a curator can read in any language: an {@link IOException} as the
   * message key {@code damaged} (its argument the reader's words), an unchecked exception of the
   * codec's (decoders throw all kinds on malformed input) or an {@link Error} such as {@link
   * OutOfMemoryError} as a refusal, logged in one line. Refusals of our own ({@link
   * IllegalArgumentException}) pass unchanged, and so does a {@link LinkageError}, which is a
   * broken installation and not the file's doing.
   *
   * <p>Catching an {@link OutOfMemoryError} only helps where the JVM survives it: the container
   * image runs it with {@code -XX:+ExitOnOutOfMemoryError}, and then it exits before any catch. The
   * defence that counts is to allocate nothing unbounded, which is why the pixel size and the
   * metadata are checked before anything is decoded; this keeps the rest (a stack overflow, a
   * codec's own failure, an out-of-memory on a JVM without that flag) from reaching the visitor as
   * a 500.
   */
  static <T> T guarded(String damaged, Reading<T> reading) {
    try {
      return reading.run();
    } catch (IOException e) {
      throw refusal(e, damaged, String.valueOf(e.getMessage()));
    } catch (IllegalArgumentException refusal) {
      throw refusal;
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "An image codec failed on a file: " + e);
      throw refusal(e, "upload.refusal.codec", e.getClass().getSimpleName());
    } catch (OutOfMemoryError e) {
      LOG.log(System.Logger.Level.WARNING, "Decoding an image ran out of memory: " + e);
      throw refusal(e, "upload.refusal.memory");
    } catch (LinkageError e) {
      throw e;
    } catch (Error e) {
      LOG.log(System.Logger.Level.WARNING, "An image codec failed on a file: " + e);
      throw refusal(e, "upload.refusal.error", e.getClass().getSimpleName());
    }
  }

  /** A reader that recognises the stream's content, TwelveMonkeys' before the JDK's. */
  static Optional<ImageReader> reader(ImageInputStream in) throws IOException {
    Iterator<ImageReaderSpi> spis = REGISTRY.getServiceProviders(ImageReaderSpi.class, true);
    while (spis.hasNext()) {
      ImageReaderSpi spi = spis.next();
      if (spi.canDecodeInput(in)) {
        ImageReader reader = spi.createReaderInstance();
        reader.setInput(in, true, true);
        return Optional.of(reader);
      }
    }
    return Optional.empty();
  }

  static ImageWriter jpegWriter() {
    Iterator<ImageWriterSpi> spis = REGISTRY.getServiceProviders(ImageWriterSpi.class, true);
    while (spis.hasNext()) {
      ImageWriterSpi spi = spis.next();
      if (Arrays.asList(spi.getFormatNames()).contains("jpeg")) {
        try {
          return spi.createWriterInstance();
        } catch (IOException e) {
          throw new IllegalStateException("The JPEG writer " + spi + " cannot be created.", e);
        }
      }
    }
    throw new IllegalStateException("No JPEG writer: the JDK's java.desktop module is missing.");
  }

  /**
   * A stream over bytes already in memory that, unlike ImageIO's default stream, copies nothing.
   */
  static ImageInputStream stream(byte[] content) {
    return new ByteArrayImageInputStream(content);
  }

  /** A buffered stream over a file, so a large original is never read into memory whole. */
  static ImageInputStream stream(Path file) throws IOException {
    return new BufferedFileImageInputStream(file.toFile());
  }

  private static ServiceRegistry build() {
    ServiceRegistry registry =
        new ServiceRegistry(
            List.<Class<?>>of(ImageReaderSpi.class, ImageWriterSpi.class).iterator());
    register(registry, ImageReaderSpi.class);
    register(registry, ImageWriterSpi.class);
    return registry;
  }

  private static <T> void register(ServiceRegistry registry, Class<T> category) {
    // The JDK's codecs first: TwelveMonkeys' JPEG plugins look up the JDK's JPEG codec in the
    // registry they are added to, decode through it, and order themselves before it.
    Module jdk = ImageIO.class.getModule();
    for (T spi : iterate(IIORegistry.getDefaultInstance().getServiceProviders(category, false))) {
      if (spi.getClass().getModule() == jdk) {
        registry.registerServiceProvider(spi, category);
      }
    }
    Iterator<T> found = ServiceLoader.load(category, ImageCodecs.class.getClassLoader()).iterator();
    while (true) {
      try {
        if (!found.hasNext()) {
          break;
        }
        registry.registerServiceProvider(found.next(), category);
      } catch (ServiceConfigurationError e) {
        // A broken plugin elsewhere on the class path must not take every image codec down.
        System.getLogger(ImageCodecs.class.getName())
            .log(System.Logger.Level.WARNING, "Image codec skipped: " + e.getMessage());
      }
    }
  }

  private static <T> List<T> iterate(Iterator<T> iterator) {
    List<T> list = new java.util.ArrayList<>();
    iterator.forEachRemaining(list::add);
    return list;
  }

  /** A refusal with its reason as a message key, caused by the codec's failure. */
  private static Refusal refusal(Throwable cause, String key, Object... arguments) {
    Refusal refusal = new Refusal(key, arguments);
    refusal.initCause(cause);
    return refusal;
  }
}
