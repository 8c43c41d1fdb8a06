package org.summitry.gifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.entity.Gift;

class GiftTest {

  @Test
  void aValueNeedsAnAmountAndAKnownCurrency() {
    Gift gift = new Gift("basket", "Gold-plated basket");
    gift.setValue(new BigDecimal("490.00"), " usd ");
    assertEquals("USD", gift.getValueCurrency());
    IllegalArgumentException noCurrency =
        assertThrows(IllegalArgumentException.class, () -> gift.setValue(BigDecimal.TEN, null));
    assertTrue(noCurrency.getMessage().contains("both an amount and a currency"));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> gift.setValue(BigDecimal.TEN, "XYZW"));
    assertTrue(unknown.getMessage().contains("ISO 4217"));
    assertThrows(IllegalArgumentException.class, () -> gift.setValue(new BigDecimal("-1"), "USD"));
  }

  @Test
  void anUnknownValueIsNoAmountAtAll() {
    Gift gift = new Gift("dirk", "Naval officer's dirk");
    gift.setValue(BigDecimal.ONE, "RUB");
    gift.setValue(null, null);
    assertNull(gift.getValueAmount());
    assertNull(gift.getValueCurrency());
  }

  @Test
  void aPairOfDogsIsTwoAndThereIsNeverLessThanOne() {
    Gift dogs = new Gift("pungsan-dogs", "Pair of Pungsan dogs");
    dogs.setQuantity(2);
    assertEquals(2, dogs.getQuantity());
    assertThrows(IllegalArgumentException.class, () -> dogs.setQuantity(0));
  }

  @Test
  void valuesReadInTheReadersCurrencyFormat() {
    assertEquals("US$650", view(new BigDecimal("650.00"), "USD").valueText(Locale.UK));
    assertEquals("£1,234.50", view(new BigDecimal("1234.5"), "GBP").valueText(Locale.UK));
    assertNull(view(null, null).valueText(Locale.UK));
  }

  private static GiftView view(BigDecimal amount, String currency) {
    return new GiftView(
        1L, "g", "Gift", null, null, 1, null, null, null, null, null, null, null, amount, currency,
        null, null);
  }
}
