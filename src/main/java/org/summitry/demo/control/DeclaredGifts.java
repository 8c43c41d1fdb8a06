package org.summitry.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.summitry.gifts.boundary.ExchangeRates;
import org.summitry.gifts.boundary.GiftDraft;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.gifts.boundary.RateDraft;
import org.summitry.kernel.EntryType;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonDraft;
import org.summitry.sources.boundary.Certainty;
import org.summitry.sources.boundary.ClaimDraft;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;

/**
 * Gifts of the demo's leaders with a declared value: those Vladimir Putin and Moon Jae-in gave U.S.
 * presidents, as the U.S. register of gifts from foreign governments lists them (rows of {@code
 * ../shared/data/us-foreign-gifts.csv}, the Federal Register notices "Gifts to Federal Employees
 * from Foreign Government Sources Reported to Employing Agencies"), with the value the register
 * estimates in dollars; and the Federal Reserve's annual average rates of the won per dollar for
 * the years of those gifts (G.5A release), so that the statistics can show them in won, each year
 * with its own rate. Nothing here is estimated by the archive: every figure is the source's.
 */
@ApplicationScoped
class DeclaredGifts {

  private static final String REGISTER_PUBLISHER = "U.S. Department of State, Federal Register";
  private static final String REGISTER_TITLE =
      "Gifts to Federal Employees from Foreign Government Sources Reported to Employing Agencies";

  /** The register's notices 1977–2022 as one table (Derek Willis, MIT). */
  private static final String REGISTER_URL =
      "https://github.com/dwillis/all-foreign-gifts-around-us";

  private static final String REGISTER_NOTE =
      "Value as estimated in the register, in U.S. dollars, on the day received.";
  private static final String TRANSFERRED = "Transferred to the U.S. National Archives (NARA)";

  /** The Federal Reserve Board's G.5A release of 2020's annual averages, with 2017–2019. */
  private static final String G5A_2020 = "https://www.federalreserve.gov/releases/g5a/20210104/";

  /** The Federal Reserve Board's G.5A release of 2023's annual averages, with 2020–2022. */
  private static final String G5A_2023 = "https://www.federalreserve.gov/releases/g5a/20240201/";

  @Inject People people;
  @Inject Gifts gifts;
  @Inject Sources sources;
  @Inject Claims claims;
  @Inject ExchangeRates rates;

