package org.summitry.gifts.boundary;

/**
 * How many published gifts one country gave another; a null country means the gifts name none on
 * that side.
 */
public record GiftFlow(Long giverCountryId, Long recipientCountryId, long gifts) {}
