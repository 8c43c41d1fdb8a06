package org.summitry.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.summitry.platform.control.ConfiguredDataSource;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.PayaraMicroProcess;

/**
 * The back office as its users meet it, on the real WAR: signing in and out, what each role may
 * open, forms that need their CSRF token, locking an account after repeated wrong passwords, and
 * how the first administrator comes to be.
 */
class AccountsIT {

  private static final String ADMIN_PASSWORD = "a long passphrase for the tests";
  private static final Pattern HIDDEN_FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
  private static final Pattern SETUP_LINK = Pattern.compile("/setup\\?token=([A-Za-z0-9_-]+)");

  @Test
  void signedInUsersWorkInTheBackOfficeAndAdminsManageThem() throws Exception {
    Path data = dataDirectory("accounts");
    try (PayaraMicroProcess app =
        PayaraMicroProcess.start(
            "accounts",
            Map.of(
                "SUMMITRY_DATA_DIR",
                data.toString(),
                "SUMMITRY_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                // The tests' requests come from loopback, here standing in for a reverse proxy.
                "SUMMITRY_TRUSTED_PROXIES",
                "127.0.0.1, ::1"))) {
      Browser visitor = new Browser(app);
      HttpResponse<String> backOffice = visitor.get("admin/users");
      assertEquals(302, backOffice.statusCode(), "a visitor is sent to sign in");
      assertTrue(location(backOffice).endsWith("/sign-in"), location(backOffice));

      Browser admin = new Browser(app);
      HttpResponse<String> wrong = admin.signIn("Admin", "not the password at all");
      assertTrue(wrong.statusCode() == 200 || wrong.statusCode() == 401, "" + wrong.statusCode());
      assertTrue(wrong.body().contains("The username or password is not right"));
      assertTrue(wrong.body().contains("class=\"error-summary\" role=\"alert\""));
      assertTrue(wrong.body().contains("value=\"Admin\""), "the username is kept");
      assertFalse(wrong.body().contains("not the password at all"), "the password is not");
      assertValidHtml("sign-in with an error", wrong.body());

      admin.get("admin/users?sort=created");
      HttpResponse<String> signedIn = admin.signIn("admin", ADMIN_PASSWORD);
      assertEquals(303, signedIn.statusCode());
      assertTrue(
          location(signedIn).endsWith("/admin/users?sort=created"),
          "back to the page asked for: " + location(signedIn));
      String cookie = signedIn.headers().firstValue("Set-Cookie").orElse("");
      assertTrue(cookie.contains("HttpOnly"), cookie);
      assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
      assertTrue(admin.get("admin").body().contains("Signed in as admin"));

      HttpResponse<String> forged =
          admin.postWithoutToken(
              "admin/users",
              Map.of(
                  "username", "mallory",
                  "role", "admin",
                  "password", "mallory's long password",
                  "confirmation", "mallory's long password"));
      assertEquals(403, forged.statusCode(), "a form without its CSRF token is refused");
      assertTrue(forged.body().contains("so nothing was changed"), forged.body());
      assertTrue(admin.get("admin/users?q=mallory").body().contains("No user matches"));

      HttpResponse<String> tooShort =
          admin.submit(
              "admin/users/new",
              "admin/users",
              Map.of("username", "Carol", "role", "contributor", "password", "short"));
      assertEquals(400, tooShort.statusCode());
      assertTrue(tooShort.body().contains("<a href=\"#password\">Use a password of 12"));
      assertTrue(tooShort.body().contains("value=\"Carol\""), "the input is kept");
      assertValidHtml("new user with an error", tooShort.body());

      HttpResponse<String> created =
          admin.submit(
              "admin/users/new",
              "admin/users",
              Map.of(
                  "username", "Carol",
                  "role", "contributor",
                  "password", "carol's long password",
                  "confirmation", "carol's long password"));
      assertEquals(303, created.statusCode());
      assertTrue(admin.get(path(created)).body().contains("The user was created."));
      String list = admin.get("admin/users?q=car").body();
      assertTrue(list.contains(">carol</a>"));
      assertValidHtml("users", list);

      Matcher self =
          Pattern.compile("/admin/users/(\\d+)\">admin</a>")
              .matcher(admin.get("admin/users").body());
      assertTrue(self.find(), "the admin is listed");
      String page = "admin/users/" + self.group(1);
      HttpResponse<String> demoted = admin.submit(page, page + "/role", Map.of("role", "curator"));
      assertEquals(400, demoted.statusCode(), "the last admin cannot demote themselves");
      assertTrue(
          demoted
              .body()
              .contains("This is the last enabled admin: make another user an admin first"));
      assertValidHtml("user with an error", demoted.body());

      Browser carol = new Browser(app);
      assertEquals(303, carol.signIn("carol", "carol's long password").statusCode());
      assertEquals(200, carol.get("admin").statusCode(), "a contributor works in the back office");
      HttpResponse<String> users = carol.get("admin/users");
      assertEquals(403, users.statusCode(), "but does not manage users");
      assertTrue(users.body().contains("Your account may not do this."));

      Browser guesser = new Browser(app, "203.0.113.9");
      HttpResponse<String> guess = null;
      for (int attempt = 1; attempt <= 5; attempt++) {
        guess = guesser.signIn("carol", "guess number " + attempt);
      }
      String locked =
          "Too many failed sign-ins for this account from your network. Try again in 15 minutes.";
      assertTrue(guess.body().contains(locked), "the fifth wrong password locks the guesser out");
      HttpResponse<String> refused = guesser.signIn("carol", "carol's long password");
      assertEquals(429, refused.statusCode(), "even the right password is refused there");
      assertTrue(refused.body().contains(locked));
      Browser carolAtHome = new Browser(app, "198.51.100.4");
      assertEquals(
          303,
          carolAtHome.signIn("carol", "carol's long password").statusCode(),
          "but nobody can lock carol out from her own address");

      Browser carolAtWork = new Browser(app, "198.51.100.5");
      assertEquals(303, carolAtWork.signIn("carol", "carol's long password").statusCode());
      Matcher carolsPage =
          Pattern.compile("/admin/users/(\\d+)\">carol</a>")
              .matcher(admin.get("admin/users?q=carol").body());
      assertTrue(carolsPage.find());
      String carolPage = "admin/users/" + carolsPage.group(1);
      assertEquals(
          303,
          admin
              .submit(
                  carolPage,
                  carolPage + "/password",
                  Map.of(
                      "password", "carol's new long password",
                      "confirmation", "carol's new long password"))
              .statusCode());
      for (Browser session : List.of(carol, carolAtHome, carolAtWork)) {
        HttpResponse<String> after = session.get("admin");
        assertEquals(302, after.statusCode(), "a new password ends every session of the user");
        assertTrue(location(after).endsWith("/sign-in"), location(after));
      }
      assertEquals(303, carolAtWork.signIn("carol", "carol's new long password").statusCode());
      assertEquals(200, carolAtWork.get("admin").statusCode());
      assertEquals(
          303,
          admin.submit(carolPage, carolPage + "/role", Map.of("role", "curator")).statusCode());
      assertEquals(302, carolAtWork.get("admin").statusCode(), "so does a new role");

      Browser phished = new Browser(app);
      HttpResponse<String> crafted = phished.get("/evil.example/../admin/users");
      assertEquals(302, crafted.statusCode());
      HttpResponse<String> landed = phished.signIn("admin", ADMIN_PASSWORD);
      assertEquals(303, landed.statusCode());
      assertEquals(
          app.uri("admin").toString(),
          location(landed),
          "a return path that a browser would read as another site is never followed");

      HttpResponse<String> signedOut = admin.submit("admin", "sign-out", Map.of());
      assertEquals(303, signedOut.statusCode());
      assertTrue(location(signedOut).endsWith("/"), location(signedOut));
      assertEquals(302, admin.get("admin").statusCode(), "signed out, the back office is closed");
    }

    try (Connection db = DriverManager.getConnection(ConfiguredDataSource.h2Url(data), "sa", "");
        Statement sql = db.createStatement();
        ResultSet journal =
            sql.executeQuery(
                "SELECT action, actor, label, snapshot FROM journal WHERE entry_type = 'USER'"
                    + " AND label LIKE '%carol%' ORDER BY id")) {
      assertTrue(journal.next(), "creating a user is journaled");
      assertEquals("ACCOUNT", journal.getString("action"));
      assertEquals("Created user carol", journal.getString("label"));
      assertEquals("admin", journal.getString("actor"));
      assertTrue(journal.getString("snapshot").contains("\"role\":\"contributor\""));
      assertFalse(journal.getString("snapshot").contains("password"), "but not the password");
    }
  }

