package org.summitry.accounts.boundary;

/**
 * A setup link that can no longer create the first administrator: unknown, expired, used already,
 * or a user exists.
 */
public class SetupClosed extends RuntimeException {

  public SetupClosed() {
    super("The setup link is unknown, expired or used, or a user exists already");
  }
}
