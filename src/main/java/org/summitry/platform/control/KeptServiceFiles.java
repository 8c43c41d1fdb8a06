package org.summitry.platform.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The application's class loader with its {@code META-INF/services} files read once. Eclipse Krazo
 * looks up service providers with {@link java.util.ServiceLoader} on every request (its form method
 * filter is built per request, and its view writer looks for request unwrappers before each page),
 * and each look-up asks every jar of the server for the file and opens the ones that have it: about
 * a tenth of the CPU of a page rendered afresh. Set as the thread's context class loader while a
 * request is served ({@code RequestsInFlight}), this loader answers those questions from memory and
 * hands everything else to the application's own loader, so classes and other resources are found
 * exactly as before. Service files do not change while the server runs.
 */
public final class KeptServiceFiles extends ClassLoader {

  private static final String SERVICES = "META-INF/services/";

  private static final ConcurrentMap<ClassLoader, KeptServiceFiles> LOADERS =
      new ConcurrentHashMap<>();

  private final ConcurrentMap<String, List<URL>> files = new ConcurrentHashMap<>();

  private KeptServiceFiles(ClassLoader application) {
    super(application);
  }

  /**
   * The loader to use in place of {@code application}; one per application loader, kept in a class
   * of the application itself, so it goes when the application goes.
   */
  public static ClassLoader over(ClassLoader application) {
    if (application == null || application instanceof KeptServiceFiles) {
      return application;
    }
    return LOADERS.computeIfAbsent(application, KeptServiceFiles::new);
  }

  /**
   * Runs {@code work} with the application's own loader as the thread's context class loader, when
   * this one is set.
   */
  public static <X extends Exception> void withApplicationLoader(Work<X> work) throws X {
    Thread thread = Thread.currentThread();
    ClassLoader current = thread.getContextClassLoader();
    if (!(current instanceof KeptServiceFiles kept)) {
      work.run();
      return;
    }
    thread.setContextClassLoader(kept.getParent());
    try {
      work.run();
    } finally {
      thread.setContextClassLoader(current);
    }
  }

  /** Work that may throw {@code X}. */
  @FunctionalInterface
  public interface Work<X extends Exception> {
    void run() throws X;
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (!name.startsWith(SERVICES)) {
      return super.getResources(name);
    }
    try {
      return Collections.enumeration(files.computeIfAbsent(name, this::read));
    } catch (UncheckedIOException unreadable) {
      throw unreadable.getCause();
    }
  }

  private List<URL> read(String name) {
    try {
      List<URL> kept = new ArrayList<>();
      Enumeration<URL> found = getParent().getResources(name);
      while (found.hasMoreElements()) {
        URL original = found.nextElement();
        byte[] content;
        try (InputStream in = original.openStream()) {
          content = in.readAllBytes();
        }
        kept.add(new URL("kept", null, -1, "/" + kept.size() + "/" + name, new Bytes(content)));
      }
      return List.copyOf(kept);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static final class Bytes extends URLStreamHandler {

    private final byte[] content;

    Bytes(byte[] content) {
      this.content = content;
    }

    @Override
    protected URLConnection openConnection(URL url) {
      return new URLConnection(url) {
        @Override
        public void connect() {
          connected = true;
        }

        @Override
        public InputStream getInputStream() {
          return new ByteArrayInputStream(content);
        }
      };
    }
  }
}