  @Test
  void withoutAConfiguredPasswordTheLogOffersAOneTimeSetupLink() throws Exception {
    Path data = dataDirectory("setup");
    try (PayaraMicroProcess app =
        PayaraMicroProcess.start("setup", Map.of("SUMMITRY_DATA_DIR", data.toString()))) {
      Matcher link = SETUP_LINK.matcher(app.log());
      assertTrue(link.find(), "the log tells the operator where to go:\n" + app.tail());
      String setup = link.group().substring(1);

      Browser operator = new Browser(app);
      HttpResponse<String> mismatch =
          operator.submit(
              setup,
              "setup",
              Map.of(
                  "username", "chief",
                  "password", "the chief's passphrase",
                  "confirmation", "another passphrase"));
      assertEquals(400, mismatch.statusCode());
      assertTrue(
          mismatch.body().contains("<a href=\"#confirmation\">The two passwords do not match"));

      HttpResponse<String> created =
          operator.submit(
              setup,
              "setup",
              Map.of(
                  "username", "chief",
                  "password", "the chief's passphrase",
                  "confirmation", "the chief's passphrase"));
      assertEquals(303, created.statusCode());
      assertTrue(operator.get(path(created)).body().contains("The administrator was created."));
      assertEquals(303, operator.signIn("chief", "the chief's passphrase").statusCode());
      assertTrue(operator.get("admin/users").body().contains(">chief</a>"), "an admin");

      Browser intruder = new Browser(app);
      HttpResponse<String> again = intruder.get(setup);
      assertEquals(404, again.statusCode(), "the link works once");
      assertTrue(again.body().contains("This setup link cannot be used"));
    }
  }

