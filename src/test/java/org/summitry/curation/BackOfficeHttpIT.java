package org.summitry.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitry.media.control.PhotoStore;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.NaughtyStrings;
import org.summitry.testing.PageLanguage;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.WebSession;

/**
 * The back office over HTTP: every route answers each role as it should (sign-in, 403 or success)
 * and a refused request changes nothing; forms without a CSRF token are refused; and every naughty
 * string is stored and shown exactly as typed.
 */
class BackOfficeHttpIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static PayaraMicroProcess app;
  private static WebSession admin;
  private static WebSession curator;
  private static WebSession contributor;
  private static WebSession anonymous;

  @BeforeAll
  static void start() throws Exception {
    Path data =
        Files.createDirectories(Path.of("target", "http-" + UUID.randomUUID()).toAbsolutePath());
    app =
        PayaraMicroProcess.start(
            "back-office-http",
            Map.of(
                "SUMMITRY_DATA_DIR",
                data.toString(),
                "SUMMITRY_ADMIN_PASSWORD",
                PASSWORD,
                // More people and summits than this and the gift form's pickers search.
                "SUMMITRY_PICKERS_LISTED",
                "2"));
    admin = new WebSession(app);
    assertEquals(303, admin.signIn("admin", PASSWORD).statusCode());
    createUser("carla", "curator");
    createUser("conrad", "contributor");
    curator = new WebSession(app);
    assertEquals(303, curator.signIn("carla", PASSWORD).statusCode());
    contributor = new WebSession(app);
    assertEquals(303, contributor.signIn("conrad", PASSWORD).statusCode());
    anonymous = new WebSession(app);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static void createUser(String name, String role) {
    HttpResponse<String> created =
        admin.submit(
            "admin/users/new",
            "admin/users",
            Map.of("username", name, "role", role, "password", PASSWORD, "confirmation", PASSWORD));
    assertEquals(303, created.statusCode(), created.body());
  }

  @Test
  void everyBackOfficePageAnswersEachRoleAsItShould() {
    String[][] pages = {
      // path, anonymous, contributor, curator, admin
      {"admin", "sign-in", "200", "200", "200"},
      {"admin/summits", "sign-in", "200", "200", "200"},
      {"admin/summits/new", "sign-in", "200", "200", "200"},
      {"admin/gifts", "sign-in", "200", "200", "200"},
      {"admin/gifts/new", "sign-in", "200", "200", "200"},
      {"admin/trash", "sign-in", "200", "200", "200"},
      {"admin/people", "sign-in", "200", "200", "200"},
      {"admin/people/new", "sign-in", "200", "200", "200"},
      {"admin/people/trash", "sign-in", "303", "303", "303"},
      {"admin/trash?type=people", "sign-in", "200", "200", "200"},
      {"admin/countries", "sign-in", "200", "200", "200"},
      {"admin/countries/new", "sign-in", "200", "200", "200"},
      {"admin/sources", "sign-in", "200", "200", "200"},
      {"admin/sources/new", "sign-in", "200", "200", "200"},
      {"admin/categories", "sign-in", "200", "200", "200"},
      {"admin/categories/new", "sign-in", "403", "200", "200"},
      {"admin/audit", "sign-in", "403", "403", "200"},
      {"admin/users", "sign-in", "403", "403", "200"},
      {"admin/users/new", "sign-in", "403", "403", "200"},
    };
    List<String> wrong = new ArrayList<>();
    for (String[] page : pages) {
      check(wrong, anonymous, "anonymous", page[0], page[1]);
      check(wrong, contributor, "contributor", page[0], page[2]);
      check(wrong, curator, "curator", page[0], page[3]);
      check(wrong, admin, "admin", page[0], page[4]);
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static void check(
      List<String> wrong, WebSession who, String role, String path, String expected) {
    HttpResponse<String> response = who.get(path);
    boolean ok =
        expected.equals("sign-in")
            ? response.statusCode() / 100 == 3
                && response.headers().firstValue("Location").orElse("").contains("/sign-in")
            : Integer.toString(response.statusCode()).equals(expected);
    if (!ok) {
      wrong.add(
          "GET /"
              + path
              + " as "
              + role
              + ": expected "
              + expected
              + ", got "
              + response.statusCode());
    }
  }

  @Test
  void onlyAdministratorsRebuildTheSearchIndexAndTheDashboardShowsItsState() {
    assertEquals(403, curator.submit("admin", "admin/search-index/rebuild", Map.of()).statusCode());
    assertFalse(curator.get("admin").body().contains("Rebuild the search index"));
    HttpResponse<String> rebuilt = admin.submit("admin", "admin/search-index/rebuild", Map.of());
    assertEquals(303, rebuilt.statusCode(), rebuilt.body());
    String dashboard = admin.get("admin?done=rebuild").body();
    assertTrue(dashboard.contains("The index is being rebuilt"), dashboard);
    assertTrue(dashboard.contains("Search index of this instance"));
    HttpResponse<String> progress = admin.get("admin/search-index/progress");
    assertEquals(200, progress.statusCode(), progress.body());
    assertTrue(
        progress.body().matches("\\{.*\"total\":\\d+.*\"finished\":(true|false).*}"),
        progress.body());
    assertEquals(403, curator.get("admin/search-index/progress").statusCode());
  }

  @Test
  void contributorsDraftButOnlyCuratorsPublishTrashAndOnlyAdminsPurge() {
    String draft = createSummit(contributor, "Contributor's draft summit");
    assertEquals(
        403,
        contributor.submit(draft, draft + "/publish", Map.of()).statusCode(),
        "contributors cannot publish");
    assertTrue(status(draft).contains("Draft"), "the refused request changed nothing");
    assertEquals(
        403,
        contributor.submit(draft, draft + "/trash", Map.of()).statusCode(),
        "contributors cannot delete");
    HttpResponse<String> stranger = anonymous.postRaw(draft + "/publish", Map.of());
    assertEquals(3, stranger.statusCode() / 100, "anonymous is sent to sign in");
    assertTrue(stranger.headers().firstValue("Location").orElse("").contains("/sign-in"));
    assertTrue(status(draft).contains("Draft"));

    assertEquals(303, curator.submit(draft, draft + "/publish", Map.of()).statusCode());
    assertTrue(status(draft).contains("Published"));
    HttpResponse<String> editPublished =
        contributor.submit(
            draft, draft, Map.of("title", "Renamed by a contributor", "version", version(draft)));
    assertEquals(403, editPublished.statusCode(), "contributors edit drafts only");
    assertTrue(admin.get(draft).body().contains("Contributor&#39;s draft summit"));

    assertEquals(303, curator.submit(draft, draft + "/trash", Map.of()).statusCode());
    String id = draft.substring(draft.lastIndexOf('/') + 1);
    assertEquals(
        403, curator.get("admin/trash/summits/" + id + "/purge").statusCode(), "only admins purge");
    assertEquals(
        403,
        curator
            .submit("admin/trash", "admin/trash/summits/" + id + "/purge", Map.of())
            .statusCode());
    assertTrue(
        admin.get("admin/trash").body().contains("Contributor&#39;s draft summit"),
        "still in the trash");
    HttpResponse<String> confirm = admin.get("admin/trash/summits/" + id + "/purge");
    assertTrue(confirm.body().contains("cannot be undone"), "purging asks for confirmation first");
    assertEquals(
        303,
        admin
            .submit(
                "admin/trash/summits/" + id + "/purge",
                "admin/trash/summits/" + id + "/purge",
                Map.of())
            .statusCode());
    assertEquals(404, admin.get(draft).statusCode(), "purged for good");
  }

  @Test
  void aSummitWithoutASourceIsRefusedPublishingUntilItCitesOne() {
    HttpResponse<String> created =
        curator.submit(
            "admin/summits/new", "admin/summits/new", Map.of("title", "Unsourced summit"));
    assertEquals(303, created.statusCode(), created.body());
    String edit = WebSession.editPath(created);
    HttpResponse<String> refused = curator.submit(edit, edit + "/publish", Map.of());
    assertEquals(200, refused.statusCode(), "the form again, with the reason");
    String page = WebSession.unescape(refused.body());
    assertTrue(
        page.contains("Cite at least one source before publishing this summit"), refused.body());
    assertTrue(page.contains("href=\"#field-sources\""), "the error summary leads to the sources");
    assertTrue(inputValue(refused.body(), "title").equals("Unsourced summit"), "the form is kept");
    assertTrue(status(edit).contains("Draft"), "nothing published");
    assertEquals(404, anonymous.get("summits/unsourced-summit").statusCode());

    assertEquals(
        303,
        curator
            .submit(
                edit,
                edit,
                Map.of(
                    "title",
                    "Unsourced summit",
                    "slug",
                    "unsourced-summit",
                    "source",
                    aSource(),
                    "version",
                    version(edit)))
            .statusCode());
    assertEquals(303, curator.submit(edit, edit + "/publish", Map.of()).statusCode());
    assertTrue(status(edit).contains("Published"));
    assertEquals(200, anonymous.get("summits/unsourced-summit").statusCode());
  }

  @Test
  void everyKindOfTrashedEntryWaitsOnTheOneTrashPageToBeRestoredOrPurged() {
    String person = publishedPerson("Trashed Ko Yong", "trashed-ko-yong");
    HttpResponse<String> created =
        curator.submit(
            "admin/sources/new", "admin/sources/new", Map.of("title", "Trashed bulletin"));
    assertEquals(303, created.statusCode(), created.body());
    String source = WebSession.editPath(created);
    created =
        curator.submit(
            "admin/countries/new",
            "admin/countries/new",
            Map.of("code", "QT", "name", "Trashland"));
    assertEquals(303, created.statusCode(), created.body());
    String country = WebSession.editPath(created);
    String summit = createSummit(curator, "Trashed summit of Qt");
    for (String edit : List.of(person, source, country, summit)) {
      assertEquals(303, curator.submit(edit, edit + "/trash", Map.of()).statusCode(), edit);
    }

    String all = WebSession.unescape(contributor.get("admin/trash").body());
    for (String title :
        List.of("Trashed Ko Yong", "Trashed bulletin", "Trashland", "Trashed summit of Qt")) {
      assertTrue(all.contains(title), title + " is in the one trash: " + all);
    }
    assertTrue(all.contains("<td>Person</td>") && all.contains("<td>Source</td>"));
    assertFalse(all.contains("/restore\""), "contributors do not restore");
    String people = curator.get("admin/trash?type=people").body();
    assertTrue(people.contains("Trashed Ko Yong"));
    assertFalse(people.contains("Trashed bulletin"), "only people when asked for people");
    HttpResponse<String> old = curator.get("admin/sources/trash");
    assertEquals(303, old.statusCode(), "the sources' trash is the one trash's sources");
    assertTrue(
        old.headers().firstValue("Location").orElse("").endsWith("admin/trash?type=sources"));

    assertEquals(
        303, curator.submit("admin/trash?type=people", person + "/restore", Map.of()).statusCode());
    assertFalse(curator.get("admin/trash?type=people").body().contains("Trashed Ko Yong"));
    assertTrue(status(person).contains("Published"), "back as it was");

    String confirm = admin.get(source + "/purge").body();
    assertTrue(confirm.contains("cannot be undone"), "a purge is confirmed first: " + confirm);
    HttpResponse<String> purged = admin.submit(source + "/purge", source + "/purge", Map.of());
    assertEquals(303, purged.statusCode());
    assertTrue(
        purged.headers().firstValue("Location").orElse("").contains("admin/trash?type=sources"));
    assertFalse(admin.get("admin/trash").body().contains("Trashed bulletin"), "gone for good");
    assertEquals(200, curator.get("admin/trash?type=nonsense&page=99").statusCode());
  }

  @Test
  void theDashboardListsEachKindsNewestDraftsLinkedToTheirFormsUntilTheyAreTrashed() {
    HttpResponse<String> created =
        contributor.submit(
            "admin/sources/new", "admin/sources/new", Map.of("title", "Waiting bulletin"));
    assertEquals(303, created.statusCode(), created.body());
    String source = WebSession.editPath(created);
    created =
        contributor.submit(
            "admin/stories/new",
            "admin/stories/new",
            Map.of("title", "Waiting story", "body", "Not told yet."));
    assertEquals(303, created.statusCode(), created.body());
    String story = WebSession.editPath(created);
    String summit = createSummit(contributor, "Waiting summit of Qd");

    String drafts = draftsWaiting(contributor.get("admin").body());
    for (String[] draft :
        List.of(
            new String[] {source, "Waiting bulletin"},
            new String[] {story, "Waiting story"},
            new String[] {summit, "Waiting summit of Qd"})) {
      assertTrue(
          drafts.contains(draft[0] + "\">" + draft[1] + "</a>"),
          draft[1] + " is listed with a link to its form: " + drafts);
    }

    assertEquals(303, curator.submit(story, story + "/trash", Map.of()).statusCode());
    assertEquals(303, curator.submit(source, source + "/publish", Map.of()).statusCode());
    String after = draftsWaiting(contributor.get("admin").body());
    assertFalse(after.contains("Waiting story"), "a trashed draft waits in the trash instead");
    assertFalse(after.contains("Waiting bulletin"), "a published source is no draft");
    assertTrue(after.contains("Waiting summit of Qd"));
  }

  @Test
  void backOfficeListsSortAsEachKindExpectsAndAsAskedAndSearchWithinIt() {
    publishedPerson("Zed Sortcheck", "zed-sortcheck");
    publishedPerson("Abe Sortcheck", "abe-sortcheck");
    for (String title : List.of("Sortcheck older bulletin", "Sortcheck newer bulletin")) {
      assertEquals(
          303,
          curator
              .submit("admin/sources/new", "admin/sources/new", Map.of("title", title))
              .statusCode());
    }

    assertInOrder(contributor.get("admin/people?q=sortcheck").body(), "Abe", "Zed");
    assertInOrder(contributor.get("admin/people?q=sortcheck&sort=-name").body(), "Zed", "Abe");
    assertInOrder(
        contributor.get("admin/sources?q=sortcheck").body(), "Sortcheck newer", "Sortcheck older");
    assertInOrder(
        contributor.get("admin/sources?q=sortcheck&sort=-title").body(),
        "Sortcheck older",
        "Sortcheck newer");
    HttpResponse<String> odd = contributor.get("admin/sources?q=sortcheck&sort=nonsense&page=x");
    assertEquals(200, odd.statusCode(), "an unknown sort or page is the list's own");
    assertInOrder(odd.body(), "Sortcheck newer", "Sortcheck older");
    assertFalse(
        contributor.get("admin/people?q=sortcheck").body().contains("Sortcheck newer"),
        "each kind lists its own entries");
  }

  private static void assertInOrder(String page, String first, String second) {
    int one = page.indexOf(first);
    int two = page.indexOf(second);
    assertTrue(one >= 0 && two >= 0, first + " and " + second + " are listed: " + page);
    assertTrue(one < two, first + " comes before " + second);
  }

  /** The dashboard's "Drafts waiting" section (its recent changes name trashed entries too). */
  private static String draftsWaiting(String dashboard) {
    String page = WebSession.unescape(dashboard);
    return page.substring(
        page.indexOf("id=\"drafts-heading\""), page.indexOf("id=\"recent-heading\""));
  }

  @Test
  void curatorRestoresManyPeopleAtOnceFromTheOneTrash() {
    String first = publishedPerson("Bulk trashed Ri Il", "bulk-trashed-ri-il");
    String second = publishedPerson("Bulk trashed Ri Du", "bulk-trashed-ri-du");
    for (String edit : List.of(first, second)) {
      assertEquals(303, curator.submit(edit, edit + "/trash", Map.of()).statusCode(), edit);
    }
    String mixed = curator.get("admin/trash").body();
    assertFalse(mixed.contains("id=\"bulk\""), "kinds are restored in bulk one at a time");
    String people = curator.get("admin/trash?type=people").body();
    assertTrue(people.contains("id=\"bulk\""), people);
    assertEquals(List.of(), HtmlChecker.errors(people), "the trash with its bulk form is valid");
    assertFalse(
        contributor.get("admin/trash?type=people").body().contains("id=\"bulk\""),
        "contributors do not restore");
    HttpResponse<String> asked =
        curator.submitAll(
            "admin/trash?type=people",
            "admin/bulk/people",
            List.of(
                Map.entry("action", "restore"),
                Map.entry("from", "trash"),
                Map.entry("id", first.substring(first.lastIndexOf('/') + 1)),
                Map.entry("id", second.substring(second.lastIndexOf('/') + 1))));
    assertEquals(303, asked.statusCode(), asked.body());
    String job = asked.headers().firstValue("Location").orElseThrow();
    job = job.substring(job.indexOf("admin/bulk/jobs/"));
    assertEquals(303, curator.submit(job, job + "/start", Map.of()).statusCode());
    assertTrue(curator.get(job).body().contains("2 entries changed."));
    String after = curator.get("admin/trash?type=people").body();
    assertFalse(after.contains("Bulk trashed Ri"), after);
    assertTrue(status(first).contains("Published") && status(second).contains("Published"));
  }

  @Test
  void anAdministratorPurgesATrashedPhotoAndItsFileGoesWithIt() throws Exception {
    String summit = createSummit(curator, "Summit of the purged photo");
    byte[] jpeg = jpeg();
    String photo = uploadedPhoto(summit, jpeg);
    String sha = PhotoStore.sha256(jpeg);
    assertEquals(200, admin.getBytes("admin/files/" + sha).statusCode());

    assertEquals(303, curator.submit(photo, photo + "/trash", Map.of()).statusCode());
    String trash = admin.get("admin/trash?type=photos").body();
    assertTrue(trash.contains("href=\"/" + photo + "/purge\""), "purged from the one trash");
    assertEquals(403, curator.get(photo + "/purge").statusCode(), "only admins purge");
    String confirm = admin.get(photo + "/purge").body();
    assertTrue(confirm.contains("cannot be undone"), confirm);
    assertEquals(List.of(), HtmlChecker.errors(confirm), "the confirmation is valid HTML");
    HttpResponse<String> purged = admin.submit(photo + "/purge", photo + "/purge", Map.of());
    assertEquals(303, purged.statusCode(), purged.body());
    assertTrue(
        purged.headers().firstValue("Location").orElse("").contains("admin/trash?type=photos"));
    assertEquals(404, admin.get(photo).statusCode(), "the record is gone");
    assertEquals(404, admin.getBytes("admin/files/" + sha).statusCode(), "and its file");
    assertFalse(curator.get(summit).body().contains(photo + "\""), "and its place in the gallery");
  }

  /** Uploads {@code jpeg} to the summit's gallery; the photo's editor address. */
  private static String uploadedPhoto(String summit, byte[] jpeg) {
    HttpResponse<String> uploaded =
        curator.upload(
            summit,
            summit + "/photos",
            List.of(new WebSession.FilePart("photos", "photo.jpg", "image/jpeg", jpeg)),
            true);
    assertTrue(uploaded.body().contains("1 photo stored"), uploaded.body());
    Matcher link = Pattern.compile("/(admin/photos/\\d+)\"").matcher(curator.get(summit).body());
    assertTrue(link.find(), "the summit's gallery shows the photo");
    return link.group(1);
  }

  /** A real JPEG of noise, so that no other photo has its digest. */
  private static byte[] jpeg() throws java.io.IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(0xffffff));
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  @Test
  void anotherGalleryForAPhotoIsFoundBySearchingAndNothingIsPreselected() throws Exception {
    HttpResponse<String> created =
        curator.submit(
            "admin/gifts/new",
            "admin/gifts/new",
            Map.of("title", "Zygote lacquer box of the picker test"));
    assertEquals(303, created.statusCode(), created.body());
    String gift = WebSession.editPath(created);
    String photo = uploadedPhoto(createSummit(curator, "Summit of the picked photo"), jpeg());

    String page = curator.get(photo).body();
    assertFalse(page.contains("name=\"target\""), "no capped list of every gallery");
    assertTrue(page.contains("id=\"field-gallery\""), page);
    String found = curator.get(photo + "?gallery=zygote+lacquer").body();
    assertEquals(List.of(), HtmlChecker.errors(found), "the results are valid HTML");
    assertTrue(found.contains("Gift: Zygote lacquer box of the picker test"), found);
    assertFalse(found.contains(" checked"), "nothing is chosen for the curator");
    Matcher value =
        Pattern.compile("name=\"target\" id=\"[^\"]+\" value=\"(gift:[^\"]+)\"").matcher(found);
    assertTrue(value.find(), found);
    String none = curator.get(photo + "?gallery=no+such+gallery+anywhere").body();
    assertTrue(none.contains("No summit or gift matches"), none);

    HttpResponse<String> unchosen =
        curator.submit(
            photo + "?gallery=zygote", photo + "/galleries", Map.of("gallery", "zygote"));
    assertEquals(200, unchosen.statusCode());
    assertTrue(
        unchosen.body().contains("Choose the summit or gift to add the photo to."),
        unchosen.body());
    assertTrue(unchosen.body().contains("Gift: Zygote lacquer box"), "the search is kept");

    HttpResponse<String> added =
        curator.submit(
            photo + "?gallery=zygote",
            photo + "/galleries",
            Map.of("target", value.group(1), "gallery", "zygote"));
    assertEquals(303, added.statusCode(), added.body());
    assertTrue(added.headers().firstValue("Location").orElse("").contains(gift), gift);
    assertTrue(curator.get(gift).body().contains(photo), "the photo is in the gift's gallery");
    assertTrue(
        curator
            .get(photo)
            .body()
            .contains("value=\"gift:" + gift.substring(gift.lastIndexOf('/') + 1) + "\""),
        "a tag of the photo offers the gifts of its galleries, not the first 1,000 of all");
  }

  @Test
  void aCitationsPageQuotationAndDayReadAreKeptAndShownAndTheFutureIsRefused() {
    String source = aSource();
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("title", "Cited celadon bowl");
    typed.put("slug", "cited-celadon-bowl");
    typed.put("source", source);
    typed.put("citeFor", source);
    typed.put("citePage", "p. 7");
    typed.put("citeQuote", "a bowl of pale green celadon");
    typed.put("citeNote", "caption of the second photo");
    typed.put("citeAccessed", "2999-01-01");
    HttpResponse<String> refused = curator.submit("admin/gifts/new", "admin/gifts/new", typed);
    assertEquals(200, refused.statusCode(), "the form again");
    String form = WebSession.unescape(refused.body());
    assertTrue(form.contains("cannot be in the future (2999-01-01)"), refused.body());
    assertTrue(form.contains("value=\"p. 7\""), "what was typed is kept");
    assertTrue(form.contains("value=\"2999-01-01\""));

    typed.put("citeAccessed", "2024-06-21");
    HttpResponse<String> created = curator.submit("admin/gifts/new", "admin/gifts/new", typed);
    assertEquals(303, created.statusCode(), created.body());
    String edit = WebSession.editPath(created);
    String again = WebSession.unescape(curator.get(edit).body());
    assertTrue(again.contains("value=\"p. 7\"") && again.contains("value=\"2024-06-21\""));
    assertTrue(again.contains(">a bowl of pale green celadon</textarea>"));
    assertEquals(303, curator.submit(edit, edit + "/publish", Map.of()).statusCode());

    String page = WebSession.unescape(anonymous.get("gifts/cited-celadon-bowl").body());
    assertTrue(page.contains("<span class=\"citation__page\""), page);
    assertTrue(page.contains(">p. 7</span>."), "the page after the title, then the stop");
    assertTrue(page.contains(">a bowl of pale green celadon</q>"));
    assertTrue(page.contains("Read online on <time datetime=\"2024-06-21\">21 June 2024</time>."));
    assertFalse(page.contains(" ,"), "no space before a comma");

    Map<String, String> moved = new LinkedHashMap<>(typed);
    moved.put("citePage", "p. 8");
    moved.put("version", version(edit));
    assertEquals(303, curator.submit(edit, edit, moved).statusCode());
    String diff = WebSession.unescape(curator.get(edit + "/diff").body());
    assertTrue(diff.contains("Citation details"), "the change of page is a change: " + diff);
    assertTrue(diff.contains("p. 7") && diff.contains("p. 8"));
  }

  @Test
  void visitorsGetCachedPagesThatFollowEveryChange() {
    HttpResponse<String> first = new WebSession(app).get("summits");
    assertEquals(
        List.of(),
        first.headers().allValues("Set-Cookie"),
        "a visitor's first page opens no session");
    HttpResponse<String> again = awaitHit("summits");
    assertEquals(200, again.statusCode());
    assertEquals("hit", again.headers().firstValue("X-Cache").orElse(""), "served again");
    assertEquals(first.body(), again.body());
    assertTrue(
        curator.get("summits").headers().firstValue("X-Cache").isEmpty(),
        "signed-in users get pages rendered for them");

    String edit = createSummit(curator, "Cache Test Summit");
    assertEquals(404, anonymous.get("summits/cache-test-summit").statusCode(), "a draft");
    assertEquals(303, curator.submit(edit, edit + "/publish", Map.of()).statusCode());
    HttpResponse<String> published = anonymous.get("summits/cache-test-summit");
    assertEquals(200, published.statusCode(), "shown as soon as it is published");
    assertEquals("miss", published.headers().firstValue("X-Cache").orElse(""));
    HttpResponse<String> cached = awaitHit("summits/cache-test-summit");
    assertEquals("hit", cached.headers().firstValue("X-Cache").orElse(""));
    assertTrue(
        cached.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        "served again as it was first sent");
    // The lists come from the search index, which takes a change in within seconds.
    awaitAnonymous("summits", page -> page.contains("Cache Test Summit"), "listed");

    assertEquals(
        303,
        curator
            .submit(
                edit,
                edit,
                Map.of(
                    "title",
                    "Renamed Cache Summit",
                    "slug",
                    "cache-test-summit",
                    "version",
                    version(edit)))
            .statusCode());
    assertTrue(
        anonymous.get("summits/cache-test-summit").body().contains("Renamed Cache Summit"),
        "the cached page gives way to the edit at once");
    awaitAnonymous(
        "summits",
        page -> page.contains("Renamed Cache Summit") && !page.contains("Cache Test Summit"),
        "listed under the new name");

    assertEquals(303, curator.submit(edit, edit + "/trash", Map.of()).statusCode());
    HttpResponse<String> trashed = anonymous.get("summits/cache-test-summit");
    assertEquals(410, trashed.statusCode(), "trashed: gone, not kept by the page cache");
    assertTrue(trashed.body().contains("Renamed Cache Summit"), "a tombstone with its last title");
    awaitAnonymous("summits", page -> !page.contains("Renamed Cache Summit"), "no longer listed");
  }

  @Test
  void aGiftsCardOnEveryPageFollowsEditsOfTheGiftAndOfItsGiver() {
    // Cards are drawn once per archive state and placed in every page showing the gift.
    HttpResponse<String> person =
        curator.submit(
            "admin/people/new",
            "admin/people/new",
            Map.of("name", "Ri Chol Min", "slug", "ri-chol-min", "country", "KP"));
    assertEquals(303, person.statusCode(), person.body());
    String giverEdit = WebSession.editPath(person);
    assertEquals(303, curator.submit(giverEdit, giverEdit + "/publish", Map.of()).statusCode());
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("title", "Carved ginseng box");
    typed.put("giver", "ri-chol-min");
    typed.put("giverCountry", "KP");
    typed.put("recipient", "vladimir-putin");
    typed.put("recipientCountry", "RU");
    typed.put("summit", "putin-kim-summit-pyongyang-2024");
    typed.put("date", "2024-06-19");
    typed.put("source", aSource());
    HttpResponse<String> created = curator.submit("admin/gifts/new", "admin/gifts/new", typed);
    assertEquals(303, created.statusCode(), created.body());
    String edit = WebSession.editPath(created);
    assertEquals(303, curator.submit(edit, edit + "/publish", Map.of()).statusCode());
    String summit = "summits/putin-kim-summit-pyongyang-2024";
    String card = anonymous.get(summit).body();
    assertTrue(card.contains("Carved ginseng box") && card.contains("Ri Chol Min"), card);
    assertTrue(anonymous.get("people/vladimir-putin").body().contains("Carved ginseng box"));
    String giftPage = giftPath(card, "carved-ginseng");
    assertTrue(anonymous.get(giftPage).body().contains("Carved ginseng box"), giftPage);

    Map<String, String> renamed = new LinkedHashMap<>(typed);
    renamed.put("title", "Carved ginseng casket");
    renamed.put("version", version(edit));
    assertEquals(303, curator.submit(edit, edit, renamed).statusCode());
    String afterTitle = anonymous.get(summit).body();
    assertTrue(afterTitle.contains("Carved ginseng casket"), "the card follows the gift's edit");
    assertFalse(afterTitle.contains("Carved ginseng box"));
    assertTrue(anonymous.get("people/vladimir-putin").body().contains("Carved ginseng casket"));
    // What the gift's own page read is kept per archive state; the edit moves the state on.
    String renamedPage = anonymous.get(giftPath(afterTitle, "carved-ginseng")).body();
    assertTrue(renamedPage.contains("Carved ginseng casket"), "the gift's page follows its edit");
    assertFalse(renamedPage.contains("Carved ginseng box"));

    assertEquals(
        303,
        curator
            .submit(
                giverEdit,
                giverEdit,
                Map.of(
                    "name",
                    "Ri Chol-min",
                    "slug",
                    "ri-chol-min",
                    "country",
                    "KP",
                    "version",
                    version(giverEdit)))
            .statusCode());
    String afterGiver = anonymous.get(summit).body();
    assertTrue(afterGiver.contains("Ri Chol-min"), "the card follows its giver's edit");
    assertFalse(afterGiver.contains("Ri Chol Min"));
  }

  @Test
  void curatorPublishesStoriesInBulkAndTheSummaryNamesTheOneRefused() {
    String ready = story("Bulk story kept", "bulk-story-kept");
    String gone = story("Bulk story purged meanwhile", "bulk-story-purged");
    String readyId = ready.substring(ready.lastIndexOf('/') + 1);
    String goneId = gone.substring(gone.lastIndexOf('/') + 1);
    String list = curator.get("admin/stories").body();
    assertTrue(list.contains("name=\"id\" form=\"bulk\" value=\"" + readyId + "\""), list);
    assertEquals(List.of(), HtmlChecker.errors(list), "the list with its bulk form is valid HTML");

    HttpResponse<String> asked =
        curator.submitAll(
            "admin/stories",
            "admin/bulk/stories",
            List.of(
                Map.entry("action", "publish"),
                Map.entry("from", "list"),
                Map.entry("id", readyId),
                Map.entry("id", goneId)));
    assertEquals(303, asked.statusCode(), asked.body());
    String job = asked.headers().firstValue("Location").orElseThrow();
    job = job.substring(job.indexOf("admin/bulk/jobs/"));
    String confirm = curator.get(job).body();
    assertTrue(confirm.contains("2 entries will be published."), confirm);
    assertEquals(List.of(), HtmlChecker.errors(confirm), "the confirmation is valid HTML");
    assertEquals(404, anonymous.get("stories/bulk-story-kept").statusCode(), "nothing yet");
    assertEquals(403, contributor.get(job).statusCode());
    assertEquals(403, curator.postRaw(job + "/start", Map.of()).statusCode(), "no CSRF token");

    // Between the confirmation page and the click, an admin deletes one of them for good.
    assertEquals(303, admin.submit(gone, gone + "/trash", Map.of()).statusCode());
    assertEquals(303, admin.submit(gone + "/purge", gone + "/purge", Map.of()).statusCode());

    HttpResponse<String> started = curator.submit(job, job + "/start", Map.of());
    assertEquals(303, started.statusCode(), started.body());
    String summary = curator.get(job).body();
    assertTrue(summary.contains("1 entry changed."), summary);
    assertTrue(summary.contains("1 entry was refused:"), summary);
    assertTrue(summary.contains("#" + goneId), summary);
    assertTrue(summary.contains("The entry no longer exists."), summary);
    assertEquals(List.of(), HtmlChecker.errors(summary), "the summary is valid HTML");
    String progress = curator.get(job + "/progress").body();
    assertTrue(progress.contains("\"done\":2"), progress);
    assertTrue(progress.contains("\"finished\":true"), progress);
    assertEquals(200, anonymous.get("stories/bulk-story-kept").statusCode());
    String history = curator.get(ready + "/history").body();
    assertTrue(history.contains("Published"), history);

    HttpResponse<String> again = curator.submit(job, job + "/start", Map.of());
    assertEquals(303, again.statusCode(), "a second click runs nothing twice");
    assertTrue(curator.get(job).body().contains("1 entry changed."));
    assertEquals(
        1,
        Pattern.compile(">Published<")
            .matcher(curator.get(ready + "/history").body())
            .results()
            .count(),
        "one journal row for the one change");
  }

  @Test
  void curatorUnpublishesMoreThanTwoHundredStoriesInTheBackgroundBehindAProgressBar()
      throws InterruptedException {
    for (int n = 1; n <= 201; n++) {
      HttpResponse<String> created =
          curator.submit(
              "admin/stories/new",
              "admin/stories/new",
              Map.of("title", "Bulkrun story " + n, "body", "Told " + n + " times."));
      assertEquals(303, created.statusCode(), created.body());
      String story = WebSession.editPath(created);
      assertEquals(303, curator.submit(story, story + "/publish", Map.of()).statusCode());
    }
    HttpResponse<String> asked =
        curator.submit(
            "admin/stories?q=bulkrun",
            "admin/bulk/stories",
            Map.of("action", "unpublish", "all", "all", "q", "bulkrun", "from", "list"));
    assertEquals(303, asked.statusCode(), asked.body());
    String job = asked.headers().firstValue("Location").orElseThrow();
    job = job.substring(job.indexOf("admin/bulk/jobs/"));
    String confirm = curator.get(job).body();
    assertTrue(confirm.contains("201 entries will be unpublished."), confirm);
    assertTrue(confirm.contains("goes on in the background"), confirm);
    assertEquals(303, curator.submit(job, job + "/start", Map.of()).statusCode());
    String page = curator.get(job).body();
    assertTrue(page.contains("<progress id=\"bulk-progress\""), page);
    assertEquals(List.of(), HtmlChecker.errors(page), "the progress page is valid HTML");
    for (int wait = 0; wait < 120 && !page.contains("id=\"changed\""); wait++) {
      assertTrue(
          page.contains("http-equiv=\"refresh\"") && page.contains("data-progress-url"),
          "while it runs the page refreshes itself, and its script can follow it: " + page);
      Thread.sleep(500);
      page = curator.get(job).body();
    }
    assertTrue(page.contains("201 entries changed."), page);
    assertFalse(page.contains("http-equiv=\"refresh\""), "done: no more refreshing");
    assertEquals(
        410,
        anonymous.get("stories/bulkrun-story-201").statusCode(),
        "an unpublished story is withdrawn: its address says it is gone");
  }

  @Test
  void curatorFilesEveryGiftMatchingASearchUnderACategoryAndRefusesAnEmptyChoice() {
    List<String> made = new ArrayList<>();
    for (String title : List.of("Quillwork bulkfile box", "Quillwork bulkfile fan")) {
      HttpResponse<String> created =
          curator.submit("admin/gifts/new", "admin/gifts/new", Map.of("title", title));
      assertEquals(303, created.statusCode(), created.body());
      made.add(WebSession.editPath(created));
    }
    String list = curator.get("admin/gifts?q=bulkfile").body();
    assertTrue(list.contains("All 2 entries that match this list"), list);
    assertEquals(List.of(), HtmlChecker.errors(list), "the gifts list with its bulk form");

    HttpResponse<String> noCategory =
        curator.submit(
            "admin/gifts?q=bulkfile",
            "admin/bulk/gifts",
            Map.of("action", "category", "all", "all", "q", "bulkfile", "category", ""));
    assertEquals(400, noCategory.statusCode());
    assertTrue(noCategory.body().contains("Choose the category to set."), noCategory.body());

    HttpResponse<String> asked =
        curator.submit(
            "admin/gifts?q=bulkfile",
            "admin/bulk/gifts",
            Map.of("action", "category", "all", "all", "q", "bulkfile", "category", "vehicle"));
    assertEquals(303, asked.statusCode(), asked.body());
    String job = asked.headers().firstValue("Location").orElseThrow();
    job = job.substring(job.indexOf("admin/bulk/jobs/"));
    assertTrue(
        curator.get(job).body().contains("2 gifts will be filed under “Vehicle”."),
        curator.get(job).body());
    assertEquals(303, curator.submit(job, job + "/start", Map.of()).statusCode());
    String summary = curator.get(job).body();
    assertTrue(summary.contains("2 entries changed."), summary);
    assertTrue(summary.contains("No entry was refused."), summary);
    for (String gift : made) {
      assertTrue(curator.get(gift).body().contains("value=\"vehicle\" selected"), gift);
      assertTrue(curator.get(gift + "/history").body().contains("Edited"), gift);
    }
  }

  private static String story(String title, String slug) {
    HttpResponse<String> created =
        curator.submit(
            "admin/stories/new",
            "admin/stories/new",
            Map.of("title", title, "slug", slug, "lede", "", "body", "A story told in bulk."));
    assertEquals(303, created.statusCode(), created.body());
    return WebSession.editPath(created);
  }

  @Test
  void twoPeopleSaidToBeDifferentAreNoLongerProposedAsDuplicates() {
    String one = publishedPerson("Distinct Pak Chol", "distinct-pak-chol");
    String other = publishedPerson("Distinct Pak Chol", "distinct-pak-chol-2");
    String oneId = one.substring(one.lastIndexOf('/') + 1);
    String otherId = other.substring(other.lastIndexOf('/') + 1);
    String before = curator.get("admin/people/duplicates").body();
    assertTrue(before.contains("name=\"second\" value=\""), before);
    assertTrue(before.contains("Not the same person: Distinct Pak Chol and"), before);
    assertEquals(List.of(), HtmlChecker.errors(before), "the list is valid HTML");
    assertEquals(
        403,
        contributor
            .postRaw("admin/people/duplicates/distinct", Map.of("first", oneId, "second", otherId))
            .statusCode());
    HttpResponse<String> said =
        curator.submit(
            "admin/people/duplicates",
            "admin/people/duplicates/distinct",
            Map.of("first", oneId, "second", otherId));
    assertEquals(303, said.statusCode(), said.body());
    String after = curator.get("admin/people/duplicates?done=distinct").body();
    assertTrue(after.contains("no longer proposed"), after);
    assertFalse(after.contains("Distinct Pak Chol"), "the pair is not proposed again: " + after);
    assertEquals(
        400,
        curator
            .submit(
                "admin/people/duplicates",
                "admin/people/duplicates/distinct",
                Map.of("first", oneId, "second", oneId))
            .statusCode(),
        "one person is not two");
    assertTrue(status(one).contains("Published") && status(other).contains("Published"));
  }

  @Test
  void curatorMergesADuplicatePersonAndTheirGiftsAddressAndHistoryFollow() {
    String kept = publishedPerson("Kang Sun Nam", "kang-sun-nam");
    String merged = publishedPerson("H.E. Kang Sun-nam", "he-kang-sun-nam");
    String keptId = kept.substring(kept.lastIndexOf('/') + 1);
    String mergedId = merged.substring(merged.lastIndexOf('/') + 1);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("title", "Lacquered tea chest");
    typed.put("giver", "he-kang-sun-nam");
    typed.put("recipient", "vladimir-putin");
    typed.put("date", "2024-06-19");
    typed.put("source", aSource());
    HttpResponse<String> created = curator.submit("admin/gifts/new", "admin/gifts/new", typed);
    assertEquals(303, created.statusCode(), created.body());
    String gift = WebSession.editPath(created);
    assertEquals(303, curator.submit(gift, gift + "/publish", Map.of()).statusCode());

    String duplicates = curator.get("admin/people/duplicates").body();
    Matcher pair =
        Pattern.compile("href=\"/admin/people/(\\d+)/merge\\?into=(\\d+)\"").matcher(duplicates);
    boolean listed = false;
    while (pair.find()) {
      listed |= Set.of(pair.group(1), pair.group(2)).equals(Set.of(keptId, mergedId));
    }
    assertTrue(listed, "the two are listed as likely one: " + duplicates);
    assertEquals(403, contributor.get("admin/people/duplicates").statusCode());

    assertTrue(
        curator.get(merged).body().contains(merged + "/merge\""), "offered on the edit page");
    String picker = curator.get(merged + "/merge?q=kang").body();
    assertTrue(picker.contains("/" + merged + "/merge?into=" + keptId), picker);
    assertEquals(400, curator.get(merged + "/merge?into=" + mergedId).statusCode(), "not itself");
    String confirm = merged + "/merge?into=" + keptId;
    String page = curator.get(confirm).body();
    assertTrue(page.contains("1 gift (1 given, 0 received)"), page);
    assertTrue(page.contains("/people/he-kang-sun-nam will lead to the page of Kang Sun Nam"));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("into", keptId);
    fields.put("version", hidden(page, "version"));
    fields.put("intoVersion", hidden(page, "intoVersion"));
    HttpResponse<String> done = curator.submit(confirm, merged + "/merge", fields);
    assertEquals(303, done.statusCode(), done.body());
    assertTrue(done.headers().firstValue("Location").orElse("").contains(kept + "?done=merged"));
    assertEquals(
        404,
        curator.submit(kept, merged + "/merge", fields).statusCode(),
        "the merged person is gone: merging again finds nobody");

    assertEquals(404, curator.get(merged).statusCode());
    HttpResponse<String> old = anonymous.get("people/he-kang-sun-nam");
    assertEquals(301, old.statusCode(), "the old address leads on");
    assertTrue(old.headers().firstValue("Location").orElse("").endsWith("/people/kang-sun-nam"));
    String keptPage = anonymous.get("people/kang-sun-nam").body();
    assertTrue(keptPage.contains("Lacquered tea chest"), "the gift is the kept person's now");
    assertTrue(curator.get(kept).body().contains("H.E. Kang Sun-nam"), "the name is an alias");
    String history = curator.get(kept + "/history").body();
    assertTrue(history.contains("Merged another person in"), history);
    assertTrue(
        WebSession.unescape(history)
            .contains("Took in H.E. Kang Sun-nam (/people/he-kang-sun-nam): gifts 1, summits 0"));
    assertTrue(curator.get(gift).body().contains("kang-sun-nam"), "the gift names its new giver");
    awaitAnonymous(
        "people", list -> !list.contains("H.E. Kang Sun-nam"), "listing the merged person");
  }

  private static String publishedPerson(String name, String slug) {
    HttpResponse<String> person =
        curator.submit("admin/people/new", "admin/people/new", Map.of("name", name, "slug", slug));
    assertEquals(303, person.statusCode(), person.body());
    String edit = WebSession.editPath(person);
    assertEquals(303, curator.submit(edit, edit + "/publish", Map.of()).statusCode());
    return edit;
  }

  private static String hidden(String page, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"(\\d+)\"").matcher(page);
    assertTrue(m.find(), name + " in " + page);
    return m.group(1);
  }

  @Test
  void newAndRenamedCountriesAreOfferedOnTheGiftListAtOnce() {
    // The gift list's country choices are read once and kept until the archive changes.
    assertFalse(anonymous.get("gifts").body().contains("Freedonia"));
    HttpResponse<String> created =
        curator.submit(
            "admin/countries/new",
            "admin/countries/new",
            Map.of("code", "QF", "name", "Freedonia"));
    assertEquals(303, created.statusCode(), created.body());
    String edit = WebSession.editPath(created);
    assertFalse(anonymous.get("gifts").body().contains("Freedonia"), "a draft is not offered");
    assertEquals(303, curator.submit(edit, edit + "/publish", Map.of()).statusCode());
    assertTrue(
        anonymous.get("gifts").body().contains("<option value=\"qf\">Freedonia</option>"),
        "offered as soon as it is published");
    assertEquals(
        303,
        curator
            .submit(
                edit, edit, Map.of("code", "QF", "name", "Grand Fenwick", "version", version(edit)))
            .statusCode());
    String renamed = anonymous.get("gifts").body();
    assertTrue(renamed.contains(">Grand Fenwick</option>"), "renamed at once");
    assertFalse(renamed.contains("Freedonia"));
    assertEquals(303, curator.submit(edit, edit + "/trash", Map.of()).statusCode());
    assertFalse(anonymous.get("gifts").body().contains("Grand Fenwick"), "trashed");
  }

  /**
   * Asks for a page until it comes from the cache: a change, this test's or an earlier one's,
   * empties the cache again when the search index takes it in, up to two seconds later.
   */
  private static HttpResponse<String> awaitHit(String path) {
    HttpResponse<String> page = anonymous.get(path);
    for (int tries = 0;
        tries < 40 && !page.headers().firstValue("X-Cache").orElse("").equals("hit");
        tries++) {
      sleep(250);
      page = anonymous.get(path);
    }
    return page;
  }

  /** The address of the first gift linked from {@code page} whose slug starts with {@code slug}. */
  private static String giftPath(String page, String slug) {
    Matcher link =
        Pattern.compile("href=\"/(gifts/" + Pattern.quote(slug) + "[^\"]*)\"").matcher(page);
    assertTrue(link.find(), "a link to the gift " + slug);
    return link.group(1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitAnonymous(String path, Predicate<String> condition, String what) {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = anonymous.get(path).body();
      if (condition.test(body)) {
        return;
      }
      sleep(250);
    }
    fail("/" + path + " not " + what + " within 15 s:\n" + body);
  }

  @Test
  void aGiftWhoseDescriptionAloneWasEditedComparesAsThatOneChangeWithItsGiverByName() {
    HttpResponse<String> person =
        curator.submit(
            "admin/people/new",
            "admin/people/new",
            Map.of("name", "Pak Myong Ho", "slug", "pak-myong-ho", "country", "KP"));
    assertEquals(303, person.statusCode(), person.body());
    String giverEdit = WebSession.editPath(person);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("title", "Lacquered tea caddy");
    typed.put("description", "A caddy.");
    typed.put("giver", "pak-myong-ho");
    typed.put("giverCountry", "KP");
    typed.put("recipient", "vladimir-putin");
    typed.put("recipientCountry", "RU");
    typed.put("date", "2024-06-19");
    typed.put("valueAmount", "1500");
    typed.put("valueCurrency", "USD");
    typed.put("source", aSource());
    HttpResponse<String> created = curator.submit("admin/gifts/new", "admin/gifts/new", typed);
    assertEquals(303, created.statusCode(), created.body());
    String edit = WebSession.editPath(created);
    assertEquals(303, curator.submit(edit, edit + "/publish", Map.of()).statusCode());
    // The giver's address changes in between: the gift's later snapshots name the new slug.
    assertEquals(
        303,
        curator
            .submit(
                giverEdit,
                giverEdit,
                Map.of(
                    "name",
                    "Pak Myong Ho",
                    "slug",
                    "pak-myong-ho-1950",
                    "country",
                    "KP",
                    "version",
                    version(giverEdit)))
            .statusCode());

    String form = curator.get(edit).body();
    Map<String, String> again = new LinkedHashMap<>(typed);
    again.put("giver", "pak-myong-ho-1950");
    again.put("valueAmount", inputValue(form, "valueAmount"));
    again.put("description", "A caddy of red lacquer.");
    again.put("version", version(edit));
    assertEquals(303, curator.submit(edit, edit, again).statusCode());

    String history = curator.get(edit + "/history").body();
    Matcher revisions = Pattern.compile("name=\"to\" value=\"(\\d+)\"").matcher(history);
    List<String> ids = new ArrayList<>();
    while (revisions.find()) {
      ids.add(revisions.group(1));
    }
    assertEquals(3, ids.size(), "created, published, edited: " + ids);
    assertTrue(
        history.contains("<td>Description</td>"),
        "the edit is listed as changing the description alone: " + history);
    String diff =
        curator.get(edit + "/diff?from=" + ids.get(ids.size() - 1) + "&to=" + ids.get(0)).body();
    Matcher changed =
        Pattern.compile("<tr class=\"changed\">\\s*<th scope=\"row\">([^<]+)<").matcher(diff);
    List<String> changedFields = new ArrayList<>();
    while (changed.find()) {
      changedFields.add(changed.group(1));
    }
    assertEquals(
        List.of("Description"),
        changedFields,
        "the first revision against the latest: only the description changed");
    Matcher giver =
        Pattern.compile("<a href=\"[^\"]*/" + Pattern.quote(giverEdit) + "\">Pak Myong Ho</a>")
            .matcher(diff);
    int named = 0;
    while (giver.find()) {
      named++;
    }
    assertEquals(2, named, "the giver by name on both sides, linked to their page: " + diff);
    assertTrue(diff.contains(">North Korea</a>"), "the giver's country by name");
    assertFalse(diff.contains("pak-myong-ho"), "no slug where a name is known");
    assertFalse(diff.contains(">KP<"), "no country code");
  }

  @Test
  void aSummitTranslatedInTheBackOfficeIsReadInKoreanAndRussianAndFoundByEitherTranslation() {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("title", "Trilateral meeting at Panmunjom");
    typed.put("slug", "trilateral-meeting-at-panmunjom");
    typed.put("summary", "Three leaders met at the truce village.");
    typed.put("title_ko", "판문점 3자 회동");
    typed.put("text_ko", "세 정상이 정전 마을에서 만났다.");
    typed.put("title_ru", "Трёхсторонняя встреча в Пханмунджоме");
    typed.put("text_ru", "x".repeat(20001));
    typed.put("source", aSource());
    HttpResponse<String> refused = curator.submit("admin/summits/new", "admin/summits/new", typed);
    assertEquals(200, refused.statusCode(), "the form again, with the reason");
    String form = WebSession.unescape(refused.body());
    assertTrue(
        form.contains("Summary in Russian: at most 20,000 characters."), "the reason: " + form);
    assertTrue(form.contains("href=\"#field-text_ru\""), "the error summary leads to the field");
    assertEquals("판문점 3자 회동", inputValue(refused.body(), "title_ko"), "the input is kept");
    assertTrue(
        Pattern.compile("id=\"field-title_ko\"[^>]*lang=\"ko\"").matcher(form).find(),
        "each translation is typed in its own language");

    typed.remove("text_ru");
    HttpResponse<String> created = curator.submit("admin/summits/new", "admin/summits/new", typed);
    assertEquals(303, created.statusCode(), created.body());
    String edit = WebSession.editPath(created);
    assertEquals(303, curator.submit(edit, edit + "/publish", Map.of()).statusCode());

    String path = "summits/trilateral-meeting-at-panmunjom";
    PageLanguage korean = PageLanguage.of(anonymous.get("ko/" + path).body());
    assertEquals("ko", korean.around("판문점 3자 회동", "h1"), "the Korean title, read as Korean");
    assertEquals("ko", korean.around("세 정상이 정전 마을에서"), "the Korean summary");
    PageLanguage russian = PageLanguage.of(anonymous.get("ru/" + path).body());
    assertEquals(
        "ru", russian.around("Трёхсторонняя встреча", "h1"), "the Russian title, as Russian");
    assertEquals(
        "en",
        russian.around("Three leaders met at the truce village."),
        "no Russian summary: the English one, marked as English");
    String english = anonymous.get(path).body();
    assertTrue(english.contains(">Trilateral meeting at Panmunjom</h1>"), "English stays");
    assertFalse(english.contains("판문점"), "no translation on the English page");
    awaitAnonymous(
        "ko/summits", page -> page.contains(">판문점 3자 회동</a>"), "listing the Korean title");
    awaitAnonymous(
        "ko/search?q=" + java.net.URLEncoder.encode("판문점", java.nio.charset.StandardCharsets.UTF_8),
        page -> page.contains(path) && page.contains(">판문점 3자 회동</a>"),
        "finding the summit by its Korean title, and naming it so");
    awaitAnonymous(
        "search?q="
            + java.net.URLEncoder.encode("Пханмунджоме", java.nio.charset.StandardCharsets.UTF_8),
        page -> page.contains(path),
        "finding the summit by its Russian title");

    Map<String, String> again = new LinkedHashMap<>(typed);
    again.put("title_ko", "판문점 남북미 정상 회동");
    again.put("version", version(edit));
    assertEquals(303, curator.submit(edit, edit, again).statusCode());
    String history = WebSession.unescape(curator.get(edit + "/history").body());
    assertTrue(
        history.contains("<td>Title in Korean</td>"),
        "the edit is listed as changing the Korean title alone: " + history);
    awaitAnonymous("ko/" + path, page -> page.contains("판문점 남북미 정상 회동"), "showing the new title");
  }

  @Test
  void pastTheirLimitTheGiftFormsPickersSearchAndTakeANameAsTyped() {
    String form = curator.get("admin/gifts/new").body();
    assertTrue(form.contains("list=\"choices-people\""), "the giver is a field that searches");
    assertTrue(form.contains("list=\"choices-summits\""), "so is the summit");
    assertFalse(form.contains("<option value=\"vladimir-putin\""), "not a list of everyone");
    assertEquals(List.of(), HtmlChecker.errors(form), "the form is valid HTML");

    String found = curator.get("admin/pick/people?q=PUT").body();
    assertTrue(
        found.contains("{\"value\":\"vladimir-putin\",\"label\":\"Vladimir Putin\"}"), found);
    assertEquals(
        "[]", curator.get("admin/pick/people?q=").body(), "nothing typed, nothing offered");
    assertEquals("[]", curator.get("admin/pick/people?q=100%25_!").body(), "wildcards are letters");
    assertTrue(
        curator
            .get("admin/pick/summits?q=pyongyang")
            .body()
            .contains("putin-kim-summit-pyongyang-2024"));
    assertNotEquals(200, anonymous.get("admin/pick/people?q=putin").statusCode());

    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("title", "Picked by name");
    typed.put("giver", "vladimir putin");
    typed.put("recipient", "Nobody Of That Name");
    typed.put("summit", "Putin–Kim summit in Pyongyang");
    HttpResponse<String> refused = curator.submit("admin/gifts/new", "admin/gifts/new", typed);
    assertEquals(200, refused.statusCode());
    String page = WebSession.unescape(refused.body());
    assertTrue(page.contains("There is no person “Nobody Of That Name”"), page);
    assertEquals("Nobody Of That Name", inputValue(refused.body(), "recipient"), "kept as typed");
    assertEquals("vladimir putin", inputValue(refused.body(), "giver"), "kept as typed");

    typed.put("recipient", "kim-jong-un");
    HttpResponse<String> created = curator.submit("admin/gifts/new", "admin/gifts/new", typed);
    assertEquals(303, created.statusCode(), created.body());
    String edit = curator.get(WebSession.editPath(created)).body();
    assertEquals("vladimir-putin", inputValue(edit, "giver"), "the name found its person");
    assertEquals("putin-kim-summit-pyongyang-2024", inputValue(edit, "summit"), "and its summit");

    String summitForm = curator.get("admin/summits/new").body();
    assertTrue(
        summitForm.contains(
            "name=\"participant\" id=\"participant-0\" value=\"\" list=\"choices-people\""),
        "each participant is a field that searches: " + summitForm);
    assertEquals(List.of(), HtmlChecker.errors(summitForm), "the summit form is valid HTML");
    Map<String, String> summit = new LinkedHashMap<>();
    summit.put("title", "Participants typed by name");
    summit.put("participant", "KIM JONG UN");
    summit.put("role", "Host");
    HttpResponse<String> saved = curator.submit("admin/summits/new", "admin/summits/new", summit);
    assertEquals(303, saved.statusCode(), saved.body());
    assertTrue(
        curator.get(WebSession.editPath(saved)).body().contains("value=\"kim-jong-un\""),
        "the participant found by name");

    String list = curator.get("admin/gifts").body();
    assertTrue(
        list.contains("id=\"bulk-summit\" name=\"summit\" list=\"choices-bulk-summits\""),
        "the bulk form's summit searches too");
    assertEquals(List.of(), HtmlChecker.errors(list), "the gift list is valid HTML");
  }

  @Test
  void contributorsCannotPublishPeopleAndRefusedRequestsChangeNothing() {
    HttpResponse<String> created =
        contributor.submit("admin/people/new", "admin/people/new", Map.of("name", "Wang Yi"));
    assertEquals(303, created.statusCode(), created.body());
    String person = WebSession.editPath(created);
    assertEquals(403, contributor.submit(person, person + "/publish", Map.of()).statusCode());
    assertEquals(404, anonymous.get("people/wang-yi").statusCode(), "still a draft");
    assertEquals(303, curator.submit(person, person + "/publish", Map.of()).statusCode());
    assertEquals(200, anonymous.get("people/wang-yi").statusCode(), "published by a curator");
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
    HttpResponse<String> forged =
        admin.postRaw("admin/summits/new", Map.of("title", "Forged summit"));
    assertEquals(403, forged.statusCode());
    assertTrue(forged.body().contains("nothing was changed"));
    assertTrue(
        admin.get("admin/summits?q=forged").body().contains("Nothing matches this search"),
        "no summit was created");
  }

  @Test
  void aSummitsPlaceIsTypedInDegreesAndALatitudePastThePoleIsRefusedWithTheInputKept() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", "Summit at the edge of the map");
    form.put("latitude", "91");
    form.put("longitude", "125.7625");
    HttpResponse<String> refused = admin.submit("admin/summits/new", "admin/summits/new", form);
    assertEquals(200, refused.statusCode(), "the form comes back");
    String page = refused.body();
    assertTrue(
        page.contains("Latitude is between −90 (south) and 90 (north) degrees; “91” is not."),
        "the message beside the field");
    assertTrue(page.contains("name=\"latitude\" value=\"91\""), "the latitude as typed");
    assertTrue(page.contains("name=\"longitude\" value=\"125.7625\""), "the longitude as typed");
    assertTrue(page.contains("value=\"Summit at the edge of the map\""), "the title as typed");
    assertTrue(
        admin.get("admin/summits?q=edge+of+the+map").body().contains("Nothing matches this search"),
        "nothing was saved");

    form.put("latitude", "39.0392° N");
    HttpResponse<String> saved = admin.submit("admin/summits/new", "admin/summits/new", form);
    assertEquals(303, saved.statusCode());
    String edit = saved.headers().firstValue("Location").orElseThrow();
    String again = admin.get(edit.substring(edit.indexOf("admin/"))).body();
    assertTrue(again.contains("name=\"latitude\" value=\"39.0392\""), "read as decimal degrees");
  }

  @Test
  void aKoreanCuratorIsToldInKoreanThatAnAddressIsTaken() {
    WebSession korean = new WebSession(app);
    assertEquals(303, korean.signIn("carla", PASSWORD).statusCode());
    assertEquals(303, korean.get("admin/summits/new?lang=ko").statusCode(), "Korean chosen");
    HttpResponse<String> first =
        korean.submit("admin/summits/new", "admin/summits/new", Map.of("title", "Seoul talks"));
    assertEquals(303, first.statusCode());
    HttpResponse<String> second =
        korean.submit("admin/summits/new", "admin/summits/new", Map.of("title", "Busan talks"));
    assertEquals(303, second.statusCode());
    String edit = WebSession.editPath(second);
    HttpResponse<String> refused =
        korean.submit(
            edit,
            edit,
            Map.of("title", "Busan talks", "slug", "seoul-talks", "version", version(edit)));
    assertEquals(200, refused.statusCode(), "the form comes back");
    String page = refused.body();
    assertTrue(page.contains("<html lang=\"ko\""), "the form in Korean");
    assertTrue(page.contains("이 주소는 이미 다른 정상회담에서 쓰고 있습니다."), "the refusal in Korean");
    assertFalse(page.contains("already has this address"), "not in English");
  }

  @Test
  void aKoreanCuratorIsToldInKoreanWhyADateIsNotOne() {
    WebSession korean = new WebSession(app);
    assertEquals(303, korean.signIn("carla", PASSWORD).statusCode());
    assertEquals(303, korean.get("admin/summits/new?lang=ko").statusCode(), "Korean chosen");
    HttpResponse<String> refused =
        korean.submit(
            "admin/summits/new",
            "admin/summits/new",
            Map.of("title", "Talks on a day that never was", "date", "2024-02-30"));
    assertEquals(200, refused.statusCode(), "the form comes back");
    String page = refused.body();
    assertTrue(page.contains("<html lang=\"ko\""), "the form in Korean");
    assertTrue(
        page.contains("“2024-02-30”은(는) 올바른 날짜가 아닙니다. 2024년 2월은 29일까지 있습니다."),
        "the parser's explanation in Korean");
    assertFalse(page.contains("is not a valid date"), "not in English");
    assertTrue(page.contains("value=\"2024-02-30\""), "the date as typed");
  }

  @Test
  void everyNaughtyStringIsStoredAndShownExactlyAsTyped() throws Exception {
    List<String> strings = NaughtyStrings.lines();
    assertTrue(strings.size() > 400, "the list is there: " + strings.size());
    List<String> lost = new ArrayList<>();
    int n = 0;
    for (String naughty : strings) {
      n++;
      boolean usableAsTitle = !naughty.isBlank();
      Map<String, String> form = new LinkedHashMap<>();
      form.put("title", usableAsTitle ? naughty : "Naughty string " + n);
      form.put("venue", naughty);
      if (naughty.length() <= 200) {
        form.put("city", naughty);
      }
      form.put("summary", naughty);
      HttpResponse<String> saved = admin.submit("admin/summits/new", "admin/summits/new", form);
      if (saved.statusCode() != 303) {
        lost.add("#" + n + " " + naughty + " → " + saved.statusCode());
        continue;
      }
      String edit = saved.headers().firstValue("Location").orElseThrow();
      String page = admin.get(edit.substring(edit.indexOf("admin/"))).body();
      for (String field : naughty.length() <= 200 ? List.of("venue", "city") : List.of("venue")) {
        if (!naughty.equals(inputValue(page, field))) {
          lost.add(
              "#"
                  + n
                  + " "
                  + field
                  + ": typed «"
                  + naughty
                  + "» shown «"
                  + inputValue(page, field)
                  + "»");
        }
      }
      if (usableAsTitle && !naughty.equals(inputValue(page, "title"))) {
        lost.add(
            "#" + n + " title: typed «" + naughty + "» shown «" + inputValue(page, "title") + "»");
      }
      if (!page.contains(">" + escape(naughty) + "</textarea>")) {
        lost.add("#" + n + " summary not shown as typed: «" + naughty + "»");
      }
    }
    assertTrue(lost.isEmpty(), lost.size() + " strings not kept:\n" + String.join("\n", lost));
  }

  /** A summit citing the seed article, as the archive publishes only entries with a source. */
  private static String createSummit(WebSession who, String title) {
    HttpResponse<String> created =
        who.submit(
            "admin/summits/new", "admin/summits/new", Map.of("title", title, "source", aSource()));
    assertEquals(303, created.statusCode(), created.body());
    return WebSession.editPath(created);
  }

  /** The id of the first source the back office's forms offer (the seed article's publisher's). */
  private static String aSource() {
    Matcher m =
        Pattern.compile("name=\"source\" id=\"source-(\\d+)\"")
            .matcher(curator.get("admin/summits/new").body());
    assertTrue(m.find(), "the forms offer a source");
    return m.group(1);
  }

  private static String status(String edit) {
    Matcher m = Pattern.compile("class=\"status[^\"]*\">([^<]+)<").matcher(admin.get(edit).body());
    return m.find() ? m.group(1) : "";
  }

  private static String version(String edit) {
    Matcher m =
        Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(admin.get(edit).body());
    return m.find() ? m.group(1) : "";
  }

  private static String inputValue(String page, String field) {
    Matcher m =
        Pattern.compile("id=\"field-" + field + "\" name=\"" + field + "\" value=\"([^\"]*)\"")
            .matcher(page);
    return m.find() ? WebSession.unescape(m.group(1)) : null;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
