package org.summitry.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.summitry.platform.control.GracefulShutdown;
import org.summitry.platform.control.Templates;

/**
 * Counts the requests being served, so that shutdown can wait for them to finish, and keeps the
 * container's own request and response where templates find them ({@link Templates#OWN_REQUEST}).
 */
public class RequestsInFlight implements Filter {

  @Inject GracefulShutdown shutdown;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    shutdown.started();
    request.setAttribute(Templates.OWN_REQUEST, request);
    request.setAttribute(Templates.OWN_RESPONSE, response);
    try {
      chain.doFilter(request, response);
    } finally {
      shutdown.finished();
    }
  }
}
