package org.summitry.exchange.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.summitry.accounts.boundary.Access;
import org.summitry.accounts.boundary.Roles;
import org.summitry.exchange.control.RestoreJob;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.Progress;

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

  /**
   * The latest restore: its progress while it runs (refreshing itself without script, moved by the
   * script with it), then what it restored or why it restored nothing. Without a restore since this
   * instance started, the page of the archive.
   */
  @GET
  @Path("restore")
  @Produces("text/html;charset=UTF-8")
  public Response restore() {
    access.require(Roles.ADMIN);
    Optional<RestoreJob> last = archives.lastRestore();
    if (last.isEmpty()) {
      return Response.seeOther(URI.create("admin/archive")).build();
    }
    RestoreJob job = last.get();
    models.put("job", job);
    models.put("progress", ArchiveFiles.progress(job));
    models.put("words", ArchiveFiles.words(job));
    models.put("restored", job.summary());
    models.put("problem", job.refusal() == null ? null : job.refusal().in(Messages.locale()));
    if (!job.finished()) {
      models.put("pollSeconds", Progress.REFRESH_SECONDS);
    }
    return Response.ok("admin/archive-restore.html").build();
  }
}
