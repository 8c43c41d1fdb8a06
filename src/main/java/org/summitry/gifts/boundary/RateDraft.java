package org.summitry.gifts.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An exchange rate as a curator states it: one {@code currency} was worth {@code rate} units of
 * {@code toCurrency} on {@code validOn}, according to a source of the archive ({@code sourceId}) or
 * a citation in words with its web address.
 */
public record RateDraft(
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{org.summitry.currency}") String currency,
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{org.summitry.currency}") String toCurrency,
    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 10)
        BigDecimal rate,
    @NotNull LocalDate validOn,
    Long sourceId,
    @Size(max = 500) String citation,
    @Size(max = 1000) String citationUrl) {}
