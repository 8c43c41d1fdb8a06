package org.summitry.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The search index in {@code /health/ready}: whether it is caught up with the journal and how many
 * changes behind it is. A lagging or rebuilding index still serves (slightly old) results, so only
 * a failed index makes the instance not ready.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealth implements HealthCheck {

  @Inject Search search;

  @Override
  public HealthCheckResponse call() {
    IndexStatus status = search.status();
    return HealthCheckResponse.named("search-index")
        .status(!"FAILED".equals(status.state()))
        .withData("state", status.state())
        .withData("caughtUp", status.caughtUp())
        .withData("lag", status.lag())
        .withData("position", status.position())
        .withData("journal", status.latest())
        .build();
  }
}
