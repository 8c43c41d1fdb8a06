package org.summitry.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Values, dates, names and countries read as a person would read them. */
class MessyValuesTest {

  @Test
  void valuesWithCurrencySignsAndThousandsSeparatorsParse() {
    assertMoney("1530.00", "USD", null, Money.parse("$1,530.00", null));
    assertMoney("1234.50", "GBP", null, Money.parse("£1.234,50", "USD"));
    assertMoney("650.00", "USD", null, Money.parse("650.0", "USD"));
    assertMoney("1234.00", "GBP", null, Money.parse("1,234", "GBP"));
    assertMoney("12.50", "EUR", null, Money.parse("12,5 €", null));
    assertMoney("300.00", "EUR", null, Money.parse("EUR 300", "GBP"));
    assertMoney("1234567.00", "USD", null, Money.parse("1 234 567", "USD"));
  }

  @Test
  void wordsAreKeptAsTheValueNote() {
    assertMoney(null, null, "Above limit", Money.parse("Above limit", "GBP"));
    assertMoney(null, null, "Not known", Money.parse("Not known", "USD"));
    assertMoney("150.00", "GBP", "approx. £150", Money.parse("approx. £150", null));
    assertMoney(null, null, "£100-£200", Money.parse("£100-£200", null));
    assertMoney(null, null, null, Money.parse("  ", "USD"));
  }

  @Test
  void anAmountWithoutAnyCurrencyIsKeptAsWritten() {
    assertMoney(null, null, "300", Money.parse("300", null));
  }

  @Test
  void unknownDatesAreUnknownAndOthersBecomeEdtf() {
    assertTrue(LooseDates.read("unknown", false).unknown());
    assertTrue(LooseDates.read("Unknown", true).unknown());
    assertTrue(LooseDates.read("Not known", true).unknown());
    assertTrue(LooseDates.read("", true).unknown());
    assertEquals("2022-03-02", LooseDates.read("2022-03-02", false).edtf());
    assertEquals("2012-06", LooseDates.read("2012-06", false).edtf());
    assertEquals("2022", LooseDates.read("2022", false).edtf());
    assertEquals("2022-03-02", LooseDates.read("02/03/2022", true).edtf());
    assertEquals("2022-02-03", LooseDates.read("02/03/2022", false).edtf());
    assertEquals("2022-03-25", LooseDates.read("25/03/2022", false).edtf(), "25 is no month");
    assertEquals("2022-03-02", LooseDates.read("2 March 2022", false).edtf());
    assertEquals("2022-03-02", LooseDates.read("March 2, 2022", false).edtf());
    assertEquals("2022-03-02", LooseDates.read("2nd Mar 2022", false).edtf());
    assertEquals("2019-07", LooseDates.read("July 2019", true).edtf());
    assertEquals("2022-03-02", LooseDates.read("2022-03-02T00:00:00", false).edtf());
    assertEquals("2021-01-05", LooseDates.read("5.1.21", true).edtf());
    assertEquals("2022-05-27/2022-06-05", LooseDates.read("2022-05-27–2022-06-05", false).edtf());
    assertEquals("2014-05-19/2014-05-24", LooseDates.read("2014-05-19-2014-05-24", false).edtf());
    assertEquals("2023-03-02/2023-03-04", LooseDates.read("02/03/2023 to 04/03/2023", true).edtf());
    LooseDates.Reading slip = LooseDates.read("2011-05-32", false);
    assertEquals("2011-05", slip.edtf());
    assertTrue(slip.warning().toString().contains("no such day"));
  }

  @Test
  void unreadableAndImpossibleDatesAreProblems() {
    assertTrue(
        LooseDates.read("31/02/2022", true)
            .problem()
            .toString()
            .contains("not a date in the calendar"));
    assertTrue(
        LooseDates.read("sometime in spring", true).problem().toString().contains("not a date"));
    assertTrue(LooseDates.read("12", true).problem() != null, "a bare number is no year");
  }

