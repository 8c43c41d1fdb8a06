package org.summitry.platform.boundary;

import org.summitry.platform.control.Layout;

/** Which build of the application is running: part of every validator, as templates change. */
public final class Build {

  private Build() {}

  /**
   * The Maven version and a content hash of the webapp and the runtime classpath: changes with
   * every build that changes what is served, and is equal for two builds of the same sources.
   */
  public static String version() {
    return Layout.buildVersion();
  }
}
