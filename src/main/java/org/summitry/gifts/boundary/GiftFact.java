package org.summitry.gifts.boundary;

import java.math.BigDecimal;

/**
 * How many published gifts share the same parties, category, first and last year of their date and
 * currency of their declared value, and what those values add up to ({@code value} null when none
 * declares one). Statistics are counted from these rows rather than from the gifts one by one.
 */
public record GiftFact(
    Long giverCountryId,
    Long recipientCountryId,
    Long categoryId,
    Long giverPersonId,
    Long recipientPersonId,
    Integer firstYear,
    Integer lastYear,
    String currency,
    long gifts,
    BigDecimal value) {}
