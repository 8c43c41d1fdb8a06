package org.summitry.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import org.summitry.platform.control.KeptServiceFiles;

/**
 * While Krazo writes a page, its service look-ups read the service files kept in memory ({@link
 * KeptServiceFiles}) instead of asking every jar of the server again; the template itself is
 * rendered with the application's own loader.
 */
@Provider
public class KeptServiceLookups implements WriterInterceptor {

  private static final String VIEWABLE = "org.eclipse.krazo.engine.Viewable";

  @Override
  public void aroundWriteTo(WriterInterceptorContext context)
      throws IOException, WebApplicationException {
    Object entity = context.getEntity();
    if (entity == null || !VIEWABLE.equals(entity.getClass().getName())) {
      context.proceed();
      return;
    }
    Thread thread = Thread.currentThread();
    ClassLoader application = thread.getContextClassLoader();
    thread.setContextClassLoader(KeptServiceFiles.over(application));
    try {
      context.proceed();
    } finally {
      thread.setContextClassLoader(application);
    }
  }
}
