package org.summitry.journal.boundary;

/** One journal row reduced to which entry it is about, for those who follow the journal. */
public record Mention(Long id, String entryType, Long entryId) {}
