package org.summitry.journal.boundary;

import org.summitry.kernel.EntryType;

/**
 * What the archive asks of an entry before it is published, beyond the entry's own fields (which
 * its {@link EntryKind#publishedOnlyIf} checks): a rule that reads other components, such as the
 * sources an entry cites. {@link EntryLifecycle} checks it when publishing.
 */
@FunctionalInterface
public interface PublishRule {

  /** A rule that asks nothing. */
  PublishRule NONE = (type, id, noun) -> {};

  /**
   * @param noun the back office's noun for the entry's kind ("summit"), for the refusal
   * @throws org.summitry.kernel.InvalidField with the reason, when the entry may not be published
   */
  void check(EntryType type, Long id, String noun);
}
