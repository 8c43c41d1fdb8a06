/**
 * The search page ({@code /search}; template {@code search/index.html}): full-text search over
 * every public entry, narrowed by facets. The index itself is the {@code search} component's.
 */
package org.summitry.site.boundary.search;