  private static void assertValidHtml(String page, String html) {
    List<String> errors = HtmlChecker.errors(html);
    assertTrue(errors.isEmpty(), page + ":\n" + String.join("\n", errors));
  }

  private static Path dataDirectory(String name) throws IOException {
    return Files.createDirectories(
        Path.of("target", name + "-" + UUID.randomUUID()).toAbsolutePath());
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("(no Location)");
  }

  /** The path and query of a redirect's target, without the leading slash. */
  private static String path(HttpResponse<String> redirect) {
    String target = location(redirect);
    return target.substring(target.indexOf('/', target.indexOf("//") + 2) + 1);
  }

  /** One person's browser: keeps its cookies, follows no redirect, fills in forms. */
  private static final class Browser {

    private final PayaraMicroProcess app;
    private final HttpClient http;
    private final String address;

    Browser(PayaraMicroProcess app) {
      this(app, null);
    }

    /** A browser at {@code address}, as the trusted proxy in front of the app reports it. */
    Browser(PayaraMicroProcess app, String address) {
      this.app = app;
      this.address = address;
      this.http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(app.uri(path)).GET());
    }

    HttpResponse<String> signIn(String username, String password) {
      return submit("sign-in", "sign-in", Map.of("username", username, "password", password));
    }

    /** Opens the page with the form, then posts the fields with the form's hidden fields. */
    HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
      HttpResponse<String> form = get(page);
      Matcher hidden = HIDDEN_FIELD.matcher(form.body());
      Map<String, String> values = new LinkedHashMap<>();
      while (hidden.find()) {
        values.put(hidden.group(1), hidden.group(2));
      }
      assertTrue(values.containsKey("_csrf"), "the form carries its CSRF token: " + page);
      values.putAll(fields);
      return postWithoutToken(action, values);
    }

    HttpResponse<String> postWithoutToken(String action, Map<String, String> fields) {
      String body =
          fields.entrySet().stream()
              .map(
                  field ->
                      URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return send(
          HttpRequest.newBuilder(app.uri(action))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      if (address != null) {
        request.header("X-Forwarded-For", address);
      }
      try {
        return http.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
