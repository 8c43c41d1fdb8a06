package org.summitry.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitry.accounts.boundary.Roles;
import org.summitry.accounts.entity.Role;

/** Each role includes the ones below it; the container sees them as the caller's groups. */
class RoleTest {

  @Test
  void anAdminIsAlsoACuratorAndAContributor() {
    assertEquals(Set.of("admin", "curator", "contributor"), Role.ADMIN.groups());
  }

  @Test
  void aCuratorIsAlsoAContributorButNoAdmin() {
    assertEquals(Set.of("curator", "contributor"), Role.CURATOR.groups());
    assertFalse(Role.CURATOR.includes(Role.ADMIN));
  }

  @Test
  void aContributorIsOnlyAContributor() {
    assertEquals(Set.of("contributor"), Role.CONTRIBUTOR.groups());
    assertTrue(Role.CONTRIBUTOR.includes(Role.CONTRIBUTOR));
    assertFalse(Role.CONTRIBUTOR.includes(Role.CURATOR));
  }

  @Test
  void theNamesOtherComponentsUseAreTheRolesKeys() {
    assertEquals(Optional.of(Role.ADMIN), Role.of(Roles.ADMIN));
    assertEquals(Optional.of(Role.CURATOR), Role.of(Roles.CURATOR));
    assertEquals(Optional.of(Role.CONTRIBUTOR), Role.of(Roles.CONTRIBUTOR));
    assertEquals(Optional.empty(), Role.of("Admin"), "role names are exact");
  }
}
