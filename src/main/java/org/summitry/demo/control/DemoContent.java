package org.summitry.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.DatabaseReady;
import org.summitry.platform.boundary.DemoNotice;
import org.summitry.summits.boundary.Summits;

/**
 * On the first start with an empty archive, loads the content of the seed article so a newcomer has
 * something to browse. An archive that holds anything at all is left alone, so the demo never
 * overwrites or duplicates a curator's work (nor comes back after they delete it).
 */
@ApplicationScoped
public class DemoContent {

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

  @Inject
  @ConfigProperty(name = "summitry.demo.enabled", defaultValue = "true")
  boolean enabled;

  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject People people;
  @Inject PyongyangSummitArticle article;
  @Inject DeclaredGifts declared;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    if (enabled && summits.count() == 0 && gifts.count() == 0 && people.countPeople() == 0) {
      article.load();
      declared.load();
      LOG.info(
          "Loaded the demo content: the June 2024 Putin–Kim summit article, and the leaders' gifts"
              + " to U.S. presidents with their declared values.");
    } else {
      LOG.fine("No demo content loaded (turned off, or the archive holds entries already).");
    }
    // Loaded now or on an earlier start (whatever the setting is now): the footer says so. A
    // generated catalog or an archive of real entries does not hold the article's source.
    DemoNotice.show(article.isIn());
  }
}
