package org.summitry.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import java.security.Principal;
import java.util.Optional;
import org.summitry.accounts.entity.Role;

/**
 * Who is calling and what they may do, for every component of the back office: {@code
 * access.require(Roles.CURATOR)} at the start of a use case. The role is read from the database
 * once per request rather than from the session, so a user who is disabled or demoted loses the
 * right at their next request, not when their session ends.
 */
@RequestScoped
public class Access {

  @Inject SecurityContext security;
  @Inject Users users;

  private Optional<Role> role;

  /** The signed-in username, or {@code null} for a visitor who has not signed in. */
  public String caller() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  /**
   * Whether the caller is signed in, enabled, and holds {@code role} or a role that includes it.
   */
  public boolean has(String role) {
    Role wanted = Role.of(role).orElseThrow(() -> new IllegalArgumentException("No role " + role));
    return currentRole().map(held -> held.includes(wanted)).orElse(false);
  }

  /** Refuses the request with 403 unless the caller {@link #has(String) has} {@code role}. */
  public void require(String role) {
    if (!has(role)) {
      throw new ForbiddenException();
    }
  }

  private Optional<Role> currentRole() {
    if (role == null) {
      String caller = caller();
      role = caller == null ? Optional.empty() : users.enabledRole(caller);
    }
    return role;
  }
}
