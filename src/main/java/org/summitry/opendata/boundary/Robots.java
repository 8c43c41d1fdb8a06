package org.summitry.opendata.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.summitry.platform.boundary.PublicAddress;
import org.summitry.platform.boundary.PublicLinks;

/**
 * {@code /robots.txt}: crawlers may read the public archive but not the back office or sign-in, and
 * are pointed at the sitemap. Crawlers read it only at the root of a host, so it helps when the
 * archive is deployed at "/".
 */
@Path("robots.txt")
@ApplicationScoped
public class Robots {

  @Inject PublicAddress address;

  @GET
  @Produces("text/plain;charset=UTF-8")
  public String robots() {
    PublicLinks links = new PublicLinks(address.base());
    String root = links.base().getRawPath();
    return "User-agent: *\n"
        + "Allow: "
        + root
        + "\n"
        + "Disallow: "
        + root
        + "admin\n"
        + "Disallow: "
        + root
        + "sign-in\n"
        + "Disallow: "
        + root
        + "setup\n"
        + "\n"
        + "Sitemap: "
        + links.path("sitemap.xml")
        + "\n";
  }
}
