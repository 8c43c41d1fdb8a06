package org.summitry.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.summitry.accounts.entity.User;

/**
 * Checks a username and password against the users table. The caller's groups are their role and
 * every role it includes, so {@code isUserInRole("contributor")} holds for a curator too. Unknown,
 * disabled and wrongly typed accounts fail alike and take as long, so the answer tells an attacker
 * nothing about which accounts exist.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = User.normalize(credential.getCaller());
    String password = credential.getPasswordAsString();
    Optional<User> user =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst();
    if (user.isEmpty()) {
      passwords.spendCheckingTime(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    boolean matches = passwords.matches(password, user.get().getPasswordHash());
    if (!matches || !user.get().isEnabled()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(username, user.get().getRole().groups());
  }
}
