/**
 * The gift pages ({@code /gifts}, {@code /gifts/{slug}}; templates {@code gifts/}): the list with
 * its filters and each gift's page with its parties, photos and claims. The cards that show a gift
 * in lists are shared with other features and live in {@code site.boundary}.
 */
package org.summitry.site.boundary.gifts;
