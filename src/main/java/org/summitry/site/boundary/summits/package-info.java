/**
 * The summit pages and the views of summits in place and time: the list and each summit's page
 * ({@code /summits}; templates {@code summits/}) with its exchanges of gifts, the map ({@code
 * /map}; {@code map/}) with each region's map kept once per archive state ({@code SummitMaps}), and
 * the timeline ({@code /timeline}; {@code timeline/}).
 */
package org.summitry.site.boundary.summits;