  @Transactional
  void load() {
    Long russia = people.ensureCountry("RU", "Russia", "Q159");
    Long southKorea = people.ensureCountry("KR", "South Korea", "Q884");
    Long unitedStates = people.ensureCountry("US", "United States", "Q30");
    Long putin = people.ensurePerson(already("vladimir-putin", "Vladimir Putin", "RU"));
    Long moon = people.ensurePerson(already("moon-jae-in", "Moon Jae-in", "KR"));
    Long trump =
        people.ensurePerson(
            new PersonDraft(
                "donald-trump",
                "Donald Trump",
                "Donald Trump",
                List.of("Donald J. Trump", "Дональд Трамп", "도널드 트럼프"),
                "President of the United States (2017–2021)",
                "US",
                "The 45th President of the United States, who met Moon Jae-in and Vladimir Putin"
                    + " during his first term.",
                "Q22686"));
    Long biden =
        people.ensurePerson(
            new PersonDraft(
                "joe-biden",
                "Joe Biden",
                "Joe Biden",
                List.of("Joseph R. Biden Jr.", "Джо Байден", "조 바이든"),
                "President of the United States (2021–2025)",
                "US",
                "The 46th President of the United States.",
                "Q6279"));

    gifts.ensureCategory("artwork", "Artwork");
    gifts.ensureCategory("decorative-art", "Decorative art");
    gifts.ensureCategory("commemorative", "Commemorative item");

    Long register = sources.ensureSource(REGISTER_PUBLISHER, REGISTER_TITLE, REGISTER_URL, null);
    List<Long> declared =
        List.of(
            gift(
                "lacquer-boxes-for-trump-2017",
                "Set of lacquer boxes with mother-of-pearl inlay",
                "A set of three lidded black lacquer boxes and a rectangular tray, the lids inlaid"
                    + " with mother-of-pearl rosettes, reportedly made by Lee Euisik and designated"
                    + " Jeollabuk-do Provincial Intangible Cultural Heritage No. 13.",
                "decorative-art",
                moon,
                southKorea,
                trump,
                unitedStates,
                "2017-06-29",
                "580.00"),
            gift(
                "print-by-joon-kwan-kim-for-trump-2018",
                "Print by Joon-Kwan Kim",
                "A limited-edition print by Joon-Kwan Kim depicting a white sky over a range of"
                    + " hills.",
                "artwork",
                moon,
                southKorea,
                trump,
                unitedStates,
                "2018-05-22",
                "1890.00"),
            gift(
                "world-cup-medallions-for-trump-2018",
                "FIFA World Cup collector's box",
                "A FIFA World Cup collector's box with twelve round silver medallions.",
                "commemorative",
                putin,
                russia,
                trump,
                unitedStates,
                "2018-08-19",
                "1500.00"),
            gift(
                "four-panel-screen-for-trump-2019",
                "Four-panel screen with paintings of native wildlife",
                "A four-panel screen painted with the native wildlife of Korea.",
                "artwork",
                moon,
                southKorea,
                trump,
                unitedStates,
                "2019-04-11",
                "1339.99"),
            gift(
                "mother-of-pearl-plaque-for-biden-2021",
                "Mother-of-pearl plaque, napkins and photo album",
                "A mother-of-pearl plaque, white linen napkins embroidered by hand with a floral"
                    + " bouquet, and a photo album of Dr. Biden's visit to Jinkwansa Temple in"
                    + " Seoul.",
                "decorative-art",
                moon,
                southKorea,
                biden,
                unitedStates,
                "2021-05-25",
                "2282.00"),
            gift(
                "kholui-writing-set-for-biden-2021",
                "Kholui lacquer miniature desk writing set",
                "A desk writing set and pen from the Kholui lacquer miniature workshop.",
                "decorative-art",
                putin,
                russia,
                biden,
                unitedStates,
                "2021-06-16",
                "12000.00"));
    for (Long gift : declared) {
      sources.cite(register, EntryType.GIFT, gift, null);
      // The register is the claim of each fact it gives: value, date, giver and recipient.
      claims.set(
          EntryType.GIFT,
          gift,
          List.of(
              new ClaimDraft("value", register, Certainty.REPORTED, true, null, REGISTER_NOTE),
              new ClaimDraft("date", register, Certainty.REPORTED, true, null, null),
              new ClaimDraft("giver", register, Certainty.REPORTED, true, null, null),
              new ClaimDraft("recipient", register, Certainty.REPORTED, true, null, null)));
    }

    // Won per dollar, the annual averages of the Federal Reserve Board's G.5A release: a year's
    // average dated to the year, as the back office dates a rate given as a year alone.
    wonPerDollar(2017, "1129.0435", G5A_2020);
    wonPerDollar(2018, "1099.2926", G5A_2020);
    wonPerDollar(2019, "1165.8016", G5A_2020);
    wonPerDollar(2021, "1144.8911", G5A_2023);
  }

  private Long gift(
      String slug,
      String title,
      String description,
      String category,
      Long giver,
      Long giverCountry,
      Long recipient,
      Long recipientCountry,
      String received,
      String dollars) {
    return gifts.ensure(
        new GiftDraft(
            slug,
            title,
            description,
            category,
            1,
            giver,
            giverCountry,
            recipient,
            recipientCountry,
            null,
            null,
            received,
            new BigDecimal(dollars),
            "USD",
            REGISTER_NOTE,
            TRANSFERRED));
  }

  private void wonPerDollar(int year, String won, String release) {
    rates.save(
        null,
        null,
        new RateDraft(
            "USD",
            "KRW",
            new BigDecimal(won),
            LocalDate.of(year, 1, 1),
            null,
            "Board of Governors of the Federal Reserve System, Foreign Exchange Rates G.5A"
                + " (annual): South Korean won per U.S. dollar, average of "
                + year,
            release),
        "system");
  }

  /** A person the article recorded, found again by the slug. */
  private static PersonDraft already(String slug, String name, String country) {
    return new PersonDraft(slug, name, null, List.of(), null, country, null);
  }
}
