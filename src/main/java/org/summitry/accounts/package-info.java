/**
 * Accounts: who may work in the back office under {@code /admin} and what they may do. Users sign
 * in with a form checked against hashed passwords in the database; each has one role (admin,
 * curator or contributor, each including the ones after it); repeated failed sign-ins lock an
 * account or a client address for a while, counted in the database so that every instance agrees.
 * The first administrator comes from the configuration or from a one-time setup link written to the
 * log; there is no default password. Other components ask {@code Access} who the caller is and
 * whether they hold a role.
 */
package org.summitry.accounts;
