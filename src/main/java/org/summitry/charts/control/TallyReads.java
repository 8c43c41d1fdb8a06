package org.summitry.charts.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;

/**
 * Runs the background counts of {@link Tallies} as asynchronous EJB calls, each in an invocation
 * and a transaction of its own. A task of the managed executor would carry the invocation of the
 * request that started it, and when it ended it closed that request's entity managers while the
 * request was still using them.
 */
@Stateless
public class TallyReads {

  @Asynchronous
  public void run(Runnable count) {
    count.run();
  }
}
