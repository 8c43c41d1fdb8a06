package org.summitry.kernel;

/**
 * A value a form sent that the domain refuses for a reason only it can know (an address already
 * taken by another entry): the form shows {@link #getMessage()} beside {@link #field()}.
 */
public class InvalidField extends RuntimeException {

  private final String field;

  public InvalidField(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
