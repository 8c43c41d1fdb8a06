package org.summitry.curation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.InvalidField;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.People;
import org.summitry.summits.boundary.Summits;

/**
 * Merging two records of one person, in one transaction: each component moves what names the merged
 * person to the kept one and journals the entries it changed (so history, the search index and the
 * page caches follow), then the people component takes in the names and addresses and deletes the
 * merged record, noting in both journals who merged what and what moved.
 *
 * <p>The merged record is deleted for good rather than trashed: its address must lead to the kept
 * person (a trashed person would still hold it), nothing of it is lost (its names are the kept
 * one's aliases, its links moved, its fields stay in its journal), and restoring it from the trash
 * could not give back the links that moved.
 */
@ApplicationScoped
public class PersonMerges {

  @Inject People people;
  @Inject Gifts gifts;
  @Inject Summits summits;
  @Inject Photos photos;

  /**
   * Merges the person {@code mergedId} into {@code keptId} as {@code actor}.
   *
   * @throws org.summitry.kernel.EditConflict when either changed since the versions given
   * @throws InvalidField ({@code into}) for a person merged into themselves or a trashed person
   * @throws IllegalArgumentException when either person does not exist
   */
  @Transactional
  public void merge(
      Long mergedId, Long mergedVersion, Long keptId, Long keptVersion, String actor) {
    people.requireMergeable(mergedId, mergedVersion, keptId, keptVersion);
    Map<String, String> moved = new LinkedHashMap<>();
    moved.put("gifts", Integer.toString(gifts.movePersonLinks(mergedId, keptId, actor)));
    moved.put("summits", Integer.toString(summits.movePersonLinks(mergedId, keptId, actor)));
    moved.put("regions", Integer.toString(photos.movePersonLinks(mergedId, keptId, actor)));
    people.mergePerson(mergedId, mergedVersion, keptId, keptVersion, actor, moved);
  }
}
