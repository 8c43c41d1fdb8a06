package org.summitry.media.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Serves photo files at content-addressed URLs ({@code /files/<sha256>}): since the address changes
 * with the content, responses are cached for a year and marked immutable.
 */
@Path("")
@RequestScoped
public class PhotoFiles {

  @Inject Photos photos;

  @GET
  @Path("files/{sha256}")
  public Response file(@PathParam("sha256") String sha256, @Context Request request) {
    return serve(
        sha256, photos.file(sha256).orElseThrow(NotFoundException::new), request, "public");
  }

  /**
   * Any photo's file, drafts included, for the back office (signed-in users only: {@code /admin/*}
   * is protected in web.xml). Cached privately, since drafts are not for shared caches.
   */
  @GET
  @Path("admin/files/{sha256}")
  public Response draftFile(@PathParam("sha256") String sha256, @Context Request request) {
    return serve(
        sha256, photos.anyFile(sha256).orElseThrow(NotFoundException::new), request, "private");
  }

  /** A derivative of a public photo: a smaller, upright JPEG, also immutable. */
  @GET
  @Path("files/{sha256}/{name: (w|sq)[0-9]{1,5}}")
  public Response derivative(
      @PathParam("sha256") String sha256,
      @PathParam("name") String name,
      @Context Request request) {
    return serve(
        sha256 + "-" + name,
        photos.derivative(sha256, name, false).orElseThrow(NotFoundException::new),
        request,
        "public");
  }

  /** A derivative of any photo, drafts included, for the back office. */
  @GET
  @Path("admin/files/{sha256}/{name: (w|sq)[0-9]{1,5}}")
  public Response draftDerivative(
      @PathParam("sha256") String sha256,
      @PathParam("name") String name,
      @Context Request request) {
    return serve(
        sha256 + "-" + name,
        photos.derivative(sha256, name, true).orElseThrow(NotFoundException::new),
        request,
        "private");
  }

  private Response serve(String tagValue, Photos.StoredFile file, Request request, String scope) {
    EntityTag tag = new EntityTag(tagValue);
    CacheControl cache = CacheControl.valueOf(scope + ", max-age=31536000, immutable");
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.tag(tag).cacheControl(cache).build();
    }
    return Response.ok(file.path().toFile(), file.mediaType())
        .tag(tag)
        .cacheControl(cache)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
