package org.summitry.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * A one-time link to create the first administrator, written to the log when the archive starts
 * without any user and without a configured admin password. Only the token's SHA-256 is stored: the
 * token is 256 random bits, so a plain hash is as good as a slow one and can be looked up.
 */
@Entity
@Table(name = "setup_token")
@NamedQuery(
    name = SetupToken.CONSUME,
    query =
        "UPDATE SetupToken t SET t.usedAt = :now WHERE t.tokenHash = :hash AND t.usedAt IS NULL"
            + " AND t.expiresAt > :now")
@NamedQuery(
    name = SetupToken.USABLE,
    query =
        "SELECT COUNT(t) FROM SetupToken t WHERE t.tokenHash = :hash AND t.usedAt IS NULL"
            + " AND t.expiresAt > :now")
public class SetupToken {

  public static final String CONSUME = "SetupToken.consume";
  public static final String USABLE = "SetupToken.usable";

  public static final Duration VALIDITY = Duration.ofHours(24);

  @Id
  @SequenceGenerator(name = "summitry_seq", sequenceName = "summitry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summitry_seq")
  private Long id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected SetupToken() {}

  public SetupToken(String token, OffsetDateTime now) {
    this.tokenHash = hash(token);
    this.createdAt = now;
    this.expiresAt = now.plus(VALIDITY);
  }

  public static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }
}
