package org.summitry.curation.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.summitry.accounts.boundary.Access;
import org.summitry.accounts.boundary.Roles;

/** The back office's editing rule on top of the accounts' roles: contributors edit drafts only. */
@RequestScoped
public class Guard {

  public static final String ADMIN = Roles.ADMIN;
  public static final String CURATOR = Roles.CURATOR;
  public static final String CONTRIBUTOR = Roles.CONTRIBUTOR;

  @Inject Access access;

  public String caller() {
    return access.caller();
  }

  /** Refuses with 403 (and changes nothing) unless the caller has {@code role}. */
  public void require(String role) {
    access.require(role);
  }

  /** Whether the caller has {@code role}, for what a page offers only to some. */
  public boolean may(String role) {
    return access.has(role);
  }

  /** Contributors edit drafts only; curators and admins edit anything. */
  public void requireEditable(boolean published) {
    access.require(published ? Roles.CURATOR : Roles.CONTRIBUTOR);
  }
}
