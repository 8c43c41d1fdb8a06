package org.summitry.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.krazo.bootstrap.DefaultConfigProvider;
import org.eclipse.krazo.jaxrs.PostMatchingRequestFilter;
import org.eclipse.krazo.jaxrs.PreMatchingRequestFilter;
import org.junit.jupiter.api.Test;

class KrazoRequestStartTest {

  /**
   * Krazo registers nothing itself once the application has registered its providers, so a provider
   * a newer Krazo adds and the list here lacks would silently be missing (a CSRF check, a view
   * writer): the list must hold every one of Krazo's core providers but the two replaced.
   */
  @Test
  void everyProviderOfKrazosCoreIsRegisteredButTheTwoReplaced() {
    Set<String> krazos =
        DefaultConfigProvider.PROVIDERS.stream()
            .map(Class::getName)
            .filter(
                name ->
                    !name.equals(PreMatchingRequestFilter.class.getName())
                        && !name.equals(PostMatchingRequestFilter.class.getName()))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> ours =
        KrazoRequestStart.PROVIDERS.stream()
            .filter(
                name ->
                    name.startsWith("org.eclipse.krazo.")
                        && !name.startsWith("org.eclipse.krazo.jersey."))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(krazos, ours);
  }
}
