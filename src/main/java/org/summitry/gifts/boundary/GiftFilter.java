package org.summitry.gifts.boundary;

/**
 * Which gifts a list shows; null fields do not filter. {@code year} keeps gifts whose date range
 * overlaps that calendar year.
 */
public record GiftFilter(
    Long categoryId,
    Long giverCountryId,
    Long recipientCountryId,
    Long giverPersonId,
    Long recipientPersonId,
    Integer year) {

  public static GiftFilter none() {
    return new GiftFilter(null, null, null, null, null, null);
  }

  public static GiftFilter givenByPerson(Long personId) {
    return new GiftFilter(null, null, null, personId, null, null);
  }

  public static GiftFilter receivedByPerson(Long personId) {
    return new GiftFilter(null, null, null, null, personId, null);
  }

  public static GiftFilter givenByCountry(Long countryId) {
    return new GiftFilter(null, countryId, null, null, null, null);
  }

  public static GiftFilter receivedByCountry(Long countryId) {
    return new GiftFilter(null, null, countryId, null, null, null);
  }
}
