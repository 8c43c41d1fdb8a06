package org.summitry.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Someone who may sign in to the back office. The password is only ever held as a PBKDF2 hash; a
 * disabled user keeps their history in the journal but cannot sign in.
 */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_USERNAME, query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = User.COUNT, query = "SELECT COUNT(u) FROM User u")
@NamedQuery(
    name = User.ENABLED_ADMINS,
    query = "SELECT u FROM User u WHERE u.role = 'admin' AND u.enabled = TRUE")
public class User {

  public static final String BY_USERNAME = "User.byUsername";
  public static final String COUNT = "User.count";
  public static final String ENABLED_ADMINS = "User.enabledAdmins";

  /** Lower-case letters, digits, dots, hyphens and underscores; starts with a letter or digit. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

  /** Long passphrases beat complex short ones; no composition rules (NIST SP 800-63B). */
  public static final int MINIMUM_PASSWORD_LENGTH = 12;

  public static final int MAXIMUM_PASSWORD_LENGTH = 200;

  @Id
  @SequenceGenerator(name = "summitry_seq", sequenceName = "summitry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summitry_seq")
  private Long id;

  @Column(nullable = false, length = 50)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 500)
  private String passwordHash;

  @Column(nullable = false, length = 20)
  private String role;

  @Column(nullable = false)
  private boolean enabled = true;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected User() {}

  public User(String username, String passwordHash, Role role, OffsetDateTime now) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role.key();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Usernames are compared in lower case, so "Alice" and "alice" are one account. */
  public static String normalize(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  public static boolean isValidUsername(String normalized) {
    return USERNAME.matcher(normalized).matches();
  }

  public static boolean isAcceptablePassword(String password) {
    return password != null
        && password.codePointCount(0, password.length()) >= MINIMUM_PASSWORD_LENGTH
        && password.length() <= MAXIMUM_PASSWORD_LENGTH;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  /**
   * The row's version, which changes whenever the password, role or enabled state does (those are
   * the only changes a user row sees).
   */
  public long getVersion() {
    return version;
  }

  public Role getRole() {
    return Role.of(role).orElseThrow();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public boolean isEnabledAdmin() {
    return enabled && getRole() == Role.ADMIN;
  }

  public void changeRole(Role newRole, OffsetDateTime now) {
    this.role = newRole.key();
    this.updatedAt = now;
  }

  public void setEnabled(boolean enabled, OffsetDateTime now) {
    this.enabled = enabled;
    this.updatedAt = now;
  }

  public void changePasswordHash(String passwordHash, OffsetDateTime now) {
    this.passwordHash = passwordHash;
    this.updatedAt = now;
  }
}
