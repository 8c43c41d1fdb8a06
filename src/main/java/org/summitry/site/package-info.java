/**
 * The public site: read-only pages that compose the other components' views (a summit with its
 * participants, gifts, photos and sources) for visitors.
 */
package org.summitry.site;
