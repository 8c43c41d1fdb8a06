package org.summitry.curation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.curation.control.FormErrors;

class DegreesTest {

  @Test
  void decimalDegreesAreReadAsTyped() {
    FormErrors errors = new FormErrors(Map.of());
    assertEquals(new BigDecimal("39.0392"), Degrees.latitude("39.0392", errors));
    assertEquals(new BigDecimal("125.7625"), Degrees.longitude(" 125.7625 ", errors));
    assertEquals(new BigDecimal("-33.8688"), Degrees.latitude("-33.8688", errors));
    assertEquals(new BigDecimal("-33.8688"), Degrees.latitude("−33.8688", errors));
    assertEquals(new BigDecimal("48.1"), Degrees.latitude("48,1", errors));
    assertTrue(errors.isEmpty(), errors.asMap().toString());
  }

  @Test
  void aHemisphereLetterGivesTheSign() {
    FormErrors errors = new FormErrors(Map.of());
    assertEquals(new BigDecimal("39.0392"), Degrees.latitude("39.0392° N", errors));
    assertEquals(new BigDecimal("-33.8688"), Degrees.latitude("33.8688 S", errors));
    assertEquals(new BigDecimal("-77.0365"), Degrees.longitude("77.0365W", errors));
    assertTrue(errors.isEmpty(), errors.asMap().toString());
  }

  @Test
  void latitudeBeyondThePoleIsRefusedBesideItsField() {
    FormErrors errors = new FormErrors(Map.of());
    assertNull(Degrees.latitude("91", errors));
    assertEquals(
        "Latitude is between −90 (south) and 90 (north) degrees; “91” is not.",
        errors.asMap().get("latitude"));
  }

  @Test
  void longitudeBeyondTheAntimeridianIsRefused() {
    FormErrors errors = new FormErrors(Map.of());
    assertNull(Degrees.longitude("-180.5", errors));
    assertTrue(errors.asMap().get("longitude").contains("“-180.5”"));
  }

  @Test
  void whatIsNotANumberOfDegreesIsRefused() {
    for (String wrong : new String[] {"north", "39.0392 E", "1e3", "39°02′21″", "-39 S"}) {
      FormErrors errors = new FormErrors(Map.of());
      assertNull(Degrees.latitude(wrong, errors), wrong);
      assertTrue(errors.asMap().get("latitude").contains("is not a number of degrees"), wrong);
    }
  }

  @Test
  void blankMeansUnknown() {
    FormErrors errors = new FormErrors(Map.of());
    assertNull(Degrees.latitude("  ", errors));
    assertNull(Degrees.longitude(null, errors));
    assertTrue(errors.isEmpty());
  }
}
