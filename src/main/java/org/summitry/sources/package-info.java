/**
 * Sources and citations: the publications each claim rests on, cited by summits, gifts and photos.
 */
package org.summitry.sources;
