package org.summitry.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.summitry.platform.control.Layout;

/**
 * Serves the CSS, JavaScript, fonts and images under {@code webapp/static}. Everything the pages
 * need comes from here, so the site works inside a closed network. Links carry the build's asset
 * version, so responses may be cached for a year.
 */
@Path("static/{path: .+}")
@ApplicationScoped
public class StaticFiles {

  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css;charset=UTF-8",
          "js", "text/javascript;charset=UTF-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "jpg", "image/jpeg",
          "ico", "image/x-icon",
          "woff2", "font/woff2",
          "txt", "text/plain;charset=UTF-8");

  @Inject ServletContext servletContext;

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  @GET
  public Response file(@PathParam("path") String path, @Context Request request) {
    if (path.contains("..") || path.contains("\\") || path.startsWith("/")) {
      throw new NotFoundException();
    }
    String extension = path.substring(path.lastIndexOf('.') + 1);
    String type = TYPES.get(extension);
    if (type == null) {
      throw new NotFoundException();
    }
    byte[] content = cache.computeIfAbsent(path, this::read);
    if (content.length == 0) {
      cache.remove(path);
      throw new NotFoundException();
    }
    EntityTag tag = new EntityTag(Layout.assetVersion() + "-" + content.length);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    CacheControl cacheControl = CacheControl.valueOf("public, max-age=31536000, immutable");
    if (notModified != null) {
      return notModified.cacheControl(cacheControl).tag(tag).build();
    }
    return Response.ok(content, type).tag(tag).cacheControl(cacheControl).build();
  }

  private byte[] read(String path) {
    try (InputStream in = servletContext.getResourceAsStream("/static/" + path)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
