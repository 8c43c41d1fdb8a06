package org.summitry.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.summitry.gifts.boundary.ExchangeRates;
import org.summitry.gifts.boundary.RateDraft;
import org.summitry.gifts.entity.ExchangeRate;
import org.summitry.kernel.InvalidField;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * A rate the statistics would convert with is refused, field by field, when it converts a currency
 * into itself, cites nothing, cites words without an address, or repeats the day of another rate of
 * the same currencies.
 */
class ExchangeRatesTest {

  @Test
  void aRateThatCitesNothingOrRepeatsAnotherIsRefusedWithTheFieldToFix() throws Exception {
    Database db = TestDatabases.h2();
    Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    EntityManagerFactory emf =
        Persistence.createEntityManagerFactory(
            "summitry",
            Map.of(
                "jakarta.persistence.transactionType",
                "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource",
                "",
                "jakarta.persistence.jdbc.url",
                db.url(),
                "jakarta.persistence.jdbc.user",
                db.user(),
                "jakarta.persistence.jdbc.password",
                db.password(),
                "eclipselink.logging.level",
                "OFF"));
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      ExchangeRate known =
          new ExchangeRate("KRW", "USD", new BigDecimal("0.00075"), LocalDate.of(2024, 1, 1));
      known.cite(null, "Bank of Korea, ECOS", "https://ecos.bok.or.kr/");
      em.persist(known);
      em.flush();
      ExchangeRates rates = new ExchangeRates();
      Field field = ExchangeRates.class.getDeclaredField("em");
      field.setAccessible(true);
      field.set(rates, em);

      assertEquals(
          "toCurrency",
          refused(rates, draft("USD", "2024-06-19", "ECB", "https://ecb.europa.eu/"), "USD"));
      assertEquals("citation", refused(rates, draft("KRW", "2024-06-19", null, null), "USD"));
      assertEquals("citationUrl", refused(rates, draft("KRW", "2024-06-19", "ECB", "ecb"), "USD"));
      assertEquals(
          "validOn",
          refused(rates, draft("KRW", "2024-01-01", "ECB", "https://ecb.europa.eu/"), "USD"));
    } finally {
      em.getTransaction().rollback();
      em.close();
      emf.close();
      db.drop().run();
    }
  }

  private static String refused(ExchangeRates rates, RateDraft draft, String into) {
    RateDraft wanted =
        new RateDraft(
            draft.currency(),
            into,
            draft.rate(),
            draft.validOn(),
            draft.sourceId(),
            draft.citation(),
            draft.citationUrl());
    return assertThrows(InvalidField.class, () -> rates.save(null, null, wanted, "curator"))
        .field();
  }

  private static RateDraft draft(String currency, String day, String citation, String url) {
    return new RateDraft(
        currency, "USD", new BigDecimal("0.0007"), LocalDate.parse(day), null, citation, url);
  }
}
