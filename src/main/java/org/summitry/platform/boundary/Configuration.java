package org.summitry.platform.boundary;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** Where the archive keeps its state; every option is documented in the README. */
public final class Configuration {

  private Configuration() {}

  /**
   * {@code SUMMITRY_DATA_DIR}: the H2 database and photo files live here; relative to the working
   * directory.
   */
  public static Path dataDirectory(Config config) {
    return Path.of(config.getOptionalValue("summitry.data.dir", String.class).orElse("./data"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * {@code SUMMITRY_PUBLIC_URL}: the address visitors use (behind a proxy, say), for the absolute
   * links of page metadata, feeds, sitemaps and OAI-PMH; empty means "as the request came in".
   */
  public static Optional<URI> publicUrl(Config config) {
    return publicUrl(config.getOptionalValue("summitry.public.url", String.class).orElse(null));
  }

  /**
   * The configured public address, ending in "/" so that paths resolve beneath it.
   *
   * @throws IllegalStateException unless it is an absolute http or https URL without query or
   *     fragment, so a typo is reported rather than published in every link
   */
  static Optional<URI> publicUrl(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    try {
      URI uri = new URI(text.endsWith("/") ? text : text + "/");
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null) {
        throw new URISyntaxException(text, "not an absolute http(s) address");
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(
          "SUMMITRY_PUBLIC_URL (summitry.public.url) must be an absolute http or https address"
              + " such as https://summitry.example/, not \""
              + text
              + "\"",
          e);
    }
  }
}
