package org.summitry.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.sql.Driver;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The loader Krazo's service look-ups run under finds exactly what the application's own finds: the
 * same providers (read from memory after the first time), the same classes and resources.
 */
class KeptServiceFilesTest {

  private final ClassLoader application = getClass().getClassLoader();

  @Test
  void serviceLookUpsFindTheSameProvidersAsTheApplicationsLoaderEveryTime() throws Exception {
    ClassLoader kept = KeptServiceFiles.over(application);
    List<String> direct = names(ServiceLoader.load(Driver.class, application));
    assertTrue(
        direct.contains("org.postgresql.Driver"), "the drivers on the class path: " + direct);
    assertTrue(direct.contains("org.h2.Driver"), "the drivers on the class path: " + direct);
    for (int time = 0; time < 3; time++) {
      assertEquals(direct, names(ServiceLoader.load(Driver.class, kept)));
    }
    String file = "META-INF/services/" + Driver.class.getName();
    List<URL> keptFiles = Collections.list(kept.getResources(file));
    assertEquals(Collections.list(application.getResources(file)).size(), keptFiles.size());
    for (URL url : keptFiles) {
      try (InputStream in = url.openStream()) {
        assertFalse(new String(in.readAllBytes()).isBlank(), "each kept file has its content");
      }
    }
  }

  @Test
  void classesAndOtherResourcesComeFromTheApplicationsLoader() throws Exception {
    ClassLoader kept = KeptServiceFiles.over(application);
    assertSame(kept, KeptServiceFiles.over(application), "one kept loader per application");
    assertSame(kept, KeptServiceFiles.over(kept), "not wrapped twice");
    assertSame(Templates.class, kept.loadClass(Templates.class.getName()));
    assertEquals(
        application.getResource("messages.properties"), kept.getResource("messages.properties"));
    assertEquals(
        Collections.list(application.getResources("messages.properties")),
        Collections.list(kept.getResources("messages.properties")));
  }

  @Test
  void templatesRenderUnderTheApplicationsOwnLoaderAndTheKeptOneIsSetAgainAfter() {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    ClassLoader kept = KeptServiceFiles.over(application);
    thread.setContextClassLoader(kept);
    try {
      ClassLoader[] during = new ClassLoader[1];
      KeptServiceFiles.withApplicationLoader(() -> during[0] = thread.getContextClassLoader());
      assertSame(application, during[0]);
      assertSame(kept, thread.getContextClassLoader());
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static List<String> names(ServiceLoader<Driver> drivers) {
    return drivers.stream().map(provider -> provider.type().getName()).toList();
  }
}
