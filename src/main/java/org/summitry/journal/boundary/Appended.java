package org.summitry.journal.boundary;

/**
 * A CDI event for each row appended to the journal, fired in the change's transaction: observe it
 * with {@code during = TransactionPhase.AFTER_SUCCESS} to learn of changes once they are visible.
 *
 * @param id the journal row
 * @param entryType such as {@code GIFT}
 * @param entryId the changed entry
 */
public record Appended(Long id, String entryType, Long entryId) {}
