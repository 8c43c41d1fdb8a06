/**
 * Search: a Lucene index of every public entry, kept under the data directory and fed from the
 * journal. The database stays the only source of truth; each instance follows the journal on its
 * own and rebuilds its index from the database when it has none or has fallen far behind, so
 * several instances sharing one database answer alike without talking to each other.
 */
package org.summitry.search;
