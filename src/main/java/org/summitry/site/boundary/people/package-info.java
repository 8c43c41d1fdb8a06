/**
 * The pages of people and countries ({@code /people}, {@code /countries}; templates {@code
 * people/}, {@code countries/}): the lists and each person's or country's page with the gifts given
 * and received and the summits attended or hosted.
 */
package org.summitry.site.boundary.people;
