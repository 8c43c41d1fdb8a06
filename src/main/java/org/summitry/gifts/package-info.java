/**
 * Gifts and the gift category vocabulary: what was given, by whom to whom (a person and/or a
 * country on each side), on which occasion, its estimated value and its whereabouts; and the
 * exchange rates, each with its source, that statistics may convert declared values with.
 */
package org.summitry.gifts;
