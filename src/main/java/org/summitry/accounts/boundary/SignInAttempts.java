package org.summitry.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.summitry.accounts.entity.SignInThrottle;

/**
 * Counts failed sign-ins per account and client address, and per client address, in the database,
 * so that every instance of the archive refuses alike. Each method is a short transaction of its
 * own: no connection is held while a password is checked or a response slowed down. Rows that say
 * nothing any more (no lock, no window running) are removed, at most once a minute per instance.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SignInAttempts {

  /** Long enough for any real username; longer input is still counted, by its first characters. */
  private static final int SUBJECT_LENGTH = 100;

  private static final long CLEAN_EVERY_MILLIS = 60_000;

  private final AtomicLong cleanedAt = new AtomicLong();

  @PersistenceContext EntityManager em;

  /** The lock in force for this account from this address, or for the address, if any. */
  public Optional<Lockout> lockout(String username, String address) {
    OffsetDateTime now = now();
    Optional<Lockout> account =
        find(SignInThrottle.ofAccount(shorten(username), shorten(address)))
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
        throttle(SignInThrottle.ofAccount(shorten(username), shorten(address)))
            .fail(now, SignInThrottle.ACCOUNT_LIMIT);
    throttle(SignInThrottle.ofAddress(shorten(address))).fail(now, SignInThrottle.ADDRESS_LIMIT);
    removeExpired(now);
    return failures;
  }

  /** Clears the account's failures from this address after a successful sign-in. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String username, String address) {
    OffsetDateTime now = now();
    String subject = SignInThrottle.ofAccount(shorten(username), shorten(address));
    Optional.ofNullable(em.find(SignInThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE))
        .filter(throttle -> throttle.lockedAt(now).isEmpty())
        .ifPresent(SignInThrottle::succeed);
  }

  /**
   * Deletes the rows whose lock and window are over, so that guesses with made-up usernames leave
   * nothing behind for long. Each row is checked by the entity's own rule.
   */
  private void removeExpired(OffsetDateTime now) {
    long last = cleanedAt.get();
    long millis = System.currentTimeMillis();
    if (millis - last < CLEAN_EVERY_MILLIS || !cleanedAt.compareAndSet(last, millis)) {
      return;
    }
    em.createNamedQuery(SignInThrottle.EXPIRED)
        .setParameter("now", now)
        .setParameter("windowStart", now.minus(SignInThrottle.WINDOW))
        .executeUpdate();
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
