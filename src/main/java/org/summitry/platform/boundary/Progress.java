package org.summitry.platform.boundary;

import jakarta.json.Json;

/**
 * How far a long piece of work is (an import, a search index rebuild, a restore, bulk work): done
 * of total, as every progress page shows it with a {@code <progress>} bar and its words. The page
 * refreshes itself every {@link #REFRESH_SECONDS} while the work runs, so it needs no script; the
 * back office's script follows {@link #json()} instead to move the bar without reloading, and loads
 * the page again when the work is finished.
 *
 * @param total how much there is to do; 0 while it is not known yet
 * @param finished whether the work has ended (whatever it got done)
 */
public record Progress(long done, long total, boolean finished) {

  /** Seconds between refreshes of a progress page while the work runs. */
  public static final int REFRESH_SECONDS = 2;

  /** Done in percent of the total, 0 to 100; 100 once finished without a total. */
  public int percent() {
    if (total <= 0) {
      return finished ? 100 : 0;
    }
    return (int) Math.min(100, 100 * done / total);
  }

  /**
   * The progress as the page's script reads it ({@code {"done":…,"total":…,"finished":…}}), with
   * {@code words} for the bar's label in the page's language.
   */
  public String json(String words) {
    return Json.createObjectBuilder()
        .add("words", words)
        .add("done", done)
        .add("total", total)
        .add("percent", percent())
        .add("finished", finished)
        .build()
        .toString();
  }
}
