package org.summitry.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnPathTest {

  @Test
  void aBackOfficePageIsReturnedToAfterSigningIn() {
    assertEquals(Optional.of("/admin"), BackOfficeSecurity.backOfficePath("/admin"));
    assertEquals(
        Optional.of("/admin/users?sort=created"),
        BackOfficeSecurity.backOfficePath("/admin/users?sort=created"));
    assertEquals(
        Optional.of("/admin/gifts/12%20x"),
        BackOfficeSecurity.backOfficePath("/admin/gifts/12%20x"));
  }

  @Test
  void nothingThatABrowserWouldReadAsAnotherSiteOrPlaceIsKept() {
    for (String hostile :
        new String[] {
          "//evil.example/../admin/users",
          "/\\\\evil.example/admin",
          "https://evil.example/admin",
          "/admin/../sign-in",
          "/admin/%2e%2e/x",
          "/gifts",
          "/administrator",
          "/admin\r\nSet-Cookie: x=y",
          "/admin#x",
          ""
        }) {
      assertEquals(Optional.empty(), BackOfficeSecurity.backOfficePath(hostile), hostile);
    }
  }
}
