package org.summitry.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2. Each hash carries its algorithm,
 * iterations and salt, so raising the cost later leaves existing hashes readable.
 */
@ApplicationScoped
public class Passwords {

  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. */
  private static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** Checked when the username is unknown, so that it takes as long as a wrong password. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(PARAMETERS);
    decoy = pbkdf2.generate("decoy password that is never anyone's".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /** Spends the time of one check without a hash to check against. */
  public void spendCheckingTime(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
