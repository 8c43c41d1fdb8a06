package org.summitry.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.accounts.entity.Role;

class SessionStandingTest {

  private final BackOfficeSecurity security = new BackOfficeSecurity();

  private static HttpSession session(long version, long signedInMillisAgo) {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(BackOfficeSecurity.CREDENTIALS, version);
    attributes.put(BackOfficeSecurity.SIGNED_IN_AT, System.currentTimeMillis() - signedInMillisAgo);
    return (HttpSession)
        Proxy.newProxyInstance(
            HttpSession.class.getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (self, method, args) -> {
              if (method.getName().equals("getAttribute")) {
                return attributes.get((String) args[0]);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void aSessionSignedInUnderTheUsersCurrentRowGoesOn() {
    security.configure(12);
    assertTrue(security.current(session(3, 60_000), new Users.Standing(Role.CURATOR, 3)));
  }

  @Test
  void aNewPasswordRoleOrEnabledStateEndsTheSession() {
    security.configure(12);
    assertFalse(security.current(session(3, 60_000), new Users.Standing(Role.CURATOR, 4)));
  }

  @Test
  void noSessionOutlivesTheConfiguredLifetimeHoweverActive() {
    security.configure(1);
    assertTrue(security.current(session(3, 59 * 60_000), new Users.Standing(Role.ADMIN, 3)));
    assertFalse(security.current(session(3, 61 * 60_000), new Users.Standing(Role.ADMIN, 3)));
  }
}
