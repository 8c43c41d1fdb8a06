/**
 * The shared kernel: value types every component's entities and views use (EDTF dates and their
 * stored bounds, slugs, pages of results, counts per year, safe web addresses, the kinds of entry).
 * It depends on no component.
 */
package org.summitry.kernel;
