package org.summitry.gifts.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.summitry.edtf.ValidEdtf;
import org.summitry.journal.boundary.Draft;
import org.summitry.sources.boundary.CitationDraft;
import org.summitry.sources.boundary.ClaimDraft;
import org.summitry.translations.boundary.Translation;

/**
 * What is needed to record a gift; {@code date} is EDTF text, {@code categorySlug} a category,
 * {@code citations} the sources it cites in order (null leaves its citations as they are), {@code
 * claims} what each source says of each fact (null leaves them as they are), {@code translations}
 * its title and description in other languages (null leaves them as they are).
 */
public record GiftDraft(
    @Size(max = 80) String slug,
    @NotBlank @Size(max = 300) String title,
    @Size(max = 20000) String description,
    String categorySlug,
    @Min(1) int quantity,
    Long giverPersonId,
    Long giverCountryId,
    Long recipientPersonId,
    Long recipientCountryId,
    Long summitId,
    @Size(max = 500) String occasion,
    @ValidEdtf @Size(max = 100) String date,
    @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal valueAmount,
    @Pattern(regexp = "[A-Za-z]{3}", message = "{org.summitry.currency}") String valueCurrency,
    @Size(max = 300) String valueNote,
    @Size(max = 1000) String whereabouts,
    List<CitationDraft> citations,
    List<ClaimDraft> claims,
    List<@Valid Translation> translations)
    implements Draft {

  /** A draft that leaves the gift's translations as they are. */
  public GiftDraft(
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
      String whereabouts,
      List<CitationDraft> citations,
      List<ClaimDraft> claims) {
    this(
        slug,
        title,
        description,
        categorySlug,
        quantity,
        giverPersonId,
        giverCountryId,
        recipientPersonId,
        recipientCountryId,
        summitId,
        occasion,
        date,
        valueAmount,
        valueCurrency,
        valueNote,
        whereabouts,
        citations,
        claims,
        null);
  }

  /** This draft with these translations (null leaves the gift's as they are). */
  public GiftDraft withTranslations(List<Translation> translations) {
    return new GiftDraft(
        slug,
        title,
        description,
        categorySlug,
        quantity,
        giverPersonId,
        giverCountryId,
        recipientPersonId,
        recipientCountryId,
        summitId,
        occasion,
        date,
        valueAmount,
        valueCurrency,
        valueNote,
        whereabouts,
        citations,
        claims,
        translations);
  }

  /** A draft that leaves the gift's claims as they are. */
  public GiftDraft(
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
      String whereabouts,
      List<CitationDraft> citations) {
    this(
        slug,
        title,
        description,
        categorySlug,
        quantity,
        giverPersonId,
        giverCountryId,
        recipientPersonId,
        recipientCountryId,
        summitId,
        occasion,
        date,
        valueAmount,
        valueCurrency,
        valueNote,
        whereabouts,
        citations,
        null);
  }

  /** This draft with these claims. */
  public GiftDraft withClaims(List<ClaimDraft> claims) {
    return new GiftDraft(
        slug,
        title,
        description,
        categorySlug,
        quantity,
        giverPersonId,
        giverCountryId,
        recipientPersonId,
        recipientCountryId,
        summitId,
        occasion,
        date,
        valueAmount,
        valueCurrency,
        valueNote,
        whereabouts,
        citations,
        claims,
        translations);
  }

  /** A draft that leaves the gift's citations as they are. */
  public GiftDraft(
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
      String whereabouts) {
    this(
        slug,
        title,
        description,
        categorySlug,
        quantity,
        giverPersonId,
        giverCountryId,
        recipientPersonId,
        recipientCountryId,
        summitId,
        occasion,
        date,
        valueAmount,
        valueCurrency,
        valueNote,
        whereabouts,
        null,
        null);
  }
}
