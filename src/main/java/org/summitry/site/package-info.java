/**
 * The public site: read-only pages that compose the other components' views for visitors, one
 * package per feature under {@code site.boundary} ({@code gifts}, {@code summits} with the map and
 * the timeline, {@code people} with countries, {@code photos}, {@code sources}, {@code stories},
 * {@code search}, {@code statistics} with the flows, {@code home}), each beside its templates of
 * the same name; {@code site.boundary} itself holds what they share (the page cache, JSON-LD, page
 * metadata, gift cards, the addresses of withdrawn entries) and {@code site.control} the page
 * cache's store. The pages stay in this component rather than in {@code gifts} or {@code summits}
 * because a page joins components (a summit's page shows its gifts and photos, and {@code media}
 * depends on {@code gifts}), so a page inside a component would close a cycle.
 */
package org.summitry.site;
