package org.summitry.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.summitry.platform.control.GracefulShutdown;
import org.summitry.platform.control.Templates;

/**
 * Counts the requests being served, so that shutdown can wait for them to finish, and keeps the
 * container's own request and response where templates find them ({@link Templates#OWN}).
 */
public class RequestsInFlight implements Filter {

  @Inject GracefulShutdown shutdown;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    shutdown.started();
    if (request instanceof HttpServletRequest asked
        && response instanceof HttpServletResponse answer) {
      request.setAttribute(Templates.OWN, new Templates.Own(asked, answer));
    }
    try {
      chain.doFilter(request, response);
    } finally {
      shutdown.finished();
    }
  }
}
