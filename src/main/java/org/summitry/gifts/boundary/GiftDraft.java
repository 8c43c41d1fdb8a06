package org.summitry.gifts.boundary;

import java.math.BigDecimal;

/** What is needed to record a gift; {@code date} is EDTF text, {@code categorySlug} a category. */
public record GiftDraft(
    String slug,
    String title,
    String description,
    String categorySlug,
    int quantity,
    Long giverPersonId,
    Long giverCountryId,
    Long recipientPersonId,
    Long recipientCountryId,
    Long summitId,
    String occasion,
    String date,
    BigDecimal valueAmount,
    String valueCurrency,
    String valueNote,
    String whereabouts) {}
