package org.summitry.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.URI;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings of the web container that depend on configuration, made as the application starts.
 *
 * <ul>
 *   <li>Session cookies are {@code Secure} when the public address ({@code SUMMITRY_PUBLIC_URL}) is
 *       https: behind a proxy that ends TLS, the container itself sees only http, so the request
 *       cannot tell.
 *   <li>A request whose address holds a %-escape the container cannot decode ({@code %u002e}) is
 *       answered by the container before any filter runs, and logged by it at SEVERE with a stack
 *       trace; that visitor's mistake is dropped from the log instead, as every other visitor's
 *       mistake is.
 * </ul>
 */
@WebListener
public class WebSettings implements ServletContextListener {

  /** The container's logger that reports requests failing before the application sees them. */
  static final String CONTAINER_LOGGER = "jakarta.enterprise.web.core";

  private static final Filter UNDECODABLE_ADDRESSES = WebSettings::notAnUndecodableAddress;

  private Filter previous;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean https =
        Configuration.publicUrl(ConfigProvider.getConfig())
            .map(URI::getScheme)
            .filter("https"::equalsIgnoreCase)
            .isPresent();
    if (https) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
    Logger container = Logger.getLogger(CONTAINER_LOGGER);
    previous = container.getFilter();
    container.setFilter(
        previous == null
            ? UNDECODABLE_ADDRESSES
            : record -> UNDECODABLE_ADDRESSES.isLoggable(record) && previous.isLoggable(record));
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    Logger.getLogger(CONTAINER_LOGGER).setFilter(previous);
  }

  static boolean notAnUndecodableAddress(LogRecord record) {
    Throwable thrown = record.getThrown();
    if (!(thrown instanceof IllegalArgumentException)) {
      return true;
    }
    StackTraceElement[] trace = thrown.getStackTrace();
    return !(trace.length > 0 && trace[0].getClassName().endsWith(".URLDecoder"));
  }
}
