package org.summitry.stories.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.stories.boundary.StoryText.Embed;
import org.summitry.stories.boundary.StoryText.EmbedKind;
import org.summitry.stories.boundary.StoryText.Part;

class StoryTextTest {

  private static String html(String markdown) {
    List<Part> parts = StoryText.parts(markdown);
    assertEquals(1, parts.size(), "one stretch of text");
    return parts.get(0).html();
  }

  @Test
  void markdownBecomesParagraphsEmphasisListsAndLinks() {
    String html = html("Kim gave *two* dogs.\n\n- one\n- two\n\n[KCNA](https://kcna.kp/en)");
    assertTrue(html.contains("<p>Kim gave <em>two</em> dogs.</p>"), html);
    assertTrue(html.contains("<li>one</li>"), html);
    assertTrue(html.contains("href=\"https://kcna.kp/en\">KCNA</a>"), html);
  }

  @Test
  void headingsStartAtTheSecondLevelUnderTheStoryTitle() {
    String html = html("# The drive\n\n## The dogs");
    assertTrue(html.contains("<h2>The drive</h2>"), html);
    assertTrue(html.contains("<h3>The dogs</h3>"), html);
    assertFalse(html.contains("<h1"), html);
  }

  @Test
  void theTextsHighestHeadingIsOfTheSecondLevelInEveryPartAndLevelsKeepTheirOrder() {
    List<Part> parts =
        StoryText.parts("## The car\n\n{{gift:aurus}}\n\n### Its engine\n\n## The dogs");
    assertEquals(3, parts.size());
    assertTrue(parts.get(0).html().contains("<h2>The car</h2>"), parts.get(0).html());
    assertTrue(parts.get(2).html().contains("<h3>Its engine</h3>"), parts.get(2).html());
    assertTrue(parts.get(2).html().contains("<h2>The dogs</h2>"), parts.get(2).html());
  }

  @Test
  void scriptTagsAndRawHtmlAreShownAsTextNotRun() {
    String html =
        html("<script>alert(1)</script>\n\nA <img src=x onerror=alert(2)> dog <b>bold</b>");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<b>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"), html);
  }

  @Test
  void javascriptAndDataLinksKeepTheirWordsButLoseTheirAddress() {
    String html =
        html(
            "[click](javascript:alert(1)) [also](JaVaScRiPt:alert(1)) [tab](java\tscript:x)"
                + " [data](data:text/html;base64,PHNjcmlwdD4=) [ok](/gifts/dogs) [mail](mailto:a@b.c)");
    assertFalse(html.toLowerCase().contains("javascript"), html);
    assertFalse(html.contains("data:"), html);
    assertTrue(html.contains("click"), html);
    assertTrue(html.contains("href=\"/gifts/dogs\">ok</a>"), html);
    assertTrue(html.contains("href=\"mailto:a@b.c\">mail</a>"), html);
  }

  @Test
  void imagesFromElsewhereBecomeTheirDescriptionSoNoPageRequestsAnotherSite() {
    String html = html("![A limousine](https://example.org/car.jpg)");
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("example.org"), html);
    assertTrue(html.contains("A limousine"), html);
  }

  @Test
  void anEmbedOnItsOwnLineCutsTheBodyAndIsReadWithItsKindAndAddress() {
    List<Part> parts =
        StoryText.parts(
            "Before.\n\n{{gift:aurus-limousine-2024}}\n  {{ photo : 12 }}\n\nAfter.\n"
                + "{{gallery:putin-kim-pyongyang-2024}}\n{{summit:pyongyang}}");
    assertEquals(6, parts.size());
    assertTrue(parts.get(0).html().contains("Before."));
    assertNull(parts.get(0).embed());
    assertEquals(new Embed(EmbedKind.GIFT, "aurus-limousine-2024"), parts.get(1).embed());
    assertEquals(new Embed(EmbedKind.PHOTO, "12"), parts.get(2).embed());
    assertTrue(parts.get(3).html().contains("After."));
    assertEquals(new Embed(EmbedKind.GALLERY, "putin-kim-pyongyang-2024"), parts.get(4).embed());
    assertEquals(new Embed(EmbedKind.SUMMIT, "pyongyang"), parts.get(5).embed());
    assertEquals("{{gift:aurus-limousine-2024}}", parts.get(1).embed().written());
  }

  @Test
  void anEmbedInsideASentenceOrACodeBlockOrOfAnUnknownKindStaysText() {
    List<Part> parts =
        StoryText.parts(
            "See {{gift:dogs}} here.\n\n```\n{{gift:dogs}}\n```\n\n{{person:kim}}\n\n{{gift:bad slug}}");
    assertEquals(1, parts.size());
    String html = parts.get(0).html();
    assertTrue(html.contains("See {{gift:dogs}} here."), html);
    assertTrue(html.contains("<code>{{gift:dogs}}\n</code>"), html);
    assertTrue(html.contains("{{person:kim}}"), html);
    assertEquals(List.of(), StoryText.embeds("See {{gift:dogs}} here."));
  }

  @Test
  void plainTextForTheIndexLeavesOutMarkupAndEmbeds() {
    assertEquals(
        "The drive Kim drove the limousine .",
        StoryText.plain("# The drive\n\n{{gift:aurus}}\n\nKim *drove* the [limousine](/gifts/a)."));
  }
}
