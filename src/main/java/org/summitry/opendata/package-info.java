/**
 * Open data: the archive for other machines. A read-only JSON API described by OpenAPI
 * (boundary.api), the Atom feed of the latest additions and changes (site-wide and per person,
 * country and summit), sitemaps and robots.txt for search engines, the places of the map as
 * GeoJSON, and an OAI-PMH 2.0 repository for harvesters, all read from the journal (when an entry
 * changed) and the components' public views (what an entry says now), so nothing here is stored
 * twice.
 */
package org.summitry.opendata;
