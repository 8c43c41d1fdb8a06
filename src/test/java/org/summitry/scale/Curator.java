package org.summitry.scale;

import java.net.URI;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitry.imports.boundary.Imports;
import org.summitry.imports.control.ImportField;
import org.summitry.imports.control.Presets;
import org.summitry.scale.RequestLog.Answer;
import org.summitry.scale.RequestLog.Kind;
import org.summitry.scale.WriteLedger.Event;
import org.summitry.testing.WebSession;
import org.summitry.testing.WebSession.FilePart;

/**
 * A curator at work in the back office, as a browser does it: each change opens its form first (for
 * the CSRF token and the entry's version), then sends it, and reads what the server answered (the
 * 303 to the saved entry, the upload's page, the import's progress). Every request is timed into
 * the {@link RequestLog}; every change and its answer go into the {@link WriteLedger}. A session
 * that has ended (the server restarted) is noticed from the redirect to the sign-in page, and the
 * next change signs in again.
 */
final class Curator {

  /** The kinds of entry the load drafts, edits and publishes. */
  enum EntryKind {
    GIFT("gift", "gifts", "title", "description", "Mixed load gift "),
    SUMMIT("summit", "summits", "title", "summary", "Mixed load summit "),
    PERSON("person", "people", "name", "biography", "Loadtest ");

    final String name;
    final String path;
    final String nameField;
    final String textField;
    final String label;

    EntryKind(String name, String path, String nameField, String textField, String label) {
      this.name = name;
      this.path = path;
      this.nameField = nameField;
      this.textField = textField;
      this.label = label;
    }

    /** The title (or name) that carries the marker. */
    String title(String marker) {
      return label + marker;
    }

    /** The text an acknowledged edit leaves in the entry, found again by the audit. */
    static String edited(String marker) {
      return "Edited by the mixed load (" + marker + " edit).";
    }
  }

