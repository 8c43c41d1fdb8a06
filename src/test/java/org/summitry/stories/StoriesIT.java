package org.summitry.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.summitry.testing.Browser;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.WebSession;

/**
 * Stories on the real WAR: the demo's story is valid HTML, clean for axe and shows the gifts it
 * embeds; a curator writes a story embedding a gift, and the embed follows the gift through
 * unpublishing (gone for visitors, a notice for curators) and a change of its address.
 */
class StoriesIT {

  private static final String PASSWORD = "stories-test-password";
  private static final String DEMO_STORY =
      "stories/pyongyang-june-2024-a-limousine-for-a-pair-of-dogs";
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

  private static PayaraMicroProcess app;

  @BeforeAll
  static void start() throws Exception {
    Path data =
        Files.createDirectories(Path.of("target", "stories-" + UUID.randomUUID()).toAbsolutePath());
    app =
        PayaraMicroProcess.start(
            "stories",
            Map.of(
                "SUMMITRY_DATA_DIR",
                data.toString(),
                "SUMMITRY_PUBLISH_REQUIRES_SOURCE",
                "false",
                "SUMMITRY_ADMIN_PASSWORD",
                PASSWORD));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void theDemoStoryIsValidHtmlAndShowsTheGiftsAndPhotoItEmbeds() {
    HttpResponse<String> page = app.get(DEMO_STORY);
    assertEquals(200, page.statusCode(), page.body());
    String html = page.body();
    assertEquals(List.of(), HtmlChecker.errors(html), "the story page is valid HTML");
    assertTrue(html.contains("<h1>Pyongyang, June 2024: a limousine for a pair of dogs</h1>"));
    assertTrue(cardOf(html, "/gifts/aurus-limousine-2024"), "the limousine's card is embedded");
    assertTrue(cardOf(html, "/gifts/pungsan-dogs-for-putin-2024"), "the dogs' card is embedded");
    assertTrue(html.contains("data-lightbox"), "the embedded photo opens in the lightbox");
    assertTrue(html.contains("\"@type\":\"Article\""), "JSON-LD names the page an Article");

    HttpResponse<String> list = app.get("stories");
    assertEquals(200, list.statusCode());
    assertEquals(List.of(), HtmlChecker.errors(list.body()), "the list of stories is valid HTML");
    assertTrue(list.body().contains("href=\"/" + DEMO_STORY + "\""), list.body());
    assertTrue(app.get("feed.atom").body().contains("/" + DEMO_STORY), "the feed tells of it");
    assertTrue(app.get("sitemap.xml").body().contains("/" + DEMO_STORY), "the sitemap lists it");
    assertEquals(200, app.get("ko/" + DEMO_STORY).statusCode(), "the Korean page exists");
  }

  @Test
  void theDemoStoryIsCleanForAxe() {
    ChromeDriver visitor = Browser.start();
    try {
      visitor.get(app.uri(DEMO_STORY).toString());
      List<Rule> violations = new AxeBuilder().analyze(visitor).getViolations();
      assertEquals(
          List.of(),
          violations.stream()
              .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes())
              .toList(),
          "axe finds nothing on the story page");
    } finally {
      visitor.quit();
    }
  }

  @Test
  void anEmbedHidesAnUnpublishedGiftFromVisitorsAndFollowsAChangedAddress() {
    WebSession admin = new WebSession(app);
    assertEquals(303, admin.signIn("admin", PASSWORD).statusCode());

    HttpResponse<String> gift =
        admin.submit("admin/gifts/new", "admin/gifts/new", Map.of("title", "Celadon vase"));
    assertEquals(303, gift.statusCode(), gift.body());
    String giftEdit = WebSession.editPath(gift);
    assertEquals(303, admin.submit(giftEdit, giftEdit + "/publish", Map.of()).statusCode());

    HttpResponse<String> story =
        admin.submit(
            "admin/stories/new",
            "admin/stories/new",
            Map.of(
                "title",
                "A vase for the archive",
                "lede",
                "Celadon, given and recorded.",
                "body",
                "The vase was given in **1972**.\n\n{{gift:celadon-vase}}\n\n{{gift:no-such-gift}}\n\n"
                    + "<script>alert(1)</script>\n\nBeware [a trap](javascript:alert(2))."));
    assertEquals(303, story.statusCode(), story.body());
    String storyEdit = WebSession.editPath(story);
    assertEquals(
        404, app.get("stories/a-vase-for-the-archive").statusCode(), "a draft is not public");
    assertEquals(303, admin.submit(storyEdit, storyEdit + "/publish", Map.of()).statusCode());

    String page = app.get("stories/a-vase-for-the-archive").body();
    assertEquals(List.of(), HtmlChecker.errors(page), "the new story is valid HTML");
    assertTrue(cardOf(page, "/gifts/celadon-vase"), "visitors see the gift's card");
    assertTrue(page.contains("<strong>1972</strong>"), "the Markdown is rendered");
    assertFalse(page.contains("<script>alert"), "a script typed in the text is not run");
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "but shown as typed");
    assertFalse(page.contains("href=\"javascript:"), "a javascript: link loses its address");
    assertTrue(page.contains("Beware a trap."), "and keeps its words");
    assertFalse(page.contains("no-such-gift"), "visitors see nothing of a missing embed");
    String asCurator = admin.get("stories/a-vase-for-the-archive").body();
    assertTrue(asCurator.contains("{{gift:no-such-gift}}"), "curators see a notice in its place");

