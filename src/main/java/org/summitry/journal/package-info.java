/**
 * The journal: the append-only log of every change to every entry (who, what, when, and the entry's
 * fields after the change). Revision history and restore, the trash and the audit log read it;
 * later the search index, feeds and HTTP validators will too. It depends on nothing but the kernel,
 * so every component can write to it.
 */
package org.summitry.journal;
