package org.summitry.curation.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;

/** Who is working in the back office, and what their role lets them do. */
@RequestScoped
public class Guard {

  public static final String ADMIN = "admin";
  public static final String CURATOR = "curator";
  public static final String CONTRIBUTOR = "contributor";

  @Inject HttpServletRequest request;

  public String caller() {
    return request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
  }

  public boolean may(String role) {
    return request.getUserPrincipal() != null && request.isUserInRole(role);
  }

  /** Refuses with 403 (and changes nothing) unless the caller has {@code role}. */
  public void require(String role) {
    if (!may(role)) {
      throw new ForbiddenException();
    }
  }

  /** Contributors edit drafts only; curators and admins edit anything. */
  public void requireEditable(boolean published) {
    require(published ? CURATOR : CONTRIBUTOR);
  }
}
