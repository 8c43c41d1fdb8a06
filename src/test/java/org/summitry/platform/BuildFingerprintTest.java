package org.summitry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build and asset versions come from what is built (src/build/java/BuildFingerprint.java, run
 * by the build at prepare-package): equal sources give equal versions, and a change shows where it
 * should.
 */
class BuildFingerprintTest {

  @TempDir Path temp;
  @TempDir static Path programClasses;

  @Test
  void theSameFilesInAnotherCheckoutGiveTheSameVersions() throws Exception {
    Properties here = fingerprint(checkout("here"));
    Properties elsewhere = fingerprint(checkout("somewhere/else"));

    assertEquals(here, elsewhere);
    assertTrue(here.getProperty("build").startsWith("1.0-"), here.toString());
    assertTrue(here.getProperty("assets").matches("[0-9a-f]{16}"), here.toString());
  }

  @Test
  void aChangedStylesheetChangesTheAssetVersionAndTheBuild() throws Exception {
    Path checkout = checkout("site");
    Properties before = fingerprint(checkout);
    Files.writeString(checkout.resolve("webapp/static/css/site.css"), "body { margin: 1rem }");
    Properties after = fingerprint(checkout);

    assertNotEquals(before.getProperty("assets"), after.getProperty("assets"));
    assertNotEquals(before.getProperty("build"), after.getProperty("build"));
  }

  @Test
  void aChangedTemplateOrClassChangesOnlyTheBuild() throws Exception {
    Path checkout = checkout("site");
    Properties before = fingerprint(checkout);
    Files.writeString(checkout.resolve("webapp/WEB-INF/templates/home.html"), "<p>Welcome</p>");
    Properties template = fingerprint(checkout);
    Files.write(checkout.resolve("classes/Page.class"), new byte[] {1, 2, 3});
    Properties code = fingerprint(checkout);

    assertEquals(before.getProperty("assets"), template.getProperty("assets"));
    assertEquals(before.getProperty("assets"), code.getProperty("assets"));
    assertNotEquals(before.getProperty("build"), template.getProperty("build"));
    assertNotEquals(template.getProperty("build"), code.getProperty("build"));
  }

  private Path checkout(String where) throws IOException {
    Path root = temp.resolve(where);
    write(root.resolve("webapp/static/css/site.css"), "body { margin: 0 }");
    write(root.resolve("webapp/WEB-INF/templates/home.html"), "<p>Hello</p>");
    write(root.resolve("classes/Page.class"), "compiled");
    write(root.resolve("lib/thymeleaf.jar"), "library");
    return root;
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** Compiled once from its source, as the build's java launcher does, and run in this JVM. */
  private static Properties fingerprint(Path checkout) throws Exception {
    Path out = checkout.resolve("classes/summitry-build.properties");
    String classpath =
        checkout.resolve("classes") + File.pathSeparator + checkout.resolve("lib/thymeleaf.jar");
    String[] arguments = {out.toString(), "1.0", checkout.resolve("webapp").toString(), classpath};
    program().invoke(null, (Object) arguments);
    Properties properties = new Properties();
    properties.load(new StringReader(Files.readString(out)));
    return properties;
  }

  private static Method main;

  private static synchronized Method program() throws Exception {
    if (main == null) {
      int compiled =
          ToolProvider.getSystemJavaCompiler()
              .run(
                  null,
                  null,
                  null,
                  "-d",
                  programClasses.toString(),
                  Path.of("src/build/java/BuildFingerprint.java").toString());
      assertEquals(0, compiled, "BuildFingerprint.java compiles");
      URLClassLoader loader = new URLClassLoader(new URL[] {programClasses.toUri().toURL()});
      main = loader.loadClass("BuildFingerprint").getMethod("main", String[].class);
    }
    return main;
  }
}
