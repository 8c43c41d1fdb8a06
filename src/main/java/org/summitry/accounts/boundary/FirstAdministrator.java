package org.summitry.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitry.accounts.entity.User;
import org.summitry.platform.boundary.DatabaseReady;

/**
 * Makes sure an archive without users can get its first administrator, with no default password:
 * from {@code SUMMITRY_ADMIN_USER} and {@code SUMMITRY_ADMIN_PASSWORD} when the operator set them,
 * otherwise through a one-time setup link written to the log.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject
  @ConfigProperty(name = "summitry.admin.user", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "summitry.admin.password")
  Optional<String> password;

  @Inject Users users;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    if (users.anyExist()) {
      return;
    }
    if (password.filter(value -> !value.isBlank()).isPresent()) {
      if (!User.isAcceptablePassword(password.get())) {
        LOG.severe(
            "SUMMITRY_ADMIN_PASSWORD is shorter than "
                + User.MINIMUM_PASSWORD_LENGTH
                + " characters, so no administrator was created from it; use the setup link"
                + " below or set a longer password and restart.");
      } else {
        try {
          if (users.createConfiguredAdministrator(username, password.get())) {
            LOG.info(() -> "Created the administrator '" + User.normalize(username) + "'.");
          }
          return;
        } catch (InvalidForm invalid) {
          LOG.severe(
              "SUMMITRY_ADMIN_USER '"
                  + username
                  + "' is not a usable username (2–50 lower-case letters, digits, '.', '-' or"
                  + " '_'), so no administrator was created from it; use the setup link below.");
        }
      }
    }
    String token = users.openSetup();
    LOG.info(
        () ->
            "No user exists yet. To create the first administrator, open /setup?token="
                + token
                + " on this site (for example http://localhost:8080/setup?token="
                + token
                + ") within 24 hours. The link works once.");
  }
}
