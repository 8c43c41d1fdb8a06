package org.summitry.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.summitry.accounts.entity.SignInThrottle;

/**
 * Counts failed sign-ins per account and per client address in the database, so that every instance
 * of the archive refuses a locked account alike. Each method is a short transaction of its own: no
 * connection is held while a password is checked or a response slowed down.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SignInAttempts {

  /** Long enough for any real username; longer input is still counted, by its first characters. */
  private static final int SUBJECT_LENGTH = 100;

  @PersistenceContext EntityManager em;

  /** The lock in force for this account or address, if any (the account's first). */
  public Optional<Lockout> lockout(String username, String address) {
    OffsetDateTime now = now();
    Optional<Lockout> account =
        find(SignInThrottle.ofAccount(shorten(username)))
            .flatMap(throttle -> throttle.lockedAt(now))
            .map(until -> new Lockout(true, until));
    if (account.isPresent()) {
      return account;
    }
    return find(SignInThrottle.ofAddress(shorten(address)))
        .flatMap(throttle -> throttle.lockedAt(now))
        .map(until -> new Lockout(false, until));
  }

  /**
   * Counts a failure of {@code username} from {@code address}.
   *
   * @return the account's failures in the current window (the limit when this one locked it)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int failed(String username, String address) {
    OffsetDateTime now = now();
    int failures =
        throttle(SignInThrottle.ofAccount(shorten(username)))
            .fail(now, SignInThrottle.ACCOUNT_LIMIT);
    throttle(SignInThrottle.ofAddress(shorten(address))).fail(now, SignInThrottle.ADDRESS_LIMIT);
    return failures;
  }

  /** Clears the account's failures after a successful sign-in. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String username) {
    OffsetDateTime now = now();
    String subject = SignInThrottle.ofAccount(shorten(username));
    Optional.ofNullable(em.find(SignInThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE))
        .filter(throttle -> throttle.lockedAt(now).isEmpty())
        .ifPresent(SignInThrottle::succeed);
  }

  private Optional<SignInThrottle> find(String subject) {
    return Optional.ofNullable(em.find(SignInThrottle.class, subject));
  }

  /** The subject's row, locked for this transaction so concurrent failures are all counted. */
  private SignInThrottle throttle(String subject) {
    SignInThrottle throttle =
        em.find(SignInThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
    if (throttle == null) {
      throttle = new SignInThrottle(subject);
      em.persist(throttle);
    }
    return throttle;
  }

  private static String shorten(String text) {
    String value = text == null ? "" : text;
    return value.length() <= SUBJECT_LENGTH ? value : value.substring(0, SUBJECT_LENGTH);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
