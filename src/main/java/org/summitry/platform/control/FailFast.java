package org.summitry.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read whose connection failed three times, five seconds apart, which would
 * keep a page waiting fifteen seconds while the database is stopped. The pool already makes new
 * connections once the database is back, so a failed read fails at once here and the page says the
 * archive is resting (503) in milliseconds. Named in {@code persistence.xml}.
 */
public class FailFast implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
    }
  }
}
