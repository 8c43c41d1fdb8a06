package org.summitry.platform.boundary;

/**
 * Whether this archive holds the demo content, so that every page's footer says where it comes
 * from, and an archive of real entries (or a generated catalog) never claims to be the demo. Set by
 * the demo component once the database is ready; false until then.
 */
public final class DemoNotice {

  private static volatile boolean shown;

  private DemoNotice() {}

  public static void show(boolean holdsDemoContent) {
    shown = holdsDemoContent;
  }

  public static boolean shown() {
    return shown;
  }
}