  private static final Pattern CSRF =
      Pattern.compile(
          "<input type=\"hidden\" name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
  private static final Pattern PHOTO = Pattern.compile("/admin/photos/(\\d+)\"");
  private static final Pattern IMPORT = Pattern.compile("/admin/imports/(\\d+)/");
  private static final Pattern ROWS_DONE = Pattern.compile("([0-9,]+) of ([0-9,]+) rows done");
  private static final Pattern STATUS = Pattern.compile("id=\"status\"[^>]*>([^<]*)<");

  private final URI base;
  private final String username;
  private final String password;
  private final RequestLog log;
  private final WriteLedger ledger;
  private WebSession session;
  private boolean signedIn;
  private boolean troubled;

  Curator(URI base, String username, String password, RequestLog log, WriteLedger ledger) {
    this.base = base;
    this.username = username;
    this.password = password;
    this.log = log;
    this.ledger = ledger;
  }

  /** Signs in with a fresh session (cookies) unless signed in already; false when refused. */
  boolean signIn() {
    if (signedIn) {
      return true;
    }
    session = new WebSession(base);
    Answer<String> answer = send(Kind.ADMIN, "/sign-in", () -> session.signIn(username, password));
    signedIn = answer.status() == 303 && !answer.header("Location").contains("sign-in");
    if (!signedIn) {
      log.note("sign-in " + answer.status(), visible(answer));
    }
    return signedIn;
  }

  /** Creates a draft with the marker in its title; its id, or 0 when not acknowledged. */
  long create(EntryKind kind, String marker) {
    String path = "admin/" + kind.path + "/new";
    Map<String, String> token = token(path);
    if (token == null) {
      return 0;
    }
    Map<String, String> fields = new LinkedHashMap<>(token);
    fields.put(kind.nameField, kind.title(marker));
    Answer<String> answer = post(kind.name, "create", marker, 0, path, fields);
    Matcher saved =
        Pattern.compile("/admin/" + kind.path + "/(\\d+)\\?done=created")
            .matcher(answer.header("Location"));
    if (answer.status() == 303 && saved.find()) {
      long id = Long.parseLong(saved.group(1));
      ledger.append(Event.ACK, kind.name, "create", marker, id, "");
      return id;
    }
    settle(kind.name, "create", marker, 0, answer);
    return 0;
  }

  /** Saves the draft again with a changed text; whether the save was acknowledged. */
  boolean edit(EntryKind kind, long id, String marker) {
    String path = "admin/" + kind.path + "/" + id;
    Answer<String> page = send(Kind.ADMIN, "/" + path, () -> session.get(path));
    if (!usable(page)) {
      return false;
    }
    Matcher version = VERSION.matcher(page.response().body());
    Map<String, String> fields = new LinkedHashMap<>(tokenOf(page.response().body()));
    fields.put(kind.nameField, kind.title(marker));
    fields.put(kind.textField, EntryKind.edited(marker));
    fields.put("version", version.find() ? version.group(1) : "");
    Answer<String> answer = post(kind.name, "edit", marker, id, path, fields);
    if (answer.status() == 303 && answer.header("Location").contains(path + "?done=saved")) {
      ledger.append(Event.ACK, kind.name, "edit", marker, id, "");
      return true;
    }
    settle(kind.name, "edit", marker, id, answer);
    return false;
  }

  /** Publishes the entry; whether that was acknowledged. */
  boolean publish(EntryKind kind, long id, String marker) {
    String path = "admin/" + kind.path + "/" + id;
    Map<String, String> token = token(path);
    if (token == null) {
      return false;
    }
    Answer<String> answer = post(kind.name, "publish", marker, id, path + "/publish", token);
    if (answer.status() == 303 && answer.header("Location").contains(path + "?done=publish")) {
      ledger.append(Event.ACK, kind.name, "publish", marker, id, "");
      return true;
    }
    settle(kind.name, "publish", marker, id, answer);
    return false;
  }

  /** What one upload came to: the photo's id (0 when not stored) and what the curator saw. */
  record Upload(long photoId, int status, long nanos, String shown) {}

  /**
   * Uploads a JPEG into the gallery of {@code gallery} ({@code summits/12}); the photo's SHA-256 is
   * its marker in the ledger.
   */
  Upload upload(String gallery, String fileName, byte[] jpeg) {
    String path = "admin/" + gallery;
    Map<String, String> token = token(path);
    if (token == null) {
      return new Upload(0, 0, 0, "the gallery's page could not be opened");
    }
    String sha256 = sha256(jpeg);
    ledger.append(Event.SENT, "photo", "upload", sha256, 0, gallery);
    Answer<String> answer =
        send(
            Kind.WRITE,
            "/" + path + "/photos",
            () ->
                session.upload(
                    path,
                    path + "/photos",
                    token,
                    List.of(new FilePart("photos", fileName, "image/jpeg", jpeg)),
                    false));
    String shown = visible(answer);
    if (answer.status() == 200) {
      Matcher photo = PHOTO.matcher(answer.response().body());
      if (answer.response().body().contains("class=\"stored\"") && photo.find()) {
        long id = Long.parseLong(photo.group(1));
        ledger.append(
            Event.ACK,
            "photo",
            "upload",
            sha256,
            id,
            gallery
                + (answer.response().body().contains("Already in the archive") ? " existing" : ""));
        return new Upload(id, 200, answer.nanos(), shown);
      }
    }
    settle("photo", "upload", sha256, 0, answer);
    return new Upload(0, answer.status(), answer.nanos(), shown);
  }

  /** Adds alt text to a photo and publishes it, so that visitors (and derivatives) can see it. */
  boolean publishPhoto(long id) {
    String path = "admin/photos/" + id;
    Answer<String> page = send(Kind.ADMIN, "/" + path, () -> session.get(path));
    if (!usable(page)) {
      return false;
    }
    Matcher version = VERSION.matcher(page.response().body());
    Map<String, String> fields = new LinkedHashMap<>(tokenOf(page.response().body()));
    fields.put("altText", "A test picture of coloured noise made by the mixed load");
    fields.put("creditLine", "Mixed load");
    fields.put("version", version.find() ? version.group(1) : "");
    Answer<String> saved = send(Kind.WRITE, "/" + path, () -> session.postRaw(path, fields));
    if (saved.status() != 303) {
      return false;
    }
    Map<String, String> token = token(path);
    return token != null
        && send(
                    Kind.WRITE,
                    "/" + path + "/publish",
                    () -> session.postRaw(path + "/publish", token))
                .status()
            == 303;
  }

  /**
   * Imports a CSV file of the U.S. register the way a curator does: upload, map (the register's
   * preset, plus the file's {@code load_title} column as the title), check the dry run, import as
   * published, then follow the progress page until the import finishes, stops, or {@code wait} has
   * passed. Every rise of the committed row count is acknowledged in the ledger under {@code
   * prefix}. A stalled import (the server went away) is resumed when the page offers it.
   */
  boolean importRegister(String prefix, String fileName, byte[] csv, int rows, Duration wait) {
    Map<String, String> token = token("admin/imports");
    if (token == null) {
      log.note("import not started", "the imports page could not be opened");
      return false;
    }
    Answer<String> uploaded =
        send(
            Kind.WRITE,
            "/admin/imports/upload",
            () ->
                session.upload(
                    "admin/imports",
                    "admin/imports/upload",
                    token,
                    List.of(new FilePart("file", fileName, "text/csv", csv)),
                    false));
    Matcher created = IMPORT.matcher(uploaded.header("Location"));
    if (uploaded.status() != 303 || !created.find()) {
      log.note("import not started: upload " + describe(uploaded), visible(uploaded));
      return false;
    }
    long id = Long.parseLong(created.group(1));
    String run = "admin/imports/" + id;
    Map<String, String> mapping = token(run + "/mapping");
    if (mapping == null) {
      log.note("import not started", "the mapping page could not be opened");
      return false;
    }
    Map<String, String> fields = new LinkedHashMap<>(mapping);
    fields.putAll(Imports.formValues(Presets.US_FOREIGN_GIFTS.mapping()));
    fields.put(ImportField.TITLE.formName(), "load_title");
    fields.put("saveAs", "");
    Answer<String> mapped =
        send(Kind.WRITE, "/" + run + "/mapping", () -> session.postRaw(run + "/mapping", fields));
    if (mapped.status() != 303 || !mapped.header("Location").contains("/check")) {
      log.note("import not started: mapping " + describe(mapped), visible(mapped));
      return false;
    }
    Answer<String> check =
        send(Kind.ADMIN, "/" + run + "/check", () -> session.get(run + "/check"));
    if (!usable(check)) {
      log.note("import not started", "the dry run could not be opened");
      return false;
    }
    Matcher importable =
        Pattern.compile("[0-9,]+ of [0-9,]+ rows can be imported").matcher(check.response().body());
    log.note("import dry run", importable.find() ? importable.group() : visible(check));
    Map<String, String> start = new LinkedHashMap<>(tokenOf(check.response().body()));
    start.put("mode", "published");
    ledger.append(Event.SENT, "import", "rows", prefix, id, "0/" + rows);
    Answer<String> started =
        send(Kind.WRITE, "/" + run + "/start", () -> session.postRaw(run + "/start", start));
    if (started.status() != 303) {
      settle("import", "rows", prefix, id, started);
      return true;
    }
    follow(prefix, id, rows, wait);
    return true;
  }

  private void follow(String prefix, long id, int rows, Duration wait) {
    String run = "admin/imports/" + id;
    long deadline = System.nanoTime() + wait.toNanos();
    int acknowledged = 0;
    while (System.nanoTime() < deadline) {
      sleep(2000);
      if (!signIn()) {
        continue;
      }
      Answer<String> page = send(Kind.ADMIN, "/" + run, () -> session.get(run));
      if (!usable(page)) {
        continue;
      }
      String body = page.response().body();
      Matcher done = ROWS_DONE.matcher(body);
      if (done.find()) {
        int now = Integer.parseInt(done.group(1).replace(",", ""));
        if (now > acknowledged) {
          acknowledged = now;
          ledger.append(Event.ACK, "import", "rows", prefix, id, now + "/" + rows);
        }
      }
      Matcher status = STATUS.matcher(body);
      String state = status.find() ? status.group(1).strip() : "";
      if (state.startsWith("Finished")) {
        log.note("import finished", visible(page));
        return;
      }
      if (body.contains(run + "/resume\"")) {
        log.note("import stalled", state + ": " + visible(page));
        Map<String, String> token = tokenOf(body);
        Answer<String> resumed =
            send(Kind.WRITE, "/" + run + "/resume", () -> session.postRaw(run + "/resume", token));
        log.note("import resumed " + resumed.status(), "after " + acknowledged + " rows");
      }
    }
    log.note(
        "import unfinished",
        "still running after " + wait.toSeconds() + " s, " + acknowledged + " rows acknowledged");
  }

  /**
   * Whether the last request got no answer or one the server should not give to a signed-in
   * curator's ordinary step (a 4xx or 5xx): a sign to wait a little before the next step.
   */
  boolean troubled() {
    return troubled;
  }

  private <T> Answer<T> send(Kind kind, String path, RequestLog.Call<T> call) {
    Answer<T> answer = log.send(kind, path, call);
    troubled = !answer.answered() || answer.status() >= 400;
    return answer;
  }

  /** The form's CSRF field on {@code path}, or null when the page could not be had. */
  private Map<String, String> token(String path) {
    Answer<String> page = send(Kind.ADMIN, "/" + path, () -> session.get(path));
    return usable(page) ? tokenOf(page.response().body()) : null;
  }

  private static Map<String, String> tokenOf(String body) {
    Matcher token = CSRF.matcher(body);
    return token.find() ? Map.of(token.group(1), token.group(2)) : Map.of();
  }

  /** Whether a back-office page came (200); notices a session that has ended. */
  private boolean usable(Answer<String> page) {
    if (page.status() == 200) {
      return true;
    }
    if (signedOut(page)) {
      signedIn = false;
    } else {
      log.note("admin page " + page.status(), visible(page));
    }
    return false;
  }

  private static boolean signedOut(Answer<String> answer) {
    return answer.status() / 100 == 3 && answer.header("Location").contains("/sign-in");
  }

  private Answer<String> post(
      String kind, String step, String marker, long id, String path, Map<String, String> fields) {
    ledger.append(Event.SENT, kind, step, marker, id, "");
    return send(Kind.WRITE, "/" + path, () -> session.postRaw(path, fields));
  }

  /**
   * Records a write that was not acknowledged: refused when the server said so (a form shown again,
   * a 4xx, the session over), unknown when it may have been committed (5xx, no answer).
   */
  private void settle(String kind, String step, String marker, long id, Answer<String> answer) {
    boolean unknown = answer.status() >= 500 || !answer.answered();
    if (signedOut(answer)) {
      signedIn = false;
    }
    String detail =
        answer.status()
            + (signedOut(answer) ? " signed out" : "")
            + " "
            + (answer.status() / 100 == 3 ? answer.header("Location") : visible(answer));
    ledger.append(unknown ? Event.UNKNOWN : Event.REFUSED, kind, step, marker, id, detail);
    log.note("write " + step + " " + describe(answer), visible(answer));
  }

  private static String describe(Answer<String> answer) {
    return answer.status() == RequestLog.FAILED
        ? "no answer"
        : answer.status() == RequestLog.TIMED_OUT ? "timed out" : Integer.toString(answer.status());
  }

  /** What a person sees of a page: the text of its main part, shortened. */
  static String visible(Answer<String> answer) {
    if (!answer.answered()) {
      return answer.status() == RequestLog.TIMED_OUT ? "(no answer in time)" : "(no answer)";
    }
    return visible(answer.response());
  }

  static String visible(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    Matcher main = Pattern.compile("(?s)<main[^>]*>(.*?)</main>").matcher(body);
    String text = main.find() ? main.group(1) : body;
    text =
        WebSession.unescape(
                text.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                    .replaceAll("<[^>]+>", " "))
            .replaceAll("\\s+", " ")
            .strip();
    if (text.isEmpty()) {
      return "(a page without text: "
          + response.headers().firstValue("Content-Type").orElse("no Content-Type")
          + ", "
          + body.length()
          + " characters)";
    }
    return text.length() > 300 ? text.substring(0, 299) + "…" : text;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
