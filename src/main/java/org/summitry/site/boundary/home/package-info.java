/**
 * The front page ({@code /}; template {@code home.html}): what the archive is, the latest summits,
 * recent gifts and how much is here.
 */
package org.summitry.site.boundary.home;