    assertEquals(303, admin.submit(giftEdit, giftEdit + "/unpublish", Map.of()).statusCode());
    page = app.get("stories/a-vase-for-the-archive").body();
    assertFalse(page.contains("Celadon vase"), "an unpublished gift is absent for visitors");
    assertTrue(
        admin.get("stories/a-vase-for-the-archive").body().contains("{{gift:celadon-vase}}"),
        "and noticed for curators");

    assertEquals(303, admin.submit(giftEdit, giftEdit + "/publish", Map.of()).statusCode());
    Map<String, String> renamed = new LinkedHashMap<>();
    renamed.put("title", "Celadon vase");
    renamed.put("slug", "celadon-vase-of-1972");
    renamed.put("version", version(admin, giftEdit));
    HttpResponse<String> saved = admin.submit(giftEdit, giftEdit, renamed);
    assertEquals(303, saved.statusCode(), saved.body());
    page = app.get("stories/a-vase-for-the-archive").body();
    assertTrue(
        cardOf(page, "/gifts/celadon-vase-of-1972"),
        "after the gift's address changed the story still shows its card, at the new address");

    Map<String, String> moved = new LinkedHashMap<>();
    moved.put("title", "A vase for the archive");
    moved.put("slug", "the-celadon-vase");
    moved.put("body", "{{gift:celadon-vase}}");
    moved.put("version", version(admin, storyEdit));
    assertEquals(303, admin.submit(storyEdit, storyEdit, moved).statusCode());
    HttpResponse<String> old = app.get("stories/a-vase-for-the-archive");
    assertEquals(301, old.statusCode(), "the story's old address redirects");
    assertTrue(
        old.headers().firstValue("Location").orElseThrow().endsWith("/stories/the-celadon-vase"));
  }

  @Test
  void aStoryWithoutTextIsRefusedWithTheInputKept() {
    WebSession admin = new WebSession(app);
    assertEquals(303, admin.signIn("admin", PASSWORD).statusCode());
    HttpResponse<String> refused =
        admin.submit(
            "admin/stories/new",
            "admin/stories/new",
            Map.of("title", "A title worth keeping", "body", " ", "slug", "Not A Slug!"));
    assertEquals(200, refused.statusCode());
    assertTrue(refused.body().contains("error-summary"), refused.body());
    assertTrue(refused.body().contains("value=\"A title worth keeping\""), "the input is kept");
    assertEquals(
        List.of(),
        HtmlChecker.errors(admin.get("admin/stories/new").body()),
        "the form is valid HTML");
    assertEquals(
        List.of(), HtmlChecker.errors(admin.get("admin/stories").body()), "the list is valid HTML");
  }

  /** Whether the page holds a gift card linking this address. */
  private static boolean cardOf(String html, String href) {
    return Pattern.compile(
            "<article class=\"card gift-card\"[^>]*>(?:(?!</article>).)*href=\""
                + Pattern.quote(href)
                + "\"",
            Pattern.DOTALL)
        .matcher(html)
        .find();
  }

  private static String version(WebSession session, String editPath) {
    Matcher version = VERSION.matcher(session.get(editPath).body());
    assertTrue(version.find(), editPath + " has a version field");
    return version.group(1);
  }
}
