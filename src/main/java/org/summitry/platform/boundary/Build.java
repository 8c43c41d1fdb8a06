package org.summitry.platform.boundary;

import org.summitry.platform.control.Layout;

/** Which build of the application is running: part of every validator, as templates change. */
public final class Build {

  private Build() {}

  /** Changes with every build that changes what is served. */
  public static String version() {
    return Layout.assetVersion();
  }
}
