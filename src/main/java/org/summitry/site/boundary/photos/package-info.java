/**
 * The photo pages ({@code /photos}, {@code /photos/{id}}; templates {@code photos/}): every
 * published photograph narrowed by credit line and year, and each photo shown large with its
 * caption, credit, the people and gifts tagged in it and its claims.
 */
package org.summitry.site.boundary.photos;
