/**
 * Charts and tallies: the figures counted over the whole archive (summits per year, each country's
 * gifts per year, gifts between countries, how many entries there are), kept while the archive
 * stays as it was and counted again in the background after a change, and the geometry of the
 * charts that draw them (scales, ticks, bars, shaded matrix cells), so that the templates in {@code
 * charts.html} only place numbers. The site's pages ask {@code Tallies} for the figures and {@code
 * Charts} for the geometry; the site's page cache tells the tallies the archive's state ({@code
 * ArchiveState}) and learns from {@code PageFreshness} when a page shows a figure older than it.
 */
package org.summitry.charts;