  @Test
  void honorificsAreTakenOffNames() {
    assertEquals(
        "Mohamed Irfaan Ali", Names.withoutHonorifics("His Excellency Mohamed Irfaan Ali"));
    assertEquals(
        "Joseph R. Biden Jr.", Names.withoutHonorifics("The Honorable Joseph R. Biden Jr."));
    assertEquals("King Abdullah II", Names.withoutHonorifics("His Majesty King Abdullah II"));
    assertEquals(
        "Tamim bin Hamad Al Thani", Names.withoutHonorifics("H.E. Tamim bin Hamad Al Thani"));
    assertEquals(
        "Tamim bin Hamad Al Thani", Names.withoutHonorifics("H. E. Tamim bin Hamad Al Thani"));
    assertEquals("Jane Doe", Names.withoutHonorifics("The Rt Hon Jane Doe MP"));
    assertEquals("He Lifeng", Names.withoutHonorifics("He Lifeng"), "a name is not an honorific");
    assertEquals("Hon", Names.withoutHonorifics("Hon"), "nothing left means nothing taken");
  }

  @Test
  void spellingsOfOnePersonShareAKey() {
    assertEquals(Names.key("H.E. Iván Duque"), Names.key("Ivan Duque"));
    assertEquals(Names.key("His Excellency IVÁN DUQUE"), Names.key("iván duque"));
    assertEquals(Names.key("Joseph R. Biden Jr."), Names.key("The Honorable Joseph R Biden Jr"));
  }

  @Test
  void countriesAreRecognisedByFormalInformalAndMistypedNames() {
    assertEquals(Optional.of("KR"), CountryNames.code("Republic of Korea"));
    assertEquals(Optional.of("KP"), CountryNames.code("Democratic People's Republic of Korea"));
    assertEquals(Optional.of("CN"), CountryNames.code("the People's Republic of China"));
    assertEquals(Optional.of("JO"), CountryNames.code("The Hashemite Kingdom of Jordan"));
    assertEquals(Optional.of("EG"), CountryNames.code("the Arab Republic of Egypt"));
    assertEquals(Optional.of("MM"), CountryNames.code("Burma"));
    assertEquals(Optional.of("CI"), CountryNames.code("Côte d'Ivoire"));
    assertEquals(Optional.of("GT"), CountryNames.code("Guatamala"));
    assertEquals(Optional.of("BN"), CountryNames.code("Brunei Darussalem"));
    assertEquals(Optional.of("BA"), CountryNames.code("Bosnia & Herzegovina"));
    assertEquals(Optional.of("BA"), CountryNames.code("Bosnia and Herzegovina"));
    assertEquals(Optional.of("TT"), CountryNames.code("the Republic of Trinidad and Tobago"));
    assertEquals(Optional.of("RU"), CountryNames.code("Russian Federation"));
    assertEquals(
        Optional.of("GB"),
        CountryNames.code("United Kingdom of Great Britain and Northern Ireland"));
    assertEquals(Optional.of("US"), CountryNames.code("United States"));
    assertEquals(Optional.of("SA"), CountryNames.code("Kingdom of Saudi Arabia"));
    assertEquals(Optional.of("RU"), CountryNames.code("RU"));
    assertEquals(Optional.empty(), CountryNames.code("Bavaria"));
    assertEquals(Optional.empty(), CountryNames.code("European Union"));
    assertEquals(Optional.empty(), CountryNames.code("Country Unknown"));
    assertEquals("South Korea", CountryNames.englishName("KR"));
    assertEquals("Kosovo", CountryNames.englishName("XK"));
  }

  private static void assertMoney(String amount, String currency, String note, Money money) {
    assertEquals(amount == null ? null : new BigDecimal(amount), money.amount(), "amount");
    assertEquals(currency, money.currency(), "currency");
    assertEquals(note, money.note(), "note");
    if (amount == null) {
      assertNull(money.currency());
    }
  }
}
