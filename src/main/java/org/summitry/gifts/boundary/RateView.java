package org.summitry.gifts.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An exchange rate as pages show it: what one unit of {@code currency} was worth in {@code
 * toCurrency} on {@code validOn}, and the source it cites ({@code sourceId}, its title in {@code
 * sourceTitle} while the source exists) or its citation with an address.
 */
public record RateView(
    Long id,
    String currency,
    String toCurrency,
    BigDecimal rate,
    LocalDate validOn,
    Long sourceId,
    String sourceTitle,
    String sourceUrl,
    String citation,
    String citationUrl,
    long version) {

  /** What the rate cites, in words: the source's title or the citation. */
  public String cited() {
    return sourceTitle != null ? sourceTitle : citation;
  }

  /** The address to link for the citation, when it is a web address, else null. */
  public String citedUrl() {
    return org.summitry.kernel.WebAddress.linkable(sourceTitle != null ? sourceUrl : citationUrl);
  }
}
