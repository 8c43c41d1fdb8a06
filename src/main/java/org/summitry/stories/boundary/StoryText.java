package org.summitry.stories.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitry.stories.control.Markdown;

/**
 * A story's body as a page places it: Markdown rendered to safe HTML, cut where a line holds
 * nothing but an embed ({@code {{gift:aurus-limousine-2024}}}, {@code {{summit:slug}}}, {@code
 * {{photo:12}}}, {@code {{gallery:summit-slug}}}), so that the page draws each embedded entry with
 * its own template. An embed inside a paragraph or a code block stays text.
 */
public final class StoryText {

  /** What an embed shows: a gift's card, a summit, one photo, or a summit's gallery. */
  public enum EmbedKind {
    GIFT,
    SUMMIT,
    PHOTO,
    GALLERY;

    /** The word the syntax uses, such as "gift". */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One embed as written: what it shows and the address (or a photo's id) it names. */
  public record Embed(EmbedKind kind, String key) {

    /** The embed as the body writes it, for curators' notices. */
    public String written() {
      return "{{" + kind.word() + ":" + key + "}}";
    }
  }

  /** A stretch of the body: rendered HTML, or an embed (one of the two is null). */
  public record Part(String html, Embed embed) {}

  private static final Pattern EMBED =
      Pattern.compile(
          "^\\s{0,3}\\{\\{\\s*(gift|summit|photo|gallery)\\s*:\\s*([A-Za-z0-9-]{1,80})\\s*}}\\s*$");

  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,}).*$");

  private StoryText() {}

  /** The body cut into HTML and embeds, in order; blank stretches are left out. */
  public static List<Part> parts(String body) {
    List<Part> parts = new ArrayList<>();
    if (body == null) {
      return parts;
    }
    int top = Markdown.topHeading(body);
    StringBuilder text = new StringBuilder();
    String fence = null;
    for (String line : body.split("\\R", -1)) {
      if (fence == null) {
        Matcher opening = FENCE.matcher(line);
        if (opening.matches()) {
          fence = opening.group(1);
        }
      } else if (closes(line, fence)) {
        fence = null;
        text.append(line).append('\n');
        continue;
      }
      Matcher embed = EMBED.matcher(line);
      if (fence == null && embed.matches()) {
        flush(text, parts, top);
        parts.add(
            new Part(
                null,
                new Embed(
                    EmbedKind.valueOf(embed.group(1).toUpperCase(Locale.ROOT)), embed.group(2))));
      } else {
        text.append(line).append('\n');
      }
    }
    flush(text, parts, top);
    return parts;
  }

  /** The embeds of a body, in order. */
  public static List<Embed> embeds(String body) {
    return parts(body).stream().map(Part::embed).filter(e -> e != null).toList();
  }

  /** The body's text without Markdown or embeds, for the search index. */
  public static String plain(String body) {
    if (body == null) {
      return "";
    }
    return body.replaceAll("\\{\\{[^}]*}}", " ")
        .replaceAll("]\\([^)]*\\)", " ")
        .replaceAll("[#*_`>\\[\\]()!~|-]+", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /**
   * Whether a line closes a code block opened by {@code fence}: as long a run of its mark, alone.
   */
  private static boolean closes(String line, String fence) {
    String stripped = line.strip();
    char mark = fence.charAt(0);
    return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == mark);
  }

  private static void flush(StringBuilder text, List<Part> parts, int top) {
    if (!text.toString().isBlank()) {
      parts.add(new Part(Markdown.html(text.toString(), top), null));
    }
    text.setLength(0);
  }
}
