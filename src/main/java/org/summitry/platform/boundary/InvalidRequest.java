package org.summitry.platform.boundary;

import java.util.List;

/**
 * A request the visitor can correct (a page number that is not a number, an unknown filter value):
 * {@link ErrorPages} answers it with a 400 page explaining why, in words from the message bundle
 * ({@link #key()} with {@link #arguments()}, such as the value that was not understood).
 */
public class InvalidRequest extends RuntimeException {

  private final String key;
  private final List<Object> arguments;

  public InvalidRequest(String key, Object... arguments) {
    super(key);
    this.key = key;
    this.arguments = List.of(arguments);
  }

  /** The message bundle key of the explanation. */
  public String key() {
    return key;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
