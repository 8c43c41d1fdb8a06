package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import java.util.function.Consumer;
import org.summitry.curation.control.WikidataSearch;
import org.summitry.kernel.WikidataId;

/**
 * "Find on Wikidata" on the person and country forms, without JavaScript: the button sends the form
 * as typed, the page comes back with it kept and the candidates below it, and a candidate's button
 * sends it once more with that item to put in the field. Nothing is saved until "Save".
 */
@RequestScoped
public class WikidataPicks {

  @Inject WikidataSearch search;
  @Inject Models models;

  /**
   * Runs the search or takes the pick when the form asked for one, and says so; the caller then
   * shows the form again instead of saving.
   */
  boolean handled(String find, String pick, String name, Consumer<String> field) {
    if (pick != null && !pick.isBlank()) {
      String picked = WikidataId.parse(pick).map(WikidataId::value).orElse(null);
      if (picked != null) {
        field.accept(picked);
        models.put("wikidataPicked", picked);
      }
      return true;
    }
    if (find != null && !find.isBlank()) {
      models.put("wikidataFound", search.find(name, "en"));
      return true;
    }
    return false;
  }

  /** Puts whether the back office offers the look-up into the form's model. */
  void offer() {
    models.put("wikidataLookup", search.enabled());
  }
}
