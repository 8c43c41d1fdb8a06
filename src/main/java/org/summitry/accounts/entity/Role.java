package org.summitry.accounts.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user may do. Roles are ranked: each includes every role below it, so an admin is also a
 * curator and a contributor. The container sees the included roles as the caller's groups.
 */
public enum Role {
  ADMIN,
  CURATOR,
  CONTRIBUTOR;

  /** The name used in the database, in {@code web.xml} and by {@code isUserInRole}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** This role and every role it includes. */
  public Set<Role> included() {
    return Arrays.stream(values())
        .filter(role -> role.ordinal() >= ordinal())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The keys of {@link #included()}: the groups a signed-in user of this role belongs to. */
  public Set<String> groups() {
    return included().stream().map(Role::key).collect(Collectors.toUnmodifiableSet());
  }

  public boolean includes(Role other) {
    return ordinal() <= other.ordinal();
  }

  public static Optional<Role> of(String key) {
    return Arrays.stream(values()).filter(role -> role.key().equals(key)).findFirst();
  }
}
