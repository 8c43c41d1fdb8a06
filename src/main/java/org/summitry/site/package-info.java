/**
 * The public site: read-only pages that compose the other components' views (a summit with its
 * participants, gifts, photos and sources; lists, search, the map, the timeline, statistics) for
 * visitors, their JSON-LD, the addresses of withdrawn entries, and the page cache that keeps what
 * anonymous visitors read.
 */
package org.summitry.site;
