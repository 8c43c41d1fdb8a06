package org.summitry.imports.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The mappings of the public registers the archive knows, offered beside the curators' own. */
public final class Presets {

  /** A built-in preset: its name, the columns a file of that register has, its mapping. */
  public record Preset(String name, List<String> columns, Mapping mapping) {

    /** Whether a file with these columns is of this register. */
    public boolean fits(List<String> header) {
      return columns.stream().allMatch(c -> header.stream().anyMatch(h -> h.equalsIgnoreCase(c)));
    }
  }

  public static final Preset US_FOREIGN_GIFTS = usForeignGifts();
  public static final Preset UK_MINISTERS_GIFTS = ukMinistersGifts();
  public static final Preset US_AGENCY_GIFTS = usAgencyGifts();

  public static final List<Preset> BUILT_IN =
      List.of(US_FOREIGN_GIFTS, UK_MINISTERS_GIFTS, US_AGENCY_GIFTS);

  private Presets() {}

  private static Preset usForeignGifts() {
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    columns.put(ImportField.DESCRIPTION, "gift_description");
    columns.put(ImportField.DATE, "received");
    columns.put(ImportField.VALUE, "estimated_value");
    columns.put(ImportField.WHEREABOUTS, "disposition");
    columns.put(ImportField.OCCASION, "circumstances");
    columns.put(ImportField.GIVER_NAME, "donor_name");
    columns.put(ImportField.GIVER_TITLE, "donor_title");
    columns.put(ImportField.GIVER_COUNTRY, "donor_country");
    columns.put(ImportField.RECIPIENT_NAME, "recipient_name");
    columns.put(ImportField.RECIPIENT_TITLE, "recipient_title");
    Map<ImportField, String> fallbacks = new EnumMap<>(ImportField.class);
    fallbacks.put(ImportField.CURRENCY, "USD");
    fallbacks.put(ImportField.RECIPIENT_COUNTRY, "United States");
    fallbacks.put(
        ImportField.SOURCE,
        "Federal Register: Gifts to Federal Employees from Foreign Government Sources Reported to"
            + " Employing Agencies");
    return new Preset(
        "U.S. Federal Register: gifts to federal employees from foreign government sources",
        List.of(
            "gift_description",
            "received",
            "estimated_value",
            "disposition",
            "donor_name",
            "donor_country",
            "recipient_name"),
        new Mapping(columns, fallbacks, false));
  }

  /**
   * The U.S. register as compiled one gift a row with the recipient's agency: the whole name and
   * title in one column, and many rows with only a year received ({@code date_received} is "NA").
   */
  private static Preset usAgencyGifts() {
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    columns.put(ImportField.DESCRIPTION, "gift_description");
    columns.put(ImportField.DATE, "date_received");
    columns.put(ImportField.VALUE, "value_usd");
    columns.put(ImportField.OCCASION, "justification");
    columns.put(ImportField.GIVER_NAME, "donor");
    columns.put(ImportField.GIVER_COUNTRY, "donor_country");
    columns.put(ImportField.RECIPIENT_NAME, "recipient");
    Map<ImportField, String> fallbacks = new EnumMap<>(ImportField.class);
    fallbacks.put(ImportField.CURRENCY, "USD");
    fallbacks.put(ImportField.RECIPIENT_COUNTRY, "United States");
    fallbacks.put(
        ImportField.SOURCE,
        "Federal Register: Gifts to Federal Employees from Foreign Government Sources Reported to"
            + " Employing Agencies");
    return new Preset(
        "U.S. gifts from foreign governments, by agency (recipient, donor, year received)",
        List.of(
            "recipient",
            "agency_name",
            "year_received",
            "date_received",
            "donor",
            "donor_country",
            "gift_description"),
        new Mapping(columns, fallbacks, false, Map.of(ImportField.DATE, "year_received")));
  }

  private static Preset ukMinistersGifts() {
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    columns.put(ImportField.DESCRIPTION, "Gift");
    columns.put(ImportField.DATE, "Date");
    columns.put(ImportField.VALUE, "Value (£)");
    columns.put(ImportField.WHEREABOUTS, "Outcome");
    columns.put(ImportField.GIVER_NAME, "Who gift was given to or received from");
    columns.put(ImportField.RECIPIENT_NAME, "Minister");
    columns.put(ImportField.DIRECTION, "Given or received");
    Map<ImportField, String> fallbacks = new EnumMap<>(ImportField.class);
    fallbacks.put(ImportField.CURRENCY, "GBP");
    fallbacks.put(ImportField.RECIPIENT_COUNTRY, "United Kingdom");
    fallbacks.put(ImportField.SOURCE, "GOV.UK: Register of ministers' gifts and hospitality");
    return new Preset(
        "UK register of ministers' gifts and hospitality",
        List.of("Minister", "Date", "Gift", "Given or received"),
        new Mapping(columns, fallbacks, true));
  }
}
