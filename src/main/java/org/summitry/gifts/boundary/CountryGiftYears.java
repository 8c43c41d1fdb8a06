package org.summitry.gifts.boundary;

import org.summitry.kernel.YearTally;

/** A country's published gifts per year, given and received, as the gift list's filters count. */
public record CountryGiftYears(YearTally given, YearTally received) {}
