package org.summitry.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.summitry.accounts.boundary.Lockout;
import org.summitry.accounts.entity.SignInThrottle;

/** The rules that slow down password guessing: five failures in 15 minutes lock for 15 minutes. */
class SignInThrottleTest {

  private static final OffsetDateTime NINE =
      OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final int LIMIT = SignInThrottle.ACCOUNT_LIMIT;

  private final SignInThrottle account =
      new SignInThrottle(SignInThrottle.ofAccount("alice", "192.0.2.7"));

  @Test
  void fourFailuresDoNotLockTheAccount() {
    for (int minute = 0; minute < 4; minute++) {
      account.fail(NINE.plusMinutes(minute), LIMIT);
    }
    assertEquals(4, account.getFailures());
    assertTrue(account.lockedAt(NINE.plusMinutes(4)).isEmpty());
  }

  @Test
  void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
    for (int minute = 0; minute < 4; minute++) {
      account.fail(NINE.plusMinutes(minute), LIMIT);
    }
    OffsetDateTime fifth = NINE.plusMinutes(14);
    assertEquals(LIMIT, account.fail(fifth, LIMIT));

    assertEquals(Optional.of(fifth.plusMinutes(15)), account.lockedAt(fifth));
    assertTrue(account.lockedAt(fifth.plusMinutes(14)).isPresent(), "still locked");
    assertTrue(account.lockedAt(fifth.plusMinutes(15)).isEmpty(), "unlocked when the time is up");
  }

  @Test
  void failuresSpreadBeyondTheWindowStartCountingAgain() {
    for (int minute = 0; minute < 4; minute++) {
      account.fail(NINE.plusMinutes(minute), LIMIT);
    }
    assertEquals(1, account.fail(NINE.plus(SignInThrottle.WINDOW), LIMIT));
    assertTrue(account.lockedAt(NINE.plusMinutes(16)).isEmpty());
  }

  @Test
  void aSuccessForgetsTheFailures() {
    for (int minute = 0; minute < 4; minute++) {
      account.fail(NINE.plusMinutes(minute), LIMIT);
    }
    account.succeed();
    assertEquals(1, account.fail(NINE.plusMinutes(5), LIMIT));
  }

  @Test
  void afterALockRunsOutCountingStartsAfresh() {
    for (int i = 0; i < LIMIT; i++) {
      account.fail(NINE, LIMIT);
    }
    OffsetDateTime later = NINE.plus(SignInThrottle.LOCK);
    assertEquals(1, account.fail(later, LIMIT));
    assertTrue(account.lockedAt(later).isEmpty());
  }

  @Test
  void anAddressMayFailMoreOftenThanAnAccount() {
    SignInThrottle address = new SignInThrottle(SignInThrottle.ofAddress("192.0.2.7"));
    for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT - 1; i++) {
      address.fail(NINE.plusSeconds(i), SignInThrottle.ADDRESS_LIMIT);
    }
    assertFalse(address.lockedAt(NINE.plusMinutes(1)).isPresent());
    address.fail(NINE.plusMinutes(1), SignInThrottle.ADDRESS_LIMIT);
    assertTrue(address.lockedAt(NINE.plusMinutes(1)).isPresent());
  }

  @Test
  void theLockMessageRoundsTheMinutesLeftUp() {
    Lockout lockout = new Lockout(true, NINE.plusMinutes(15));
    assertEquals(15, lockout.minutesLeft(NINE));
    assertEquals(1, lockout.minutesLeft(NINE.plus(Duration.ofSeconds(15 * 60 - 5))));
  }
}
