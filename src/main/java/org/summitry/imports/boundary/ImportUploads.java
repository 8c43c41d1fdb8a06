package org.summitry.imports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import org.summitry.accounts.boundary.Access;
import org.summitry.accounts.boundary.Roles;
import org.summitry.kernel.Refusal;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.Pages;

/**
 * A CSV file uploaded for import. Not an MVC controller: Krazo checks the CSRF token of a multipart
 * form only in a header, which an HTML form cannot send, so this resource checks the form's token
 * field itself.
 */
@Path("admin/imports/upload")
@RequestScoped
public class ImportUploads {

  @Inject Access access;
  @Inject Imports imports;
  @Inject Pages pages;

  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces("text/html;charset=UTF-8")
  public Response upload() {
    access.require(Roles.CURATOR);
    Collection<Part> parts;
    try {
      parts = request.getParts();
    } catch (IllegalStateException tooLarge) {
      return refused(
          Messages.get("import.refusal.tooLarge", Imports.MAX_BYTES / (1024 * 1024)), 413);
    } catch (IOException | ServletException unreadable) {
      return refused(Messages.get("upload.error.unreadable"), 400);
    }
    if (!pages.validCsrfToken(parts)) {
      throw new CsrfValidationException("The upload form carried no valid CSRF token.");
    }
    Part file =
        parts.stream()
            .filter(p -> "file".equals(p.getName()) && p.getSubmittedFileName() != null)
            .filter(p -> p.getSize() > 0 || !p.getSubmittedFileName().isEmpty())
            .findFirst()
            .orElse(null);
    if (file == null) {
      return refused(Messages.get("import.refusal.none"), 400);
    }
    if (file.getSize() > Imports.MAX_BYTES) {
      return refused(
          Messages.get("import.refusal.tooLarge", Imports.MAX_BYTES / (1024 * 1024)), 413);
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      return refused(Messages.get("upload.error.unreadable"), 400);
    }
    try {
      Long id = imports.upload(shown(file.getSubmittedFileName()), content, access.caller());
      return Response.seeOther(URI.create("admin/imports/" + id + "/mapping")).build();
    } catch (Refusal refused) {
      return refused(refused.message(Messages.locale()), 400);
    } catch (IllegalArgumentException refused) {
      return refused(refused.getMessage(), 400);
    }
  }

  private Response refused(String problem, int status) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            pages.render(
                "admin/imports/index.html",
                Map.of("imports", imports.recent(), "problem", problem),
                request,
                response))
        .build();
  }

  /** The uploaded name as people see it: no folders, at most 120 characters. */
  static String shown(String submitted) {
    String name = submitted.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    if (name.isEmpty()) {
      name = "upload.csv";
    }
    return name.length() > 120 ? name.substring(0, 119) + "…" : name;
  }
}
