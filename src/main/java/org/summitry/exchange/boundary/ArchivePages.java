package org.summitry.exchange.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.summitry.accounts.boundary.Access;
import org.summitry.accounts.boundary.Roles;

/**
 * The back office's page for moving the archive to another server, for administrators only: a
 * download of the whole archive and a form that restores one into an empty instance (the download
 * and the upload are served by {@link ArchiveFiles}).
 */
@Controller
@Path("admin/archive")
@RequestScoped
public class ArchivePages {

  @Inject Models models;
  @Inject Access access;
  @Inject Archives archives;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String show() {
    access.require(Roles.ADMIN);
    ArchiveFiles.page(archives).forEach(models::put);
    return ArchiveFiles.TEMPLATE;
  }
}
