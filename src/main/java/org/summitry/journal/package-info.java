/**
 * The journal: the append-only log of every change to every entry (who, what, when, and the entry's
 * fields after the change). Revision history and restore, the trash and the audit log read it; so
 * do the search index, which follows it on every instance, the Atom feed, OAI-PMH's datestamps, the
 * sitemaps' dates and the page cache, which is emptied when the journal moves on. Every kind of
 * entry lives the one journaled life of {@link org.summitry.journal.boundary.EntryLifecycle}
 * (draft, publish, trash, restore, purge, unique address and redirects), described per kind by an
 * {@link org.summitry.journal.boundary.EntryKind}; a component's facade extends {@link
 * org.summitry.journal.boundary.JournaledEntries} (or its addressed and drafted kinds), which
 * answers editing, lists, workflow, purge and drafts once, and adds only its own fields, queries
 * and checks. It also holds what every entry of every kind has ({@link
 * org.summitry.journal.boundary.Entry}, the mapped superclass of their entities) and the old
 * addresses that redirect ({@link org.summitry.journal.boundary.SlugRedirects}). It depends on
 * nothing but the kernel and EDTF, so every component can write to it.
 */
package org.summitry.journal;
