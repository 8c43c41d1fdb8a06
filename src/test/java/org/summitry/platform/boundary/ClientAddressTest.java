package org.summitry.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.summitry.testing.FakeRequest;

class ClientAddressTest {

  private static ClientAddress trusting(String proxies) {
    ClientAddress address = new ClientAddress();
    address.configure(proxies, "X-Forwarded-For");
    return address;
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    ClientAddress address = trusting("");
    assertEquals(
        "203.0.113.9",
        address.of(
            FakeRequest.get("/sign-in")
                .from("203.0.113.9")
                .header("X-Forwarded-For", "198.51.100.4")
                .build()),
        "anyone may write anything into the header");
  }

  @Test
  void behindATrustedProxyTheClientIsTheLastAddressItAdded() {
    ClientAddress address = trusting("10.0.0.0/8, ::1");
    assertEquals(
        "198.51.100.4",
        address.of(
            FakeRequest.get("/sign-in")
                .from("10.0.0.5")
                .header("X-Forwarded-For", "192.0.2.66, 198.51.100.4")
                .build()),
        "what the client claimed before reaching the proxy is not believed");
    assertEquals(
        "198.51.100.4",
        address.of(
            FakeRequest.get("/sign-in")
                .from("::1")
                .header("X-Forwarded-For", "198.51.100.4", "10.1.2.3")
                .build()),
        "proxies in a chain are passed over");
    assertEquals(
        "10.0.0.5",
        address.of(FakeRequest.get("/sign-in").from("10.0.0.5").build()),
        "a request the proxy sent without the header is its own");
    assertEquals(
        "10.0.0.5",
        address.of(
            FakeRequest.get("/").from("10.0.0.5").header("X-Forwarded-For", "unknown").build()),
        "nothing that is not an address is taken");
  }

  @Test
  void networksAreMatchedBitByBit() {
    ClientAddress address = trusting("172.16.0.0/12, 2001:db8::/32, 192.0.2.10");
    assertTrue(address.isTrusted("172.31.255.1"));
    assertEquals(false, address.isTrusted("172.32.0.1"));
    assertTrue(address.isTrusted("2001:db8:1::7"));
    assertEquals(false, address.isTrusted("2001:db9::7"));
    assertTrue(address.isTrusted("192.0.2.10"));
    assertEquals(false, address.isTrusted("192.0.2.11"));
    assertEquals(false, address.isTrusted("example.org"), "names are never looked up");
  }

  @Test
  void aMistypedProxyStopsTheStartWithTheSettingsName() {
    for (String wrong : new String[] {"10.0.0.0/33", "proxy.example", "10.0.0.1/x"}) {
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> trusting(wrong), wrong);
      assertTrue(refused.getMessage().contains("SUMMITRY_TRUSTED_PROXIES"));
    }
  }
}
