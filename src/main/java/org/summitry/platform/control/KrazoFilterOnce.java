package org.summitry.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

/**
 * Makes Eclipse Krazo's form method filter one object for the application instead of one per
 * request. Krazo declares it request-scoped, and its constructor looks up a service provider across
 * every jar of the server, which cost every request about 5 % of its CPU; the filter keeps no state
 * of a request (the provider it finds and Krazo's configuration are the same for all), so one
 * instance serves all.
 */
public class KrazoFilterOnce implements Extension {

  static final String FILTER = "org.eclipse.krazo.forms.FormMethodOverwriteFilter";

  void once(@Observes @WithAnnotations(RequestScoped.class) ProcessAnnotatedType<?> type) {
    if (!FILTER.equals(type.getAnnotatedType().getJavaClass().getName())) {
      return;
    }
    type.configureAnnotatedType()
        .remove(annotation -> annotation.annotationType() == RequestScoped.class)
        .add(ApplicationScoped.Literal.INSTANCE);
  }
}
