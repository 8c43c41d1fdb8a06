package org.summitry.accounts.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A user as the administration pages show them; never their password hash. */
public record UserView(
    Long id,
    String username,
    String role,
    boolean enabled,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public LocalDate createdOn() {
    return createdAt.toLocalDate();
  }
}
