package org.summitry.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Failed sign-ins of one account or from one client address. Failures are counted in a window that
 * starts with the first of them; reaching the limit within the window locks the subject for {@link
 * #LOCK}, after which counting starts again. A success clears an account's count.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);

  /** Failures of one account within {@link #WINDOW} that lock it. */
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

  public static String ofAccount(String username) {
    return "account:" + username;
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

  /** Forgets the failures, but not a lock in force: a lock always runs its course. */
  public void succeed() {
    failures = 0;
    windowStartedAt = null;
  }
}
