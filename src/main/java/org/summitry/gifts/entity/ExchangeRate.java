package org.summitry.gifts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How many units of {@code toCurrency} one unit of {@code currency} was worth on a day, with where
 * the figure comes from: a source of the archive or a citation with its address. Statistics use the
 * latest rate of each currency to convert declared values, and say which one they used.
 */
@Entity
@Table(name = "exchange_rate")
@NamedQuery(
    name = ExchangeRate.ALL,
    query = "SELECT r FROM ExchangeRate r ORDER BY r.toCurrency, r.currency, r.validOn DESC, r.id")
public class ExchangeRate {

  public static final String ALL = "ExchangeRate.all";

  @Id
  @SequenceGenerator(name = "summitry_seq", sequenceName = "summitry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summitry_seq")
  private Long id;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "to_currency", nullable = false, length = 3)
  private String toCurrency;

  @Column(nullable = false, precision = 24, scale = 10)
  private BigDecimal rate;

  @Column(name = "valid_on", nullable = false)
  private LocalDate validOn;

  @Column(name = "source_id")
  private Long sourceId;

  @Column(length = 500)
  private String citation;

  @Column(name = "citation_url", length = 1000)
  private String citationUrl;

  @Version private long version;

  protected ExchangeRate() {}

  public ExchangeRate(String currency, String toCurrency, BigDecimal rate, LocalDate validOn) {
    set(currency, toCurrency, rate, validOn);
  }

  /**
   * Sets what the rate says.
   *
   * @throws IllegalArgumentException when the rate is not above zero or converts a currency into
   *     itself
   */
  public void set(String currency, String toCurrency, BigDecimal rate, LocalDate validOn) {
    if (rate == null || rate.signum() <= 0) {
      throw new IllegalArgumentException("A rate is above zero.");
    }
    if (currency.equals(toCurrency)) {
      throw new IllegalArgumentException("A rate converts one currency into another.");
    }
    this.currency = currency;
    this.toCurrency = toCurrency;
    this.rate = rate;
    this.validOn = validOn;
  }

  /**
   * Cites a source of the archive, or a citation in words with its address.
   *
   * @throws IllegalArgumentException when neither is given
   */
  public void cite(Long sourceId, String citation, String citationUrl) {
    if (sourceId == null && (citation == null || citation.isBlank())) {
      throw new IllegalArgumentException("A rate cites where it comes from.");
    }
    this.sourceId = sourceId;
    this.citation = citation;
    this.citationUrl = citationUrl;
  }

  public Long getId() {
    return id;
  }

  public String getCurrency() {
    return currency;
  }

  public String getToCurrency() {
    return toCurrency;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public LocalDate getValidOn() {
    return validOn;
  }

  public Long getSourceId() {
    return sourceId;
  }

  public String getCitation() {
    return citation;
  }

  public String getCitationUrl() {
    return citationUrl;
  }

  public long getVersion() {
    return version;
  }
}
