package org.summitry.exchange.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.summitry.accounts.boundary.Access;
import org.summitry.accounts.boundary.Roles;
import org.summitry.exchange.control.ArchiveRestore;
import org.summitry.exchange.control.RestoreJob;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.Pages;
import org.summitry.platform.boundary.Progress;

/**
 * The archive file itself: its download (a read, so a plain GET link) and the upload that restores
 * one (in the background once the file is stored and has passed the quick checks: the upload's
 * answer sends the administrator to the restore's progress page, {@link ArchivePages#restore}). Not
 * an MVC controller: the download is a stream, not a view, and Krazo checks the CSRF token of a
 * multipart form only in a header, which an HTML form cannot send, so the upload checks the form's
 * token field itself, as the CSV import's does.
 */
@Path("admin/archive")
@RequestScoped
public class ArchiveFiles {

  static final String TEMPLATE = "admin/archive.html";

  private static final Logger LOG = Logger.getLogger(ArchiveFiles.class.getName());

  @Inject Access access;
  @Inject Archives archives;
  @Inject Pages pages;
  @Inject RestoreRunner runner;

  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @GET
  @Path("download")
  @Produces("application/zip")
  public Response download() {
    access.require(Roles.ADMIN);
    String actor = access.caller();
    StreamingOutput body =
        out -> {
          try {
            archives.export(out, actor);
          } catch (IOException | RuntimeException e) {
            // The status line has gone out with the first bytes: the client sees a truncated
            // ZIP, which no restore accepts, and the log says why.
            LOG.log(Level.SEVERE, "Exporting the archive failed", e);
            throw e;
          }
        };
    String name = "summitry-" + LocalDate.now(ZoneOffset.UTC) + ".zip";
    return Response.ok(body, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .cacheControl(CacheControl.valueOf("private, no-store"))
        .build();
  }

  @POST
  @Path("restore")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces("text/html;charset=UTF-8")
  public Response restore() {
    access.require(Roles.ADMIN);
    Collection<Part> parts;
    try {
      parts = request.getParts();
    } catch (IllegalStateException tooLarge) {
      return refused(
          "The file is larger than 200 MB, the most the back office accepts in one upload."
              + " Restore it with the shell command instead (README, “Export and restore”).",
          413);
    } catch (IOException | ServletException unreadable) {
      return refused("The upload could not be read. Try again.", 400);
    }
    if (!pages.validCsrfToken(parts)) {
      throw new CsrfValidationException("The restore form carried no valid CSRF token.");
    }
    Part file =
        parts.stream()
            .filter(p -> "file".equals(p.getName()) && p.getSubmittedFileName() != null)
            .filter(p -> p.getSize() > 0)
            .findFirst()
            .orElse(null);
    if (file == null) {
      return refused("Choose the archive file (a ZIP exported by Summitry) to restore.", 400);
    }
    if (!"yes".equals(Pages.textField(parts, "confirm"))) {
      return refused(
          "Confirm that this instance is empty and that the archive should be restored into it.",
          400);
    }
    java.nio.file.Path upload = null;
    boolean started = false;
    try {
      java.nio.file.Path folder = Files.createDirectories(archives.uploadFolder());
      upload = Files.createTempFile(folder, "restore-", ".zip");
      try (InputStream in = file.getInputStream()) {
        Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
      }
      runner.start(upload, access.caller());
      started = true;
      return Response.seeOther(URI.create("admin/archive/restore")).build();
    } catch (ArchiveRestore.Refused refused) {
      return refused(refused.message(Messages.locale()), 422);
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.SEVERE, "Restoring an archive failed", e);
      return refused(Messages.get("restore.refusal.server", String.valueOf(e.getMessage())), 503);
    } finally {
      if (upload != null && !started) {
        try {
          Files.deleteIfExists(upload);
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Could not remove the upload " + upload, e);
        }
      }
    }
  }

  /**
   * How far the latest restore is, in JSON, for its progress page's script to move the bar without
   * reloading.
   */
  @GET
  @Path("restore/progress")
  @Produces(MediaType.APPLICATION_JSON)
  public Response progress() {
    access.require(Roles.ADMIN);
    RestoreJob job = archives.lastRestore().orElseThrow(NotFoundException::new);
    Progress progress = progress(job);
    return Response.ok(progress.json(words(job)), MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .build();
  }

  /** A restore's progress in its phase. */
  static Progress progress(RestoreJob job) {
    return new Progress(job.done(), job.total(), job.finished());
  }

  /** The bar's words: the phase, and how far it is. */
  static String words(RestoreJob job) {
    String phase = job.phase().name().toLowerCase(Locale.ROOT);
    return job.finished()
        ? Messages.get("archive.progress.finished")
        : Messages.get("archive.progress." + phase, job.done(), job.total());
  }

  /** What the page shows besides a problem or a result. */
  static Map<String, Object> page(Archives archives) {
    Map<String, Object> model = new HashMap<>();
    model.put("empty", archives.empty());
    model.put("problem", null);
    model.put("running", archives.lastRestore().filter(job -> !job.finished()).isPresent());
    return model;
  }

  private Response refused(String problem, int status) {
    Map<String, Object> model = page(archives);
    model.put("problem", problem);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(render(model))
        .build();
  }

  private String render(Map<String, Object> model) {
    return pages.render(TEMPLATE, model, request, response);
  }
}
