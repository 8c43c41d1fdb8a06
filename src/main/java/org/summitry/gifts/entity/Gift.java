package org.summitry.gifts.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.summitry.edtf.DateSpec;
import org.summitry.journal.boundary.Entry;
import org.summitry.kernel.Refusal;

/**
 * Something given by one party to another: a person and/or a country on each side, usually at a
 * summit but not always (the first Aurus arrived months after the 2023 meeting, so its occasion is
 * described in words). Its <em>whereabouts</em> say where the object is now or what became of it
 * ("in use by the recipient", "transferred to the National Archives").
 */
@Entity
@Table(name = "gift")
@NamedQuery(name = Gift.BY_SLUG, query = "SELECT g FROM Gift g WHERE g.slug = :slug")
@NamedQuery(
    name = Gift.AT_SUMMIT,
    query =
        "SELECT g FROM Gift g WHERE g.published = TRUE AND g.deletedAt IS NULL AND g.summitId = :summitId ORDER BY g.title")
@NamedQuery(
    name = Gift.COUNT_PUBLISHED,
    query = "SELECT COUNT(g) FROM Gift g WHERE g.published = TRUE AND g.deletedAt IS NULL")
public class Gift extends Entry {

  public static final String BY_SLUG = "Gift.bySlug";
  public static final String AT_SUMMIT = "Gift.atSummit";
  public static final String COUNT_PUBLISHED = "Gift.countPublished";

  @Column(nullable = false, length = 80)
  private String slug;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 20000)
  private String description;

  // A list of gifts reads its categories in one statement, not one per gift.
  @ManyToOne
  @JoinColumn(name = "category_id")
  @BatchFetch(BatchFetchType.IN)
  private GiftCategory category;

  @Column(nullable = false)
  private int quantity = 1;

  @Column(name = "giver_person_id")
  private Long giverPersonId;

  @Column(name = "giver_country_id")
  private Long giverCountryId;

  @Column(name = "recipient_person_id")
  private Long recipientPersonId;

  @Column(name = "recipient_country_id")
  private Long recipientCountryId;

  @Column(name = "summit_id")
  private Long summitId;

  @Column(length = 500)
  private String occasion;

  @Embedded
  @AttributeOverride(name = "edtf", column = @Column(name = "date_edtf"))
  @AttributeOverride(name = "earliest", column = @Column(name = "date_earliest"))
  @AttributeOverride(name = "latest", column = @Column(name = "date_latest"))
  private DateSpec given;

  @Column(name = "value_amount", precision = 19, scale = 2)
  private BigDecimal valueAmount;

  @Column(name = "value_currency", length = 3)
  private String valueCurrency;

  @Column(name = "value_note", length = 300)
  private String valueNote;

  @Column(length = 1000)
  private String whereabouts;

  protected Gift() {}

  public Gift(String slug, String title) {
    this.slug = slug;
    this.title = title;
  }

  /**
   * Sets the estimated value; both null means unknown. A currency must be an ISO 4217 code the
   * platform knows, so amounts can be formatted and compared.
   */
  public void setValue(BigDecimal amount, String currency) {
    if ((amount == null) != (currency == null)) {
      throw new Refusal("refusal.gift.valueHalf");
    }
    if (amount != null && amount.signum() < 0) {
      throw new Refusal("refusal.gift.valueNegative");
    }
    if (currency != null) {
      String code = currency.trim().toUpperCase(Locale.ROOT);
      try {
        Currency.getInstance(code);
      } catch (IllegalArgumentException unknown) {
        throw new Refusal("refusal.gift.currency", currency);
      }
      this.valueCurrency = code;
    } else {
      this.valueCurrency = null;
    }
    this.valueAmount = amount;
  }

  public void setQuantity(int quantity) {
    if (quantity < 1) {
      throw new Refusal("refusal.gift.quantity");
    }
    this.quantity = quantity;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public GiftCategory getCategory() {
    return category;
  }

  public void setCategory(GiftCategory category) {
    this.category = category;
  }

  public int getQuantity() {
    return quantity;
  }

  public Long getGiverPersonId() {
    return giverPersonId;
  }

  public Long getGiverCountryId() {
    return giverCountryId;
  }

  public void setGiver(Long personId, Long countryId) {
    this.giverPersonId = personId;
    this.giverCountryId = countryId;
  }

  public Long getRecipientPersonId() {
    return recipientPersonId;
  }

  public Long getRecipientCountryId() {
    return recipientCountryId;
  }

  public void setRecipient(Long personId, Long countryId) {
    this.recipientPersonId = personId;
    this.recipientCountryId = countryId;
  }

  public Long getSummitId() {
    return summitId;
  }

  public void setSummitId(Long summitId) {
    this.summitId = summitId;
  }

  public String getOccasion() {
    return occasion;
  }

  public void setOccasion(String occasion) {
    this.occasion = occasion;
  }

  public DateSpec getGiven() {
    return given;
  }

  public void setGiven(DateSpec given) {
    this.given = given;
  }

  public BigDecimal getValueAmount() {
    return valueAmount;
  }

  public String getValueCurrency() {
    return valueCurrency;
  }

  public String getValueNote() {
    return valueNote;
  }

  public void setValueNote(String valueNote) {
    this.valueNote = valueNote;
  }

  public String getWhereabouts() {
    return whereabouts;
  }

  public void setWhereabouts(String whereabouts) {
    this.whereabouts = whereabouts;
  }
}
