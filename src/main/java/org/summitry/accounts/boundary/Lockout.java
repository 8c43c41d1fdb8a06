package org.summitry.accounts.boundary;

import java.time.Duration;
import java.time.OffsetDateTime;

/** Sign-in refused until {@code until}, because of failures of the account or from the address. */
public record Lockout(boolean ofAccount, OffsetDateTime until) {

  /** Whole minutes left at {@code now}, rounded up so that "0 minutes" is never shown. */
  public long minutesLeft(OffsetDateTime now) {
    long seconds = Math.max(1, Duration.between(now, until).toSeconds());
    return (seconds + 59) / 60;
  }

  public long secondsLeft(OffsetDateTime now) {
    return Math.max(1, Duration.between(now, until).toSeconds());
  }
}
