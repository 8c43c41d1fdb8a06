package org.summitry.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.summitry.accounts.control.Passwords;
import org.summitry.accounts.entity.Role;
import org.summitry.accounts.entity.SetupToken;
import org.summitry.accounts.entity.User;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Journal;
import org.summitry.kernel.Page;

/**
 * The users of the back office: listing them, creating them, changing their role, disabling them
 * and setting a new password; and the first administrator, created from the configuration or
 * through a one-time setup link. Every change appends to the journal in its own transaction; no
 * password, not even hashed, goes into the journal.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Users {

  static final String ENTRY_TYPE = "USER";

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject Journal journal;

  public boolean anyExist() {
    return em.createNamedQuery(User.COUNT, Long.class).getSingleResult() > 0;
  }

  /** The role of an enabled user, or nothing for a disabled or unknown one. */
  public Optional<Role> enabledRole(String username) {
    return byUsername(username).filter(User::isEnabled).map(User::getRole);
  }

  /**
   * An enabled user's role and the version of their row, which changes with their password, role or
   * being disabled: sessions signed in under another version are over.
   */
  public record Standing(Role role, long version) {}

  /** The standing of an enabled user, or nothing for a disabled or unknown one. */
  public Optional<Standing> standing(String username) {
    return byUsername(username)
        .filter(User::isEnabled)
        .map(user -> new Standing(user.getRole(), user.getVersion()));
  }

  /** Users whose username contains {@code search} (any case), in the given order. */
  public Page<UserView> users(String search, UserOrder order, int page, int size) {
    String pattern = "%" + escapeLike(User.normalize(search)) + "%";
    String where = " WHERE u.username LIKE :pattern ESCAPE '\\'";
    long total =
        em.createQuery("SELECT COUNT(u) FROM User u" + where, Long.class)
            .setParameter("pattern", pattern)
            .getSingleResult();
    int number = Page.clamp(page, size, total);
    TypedQuery<User> query =
        em.createQuery("SELECT u FROM User u" + where + " ORDER BY " + order.jpql, User.class)
            .setParameter("pattern", pattern);
    List<UserView> items =
        query
            .setFirstResult((number - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(Users::view)
            .toList();
    return new Page<>(items, number, size, total);
  }

  public Optional<UserView> user(Long id) {
    return Optional.ofNullable(em.find(User.class, id)).map(Users::view);
  }

  @Transactional
  public UserView create(
      String username, String role, String password, String confirmation, String actor) {
    String name = User.normalize(username);
    Map<String, String> errors = new LinkedHashMap<>();
    checkUsername(name, errors);
    Optional<Role> chosen = Role.of(role);
    if (chosen.isEmpty()) {
      errors.put("role", "accounts.error.role");
    }
    checkPassword(password, confirmation, errors);
    if (!errors.isEmpty()) {
      throw new InvalidForm(errors);
    }
    User user = new User(name, passwords.hash(password), chosen.get(), now());
    em.persist(user);
    em.flush();
    record(user, actor, "Created user " + name);
    return view(user);
  }

  @Transactional
  public UserView changeRole(Long id, String role, String actor) {
    Role chosen = Role.of(role).orElseThrow(() -> InvalidForm.of("role", "accounts.error.role"));
    User user = lockedUser(id);
    if (user.getRole() == chosen) {
      return view(user);
    }
    if (chosen != Role.ADMIN) {
      keepAnEnabledAdmin(user, "role");
    }
    user.changeRole(chosen, now());
    record(user, actor, "Changed the role of " + user.getUsername());
    return view(user);
  }

  @Transactional
  public UserView setEnabled(Long id, boolean enabled, String actor) {
    User user = lockedUser(id);
    if (user.isEnabled() == enabled) {
      return view(user);
    }
    if (!enabled) {
      keepAnEnabledAdmin(user, "enabled");
    }
    user.setEnabled(enabled, now());
    record(user, actor, (enabled ? "Enabled user " : "Disabled user ") + user.getUsername());
    return view(user);
  }

  @Transactional
  public UserView resetPassword(Long id, String password, String confirmation, String actor) {
    Map<String, String> errors = new LinkedHashMap<>();
    checkPassword(password, confirmation, errors);
    if (!errors.isEmpty()) {
      throw new InvalidForm(errors);
    }
    User user = lockedUser(id);
    user.changePasswordHash(passwords.hash(password), now());
    record(user, actor, "Set a new password for " + user.getUsername());
    return view(user);
  }

  /** Creates a setup token valid for a day and returns it; only its hash is stored. */
  @Transactional
  public String openSetup() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    em.persist(new SetupToken(token, now()));
    return token;
  }

  /** Whether {@code token} may still create the first administrator. */
  public boolean setupOpen(String token) {
    return token != null
        && !token.isBlank()
        && !anyExist()
        && em.createNamedQuery(SetupToken.USABLE, Long.class)
                .setParameter("hash", SetupToken.hash(token))
                .setParameter("now", now())
                .getSingleResult()
            > 0;
  }

  /**
   * Creates the first administrator through a setup link and uses the link up, both or neither.
   *
   * @throws SetupClosed when the link is unknown, expired or used, or a user exists already
   */
  @Transactional
  public UserView completeSetup(
      String token, String username, String password, String confirmation) {
    if (token == null || token.isBlank() || anyExist()) {
      throw new SetupClosed();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String name = User.normalize(username);
    checkUsername(name, errors);
    checkPassword(password, confirmation, errors);
    if (!errors.isEmpty()) {
      throw new InvalidForm(errors);
    }
    // A conditional update, so two requests (or two instances) cannot both use one token.
    int used =
        em.createNamedQuery(SetupToken.CONSUME)
            .setParameter("hash", SetupToken.hash(token))
            .setParameter("now", now())
            .executeUpdate();
    if (used != 1) {
      throw new SetupClosed();
    }
    User admin = new User(name, passwords.hash(password), Role.ADMIN, now());
    em.persist(admin);
    em.flush();
    record(admin, "setup", "Created the first administrator " + name);
    return view(admin);
  }

  /**
   * Creates the administrator named in the configuration, unless some user exists.
   *
   * @return whether the administrator was created
   */
  @Transactional
  public boolean createConfiguredAdministrator(String username, String password) {
    if (anyExist()) {
      return false;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String name = User.normalize(username);
    checkUsername(name, errors);
    if (!User.isAcceptablePassword(password)) {
      errors.put("password", "accounts.error.password.length");
    }
    if (!errors.isEmpty()) {
      throw new InvalidForm(errors);
    }
    User admin = new User(name, passwords.hash(password), Role.ADMIN, now());
    em.persist(admin);
    em.flush();
    record(admin, "system", "Created the configured administrator " + name);
    return true;
  }

  private Optional<User> byUsername(String username) {
    return em.createNamedQuery(User.BY_USERNAME, User.class)
        .setParameter("username", User.normalize(username))
        .getResultStream()
        .findFirst();
  }

  private User lockedUser(Long id) {
    User user = em.find(User.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (user == null) {
      throw new NotFoundException();
    }
    return user;
  }

  /**
   * Refuses to demote or disable the last enabled admin, who alone could undo it. The admins' rows
   * are locked first, so two admins demoting each other at once cannot both succeed.
   */
  private void keepAnEnabledAdmin(User user, String field) {
    if (!user.isEnabledAdmin()) {
      return;
    }
    List<User> admins =
        em.createNamedQuery(User.ENABLED_ADMINS, User.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (admins.size() <= 1) {
      throw InvalidForm.of(field, "accounts.error.lastAdmin");
    }
  }

  private void checkUsername(String name, Map<String, String> errors) {
    if (name.isEmpty()) {
      errors.put("username", "accounts.error.username.missing");
    } else if (!User.isValidUsername(name)) {
      errors.put("username", "accounts.error.username.format");
    } else if (byUsername(name).isPresent()) {
      errors.put("username", "accounts.error.username.taken");
    }
  }

  private static void checkPassword(
      String password, String confirmation, Map<String, String> errors) {
    if (password == null || password.isEmpty()) {
      errors.put("password", "accounts.error.password.missing");
    } else if (!User.isAcceptablePassword(password)) {
      errors.put("password", "accounts.error.password.length");
    } else if (!password.equals(confirmation)) {
      errors.put("confirmation", "accounts.error.confirmation");
    }
  }

  /** Journals a change to a user as an {@link Change#ACCOUNT} change; the label says which. */
  private void record(User user, String actor, String label) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", user.getUsername());
    fields.put("role", user.getRole().key());
    fields.put("enabled", Boolean.toString(user.isEnabled()));
    journal.record(ENTRY_TYPE, user.getId(), Change.ACCOUNT, actor, label, fields);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static UserView view(User user) {
    return new UserView(
        user.getId(),
        user.getUsername(),
        user.getRole().key(),
        user.isEnabled(),
        user.getCreatedAt(),
        user.getUpdatedAt());
  }
}
