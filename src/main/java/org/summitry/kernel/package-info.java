/**
 * The shared kernel: value types every component's entities and views use (slugs, pages of results,
 * counts per year, safe web addresses, authority identifiers, the kinds of entry and where an entry
 * stands, refusals and notes worded in the reader's language). It holds no entity and no query, and
 * depends on no component; EDTF dates have their own leaf, {@code org.summitry.edtf}.
 */
package org.summitry.kernel;
