package org.summitry.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Failed sign-ins of one account from one client address, or from one client address to any
 * account. Failures are counted in a window that starts with the first of them; reaching the limit
 * within the window locks the subject for {@link #LOCK}, after which counting starts again. A
 * success clears the count of the account from that address.
 *
 * <p>An account is never locked as a whole: whoever guesses its password from one address locks
 * only themselves out, and its user goes on signing in from their own. The client address is the
 * one behind a trusted proxy (see {@code ClientAddress}), not the proxy's.
 */
@Entity
@Table(name = "sign_in_throttle")
@NamedQuery(
    name = SignInThrottle.EXPIRED,
    query =
        "DELETE FROM SignInThrottle t WHERE (t.lockedUntil IS NULL OR t.lockedUntil <= :now)"
            + " AND (t.windowStartedAt IS NULL OR t.windowStartedAt <= :windowStart)")
public class SignInThrottle {

  /** Rows without a lock in force or a window running (see {@link #expiredAt}). */
  public static final String EXPIRED = "SignInThrottle.expired";

  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);

  /** Failures of one account from one address within {@link #WINDOW} that lock the two. */
  public static final int ACCOUNT_LIMIT = 5;

  /**
   * Failures from one address within {@link #WINDOW} that lock it: higher than an account's, since
   * colleagues behind one office router share an address.
   */
  public static final int ADDRESS_LIMIT = 20;

  @Id
  @Column(length = 300)
  private String subject;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_started_at")
  private OffsetDateTime windowStartedAt;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  protected SignInThrottle() {}

  public SignInThrottle(String subject) {
    this.subject = subject;
  }

  /** The subject of one account's sign-ins from one address. */
  public static String ofAccount(String username, String address) {
    return "account:" + address + ":" + username;
  }

  public static String ofAddress(String address) {
    return "address:" + address;
  }

  public String getSubject() {
    return subject;
  }

  public int getFailures() {
    return failures;
  }

  /** Until when sign-in is refused, if it is at {@code now}. */
  public Optional<OffsetDateTime> lockedAt(OffsetDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now)
        ? Optional.of(lockedUntil)
        : Optional.empty();
  }

  /**
   * Counts one more failure at {@code now}; returns the failures in the current window, or the
   * limit itself when this failure locked the subject.
   */
  public int fail(OffsetDateTime now, int limit) {
    if (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(WINDOW))) {
      windowStartedAt = now;
      failures = 0;
    }
    failures++;
    int counted = failures;
    if (failures >= limit) {
      lockedUntil = now.plus(LOCK);
      failures = 0;
      windowStartedAt = null;
    }
    return counted;
  }

  /** Whether this row says nothing any more at {@code now}: no lock, no window running. */
  public boolean expiredAt(OffsetDateTime now) {
    return (lockedUntil == null || !lockedUntil.isAfter(now))
        && (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(WINDOW)));
  }

  /** Forgets the failures, but not a lock in force: a lock always runs its course. */
  public void succeed() {
    failures = 0;
    windowStartedAt = null;
  }
}
