/**
 * Demo content: the seed article's summits, people, gifts and placeholder photos, loaded once into
 * an empty archive so a newcomer has something to browse.
 */
package org.summitry.demo;
