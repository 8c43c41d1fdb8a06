package org.summitry.summits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person at a summit and the part they played there ("host", "guest", "adviser"). */
@Embeddable
public class Participant {

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Column(length = 300)
  private String role;

  protected Participant() {}

  public Participant(Long personId, String role) {
    this.personId = personId;
    this.role = role;
  }

  public Long getPersonId() {
    return personId;
  }

  public String getRole() {
    return role;
  }
}
