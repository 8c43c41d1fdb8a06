package org.summitry.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Whether the process should be left running: the app is deployed and its health checks answer.
 * Published at {@code /health/live}. It deliberately checks nothing outside the process: a database
 * or a volume that is away for a while makes the instance not ready ({@link ReadinessCheck}), and
 * restarting it would not bring them back.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("summitry").up().build();
  }
}
