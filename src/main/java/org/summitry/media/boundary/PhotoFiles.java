package org.summitry.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves photo files at content-addressed URLs ({@code /files/<sha256>}): since the address changes
 * with the content, responses are cached for a year and marked immutable. Public addresses serve
 * published photos only, to shared caches too ({@code public}); the back office's serve drafts as
 * well, to the browser alone ({@code private}). Every file is sent as a picture type browsers will
 * not sniff past ({@code nosniff}), or as a download (see {@link Photos.StoredFile}), and with a
 * policy that runs nothing should one be opened as a page.
 */
@Path("")
@ApplicationScoped
public class PhotoFiles {

  private static final byte[] UNAVAILABLE = unavailablePicture();

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
    return photos
        .derivative(sha256, name, false)
        .map(file -> serve(sha256 + "-" + name, file, request, "public"))
        .orElseGet(PhotoFiles::unavailable);
  }

  /** A derivative of any photo, drafts included, for the back office. */
  @GET
  @Path("admin/files/{sha256}/{name: (w|sq)[0-9]{1,5}}")
  public Response draftDerivative(
      @PathParam("sha256") String sha256,
      @PathParam("name") String name,
      @Context Request request) {
    return photos
        .derivative(sha256, name, true)
        .map(file -> serve(sha256 + "-" + name, file, request, "private"))
        .orElseGet(PhotoFiles::unavailable);
  }

  /**
   * A 404 whose body is a neutral picture saying the file is unavailable, so that a gallery or a
   * gift card whose photo has no file (lost from the volume, not restored yet, or never uploaded,
   * as in the synthetic catalog) shows a quiet frame instead of the browser's broken-image icon.
   * Not cached, so the photo itself shows once its file is back.
   */
  private static Response unavailable() {
    return Response.status(Response.Status.NOT_FOUND)
        .entity(UNAVAILABLE)
        .type("image/svg+xml")
        .cacheControl(CacheControl.valueOf("no-cache"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private Response serve(String tagValue, Photos.StoredFile file, Request request, String scope) {
    EntityTag tag = new EntityTag(tagValue);
    CacheControl cache = CacheControl.valueOf(scope + ", max-age=31536000, immutable");
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.tag(tag).cacheControl(cache).build();
    }
    Response.ResponseBuilder ok =
        Response.ok(file.path().toFile(), file.mediaType())
            .tag(tag)
            .cacheControl(cache)
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", "default-src 'none'; sandbox");
    return (file.shown() ? ok : ok.header("Content-Disposition", "attachment")).build();
  }

  private static byte[] unavailablePicture() {
    try (InputStream in = PhotoFiles.class.getResourceAsStream("photo-unavailable.svg")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
