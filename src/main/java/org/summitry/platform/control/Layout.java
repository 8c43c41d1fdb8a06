package org.summitry.platform.control;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.summitry.platform.boundary.DemoNotice;

/** What the shared layout needs on every page, added beside each controller's own model. */
public final class Layout {

  private static final Properties BUILD = readBuild();
  private static final String ASSET_VERSION = property("assets");
  private static final String BUILD_VERSION = property("build");

  private Layout() {}

  public static void addTo(Map<String, Object> variables, HttpServletRequest request) {
    String path = "/";
    if (request != null) {
      path = request.getRequestURI().substring(request.getContextPath().length());
    }
    variables.putIfAbsent("currentPath", path);
    variables.put("contextPath", request == null ? "" : request.getContextPath());
    boolean signedIn = request != null && request.getUserPrincipal() != null;
    variables.put("signedIn", signedIn);
    variables.put("callerName", signedIn ? request.getUserPrincipal().getName() : null);
    variables.put("canCurate", signedIn && request.isUserInRole("curator"));
    variables.put("canAdminister", signedIn && request.isUserInRole("admin"));
    variables.putIfAbsent("assetVersion", ASSET_VERSION);
    variables.put("demoNotice", DemoNotice.shown());
  }

  /**
   * A hash of the files under {@code static/}: it changes when one of them does and only then, so
   * links carrying it may be cached for a year and still update.
   */
  public static String assetVersion() {
    return ASSET_VERSION;
  }

  /**
   * The Maven version and a hash of the webapp and the runtime classpath: it changes with every
   * build that changes what is served. "dev" when the classes run without a packaged build.
   */
  public static String buildVersion() {
    return BUILD_VERSION;
  }

  private static String property(String name) {
    return BUILD.getProperty(name, "dev").replaceAll("[^A-Za-z0-9.-]", "");
  }

  /** Written at prepare-package by src/build/java/BuildFingerprint.java, absent before. */
  private static Properties readBuild() {
    try (InputStream in = Layout.class.getResourceAsStream("/summitry-build.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
