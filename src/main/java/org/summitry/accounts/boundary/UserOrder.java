package org.summitry.accounts.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders of the user list: by username, by role (highest first), newest first. */
public enum UserOrder {
  USERNAME("u.username"),
  ROLE("CASE u.role WHEN 'admin' THEN 0 WHEN 'curator' THEN 1 ELSE 2 END, u.username"),
  CREATED("u.createdAt DESC, u.id DESC");

  final String jpql;

  UserOrder(String jpql) {
    this.jpql = jpql;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<UserOrder> of(String key) {
    return Arrays.stream(values()).filter(order -> order.key().equals(key)).findFirst();
  }
}
