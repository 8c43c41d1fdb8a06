package org.summitry.kernel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Web addresses typed by people or imported from registers. Only absolute http and https addresses
 * become links: anything else ({@code javascript:}, {@code data:}, relative paths) is shown as
 * text, so a stored address can never run script in a visitor's browser.
 */
public final class WebAddress {

  private WebAddress() {}

  /** The address if it is an absolute http(s) URL with a host, else null. */
  public static String linkable(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(address.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri.toString();
      }
    } catch (URISyntaxException invalid) {
      return null;
    }
    return null;
  }
}
