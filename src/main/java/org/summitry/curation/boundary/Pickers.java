package org.summitry.curation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import java.util.List;
import java.util.function.IntFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a form's picker lists its choices or becomes a field that searches ({@link Picks}): past
 * {@code summitry.pickers.listed} choices a list is too long to scroll and to send.
 */
@ApplicationScoped
public class Pickers {

  @Inject
  @ConfigProperty(name = "summitry.pickers.listed", defaultValue = "500")
  int listed;

  /**
   * Puts the choices as {@code name} (none when there are too many) and whether the picker searches
   * as {@code name + "Searched"}; {@code firstOnes} reads at most that many choices.
   */
  <T> void put(Models models, String name, IntFunction<List<T>> firstOnes) {
    List<T> some = firstOnes.apply(listed + 1);
    boolean searched = some.size() > listed;
    models.put(name, searched ? List.of() : some);
    models.put(name + "Searched", searched);
  }
}
