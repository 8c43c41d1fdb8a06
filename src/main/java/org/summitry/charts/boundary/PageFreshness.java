package org.summitry.charts.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether the page being answered shows a figure older than the archive's current state ({@link
 * Tallies} serves the last one while it counts again). Such a page is sent but not kept in the page
 * cache, which would otherwise hold it under the newer state.
 */
@RequestScoped
public class PageFreshness {

  private boolean behind;

  void behind() {
    behind = true;
  }

  public boolean isBehind() {
    return behind;
  }
}
