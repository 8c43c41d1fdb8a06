package org.summitry.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.eclipse.microprofile.config.Config;

/**
 * The archive's address as the public sees it, for links that leave the page: canonical links, Open
 * Graph, JSON-LD, the Atom feed, sitemaps and OAI-PMH. {@code SUMMITRY_PUBLIC_URL} when set (it
 * should be in production: a request's Host header is the client's to choose), else the scheme,
 * host, port and context path of the current request.
 */
@ApplicationScoped
public class PublicAddress {

  @Inject Config config;

  @Inject HttpServletRequest request;

  /** The base address, ending in "/", such as {@code https://summitry.example/}. */
  public URI base() {
    return Configuration.publicUrl(config).orElseGet(() -> fromRequest(request));
  }

  /** The absolute address of a path of the site ("/gifts/aurus-limousine-2024" or "gifts/..."). */
  public String of(String path) {
    return resolve(base(), path);
  }

  /** {@code path} beneath {@code base}, whether or not it starts with "/". */
  public static String resolve(URI base, String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
  }

  /** The base address of the current request: scheme, host, port and context path, ending "/". */
  public static URI fromRequest(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        port <= 0
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    String host = request.getServerName();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return URI.create(
        scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath() + "/");
  }
}
