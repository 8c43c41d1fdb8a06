package org.summitry.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

  @Test
  void theConfiguredAddressGainsATrailingSlashSoPathsResolveBeneathIt() {
    assertEquals(
        Optional.of(URI.create("https://summitry.example/archive/")),
        Configuration.publicUrl("https://summitry.example/archive"));
    assertEquals(
        "https://summitry.example/archive/gifts/aurus",
        PublicAddress.resolve(
            Configuration.publicUrl(" https://summitry.example/archive/ ").orElseThrow(),
            "/gifts/aurus"));
  }

  @Test
  void anEmptySettingMeansTheRequestsOwnAddress() {
    assertTrue(Configuration.publicUrl("").isEmpty());
    assertTrue(Configuration.publicUrl((String) null).isEmpty());
  }

  @Test
  void aMistypedAddressIsRefusedWithTheSettingsName() {
    for (String wrong :
        new String[] {
          "summitry.example", "ftp://summitry.example/", "https://x.example/?a=1", "::"
        }) {
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> Configuration.publicUrl(wrong), wrong);
      assertTrue(refused.getMessage().contains("SUMMITRY_PUBLIC_URL"));
    }
  }
}
