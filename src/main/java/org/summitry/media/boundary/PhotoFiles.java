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
@Path("files/{sha256}")
@RequestScoped
public class PhotoFiles {

  @Inject Photos photos;

  @GET
  public Response file(@PathParam("sha256") String sha256, @Context Request request) {
    Photos.StoredFile file = photos.file(sha256).orElseThrow(NotFoundException::new);
    EntityTag tag = new EntityTag(sha256);
    CacheControl cache = CacheControl.valueOf("public, max-age=31536000, immutable");
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
