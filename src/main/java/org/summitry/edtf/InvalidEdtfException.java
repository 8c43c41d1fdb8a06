package org.summitry.edtf;

/**
 * Thrown when text is not an EDTF date that Summitry accepts. The message is written for the person
 * who typed the date, so it can be shown next to the form field unchanged.
 */
public final class InvalidEdtfException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  InvalidEdtfException(String message) {
    super(message);
  }
}
