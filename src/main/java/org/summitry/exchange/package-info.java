/**
 * Exchange: the archive's data for other systems. A read-only JSON API described by OpenAPI
 * (boundary.api), the Atom feed of the latest additions and changes, sitemaps and robots.txt for
 * search engines, and an OAI-PMH 2.0 repository for harvesters, all read from the journal (when an
 * entry changed) and the components' public views (what an entry says now), so nothing here is
 * stored twice. The way in: CSV imports of gift registers, mapped column by column (or by a
 * preset), checked in a dry run, and run in the background through the components' own boundaries,
 * so every imported entry is journalled like one typed in.
 */
package org.summitry.exchange;
