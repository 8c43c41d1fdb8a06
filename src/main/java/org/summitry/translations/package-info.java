/**
 * Translations: an entry's title and text (a summit's summary, a gift's description) as a curator
 * wrote them in Korean or Russian. They are saved with the entry, in its transaction and before its
 * journal row, so history, comparison and restore treat them as fields of the entry; pages in that
 * language show them instead of the entry's own text, and search finds the entry by them.
 */
package org.summitry.translations;
