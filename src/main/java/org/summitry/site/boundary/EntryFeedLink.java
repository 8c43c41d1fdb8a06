package org.summitry.site.boundary;

import jakarta.mvc.Models;

/**
 * The Atom feed of the entry a page shows ({@code opendata.boundary.EntryFeeds}): the layout links
 * it in the page's head and the page offers it as "Follow changes".
 */
public final class EntryFeedLink {

  private EntryFeedLink() {}

  /**
   * Names the feed of the entry at {@code page} (its path, encoded, without a leading slash) and
   * the entry's name, for the layout and the page.
   */
  public static void put(Models models, String page, String name) {
    models.put("entryFeed", "/" + page + "/feed.atom");
    models.put("entryFeedName", name);
  }
}
