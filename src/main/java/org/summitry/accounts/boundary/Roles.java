package org.summitry.accounts.boundary;

/**
 * The roles of the back office, as {@link Access#require(String)}, {@code isUserInRole} and {@code
 * web.xml} name them. Each includes the ones after it: an admin is also a curator and a
 * contributor.
 */
public final class Roles {

  /** Manages users and may do everything a curator may. */
  public static final String ADMIN = "admin";

  /** Publishes, edits and deletes entries. */
  public static final String CURATOR = "curator";

  /** Drafts entries for curators to review. */
  public static final String CONTRIBUTOR = "contributor";

  private Roles() {}
}
