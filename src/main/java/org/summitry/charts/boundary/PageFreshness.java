package org.summitry.charts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether the page being answered shows a figure older than the archive's current state ({@link
 * Tallies} serves the last one while it counts again). Such a page is sent but not kept in the page
 * cache, which would otherwise hold it under the newer state. The mark is an attribute of the
 * request, so that a request that draws no figure (most) makes no object to say so.
 */
@ApplicationScoped
public class PageFreshness {

  private static final String BEHIND = PageFreshness.class.getName() + ".behind";

  @Inject HttpServletRequest request;

  void behind() {
    request.setAttribute(BEHIND, Boolean.TRUE);
  }

  public boolean isBehind() {
    return request.getAttribute(BEHIND) != null;
  }
}
