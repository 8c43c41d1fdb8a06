package org.summitry.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.summitry.platform.control.GracefulShutdown;

/** Whether this instance has begun to stop, for background work that should not start anew. */
@ApplicationScoped
public class Shutdown {

  @Inject GracefulShutdown graceful;

  /** True from SIGTERM on, while requests in flight finish and the app is undeployed. */
  public boolean underway() {
    return graceful.draining();
  }
}
