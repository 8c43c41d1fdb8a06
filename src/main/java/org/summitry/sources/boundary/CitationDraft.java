package org.summitry.sources.boundary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Text;

/**
 * One source an entry cites, as a form or the journal gives it, with where in the source ({@code
 * page}: a page, a section, a minute of a recording), the words quoted, a note, and the day the
 * source was read online ({@code accessed}); all but the source may be null.
 *
 * <p>The journal keeps the details of an entry's citations one a line, {@code source id | page |
 * accessed | quote | note}, beside the plain list of sources it cites, so history compares them and
 * a restore reads them back; a citation without details has no line.
 */
public record CitationDraft(
    Long sourceId, String page, String quote, String note, LocalDate accessed) {

  /** Longest page, quote and note a citation keeps, as the database's columns. */
  public static final int PAGE_MAX = 100;

  public static final int QUOTE_MAX = 2000;
  public static final int NOTE_MAX = 1000;

  private static final String BAR = " | ";

  /** Citations of these sources without details. */
  public static List<CitationDraft> of(List<Long> sourceIds) {
    return sourceIds == null
        ? null
        : sourceIds.stream().map(id -> new CitationDraft(id, null, null, null, null)).toList();
  }

  /**
   * The latest day that is today somewhere on Earth: an access date after it is in the future for
   * everyone.
   */
  public static LocalDate latestToday() {
    return LocalDate.now(ZoneOffset.ofHours(14));
  }

  /**
   * Checks what a form cannot be trusted with: texts within their columns and an access date not in
   * the future.
   *
   * @throws InvalidField ({@code sources}) with the reason
   */
  public void check() {
    if (accessed != null && accessed.isAfter(latestToday())) {
      throw new InvalidField("sources", "refusal.citation.accessedFuture", accessed.toString());
    }
    if (length(page) > PAGE_MAX || length(quote) > QUOTE_MAX || length(note) > NOTE_MAX) {
      throw new InvalidField("sources", "refusal.citation.tooLong", PAGE_MAX, QUOTE_MAX, NOTE_MAX);
    }
  }

  /** Whether the citation says more than which source it cites. */
  public boolean detailed() {
    return page != null || quote != null || note != null || accessed != null;
  }

  /** This citation's details as a line of the journal's snapshot. */
  public String line() {
    return sourceId
        + BAR
        + flat(page)
        + BAR
        + (accessed == null ? "" : accessed.toString())
        + BAR
        + flat(quote)
        + BAR
        + flat(note);
  }

  /** The details of these citations as the journal writes them, one a line; null for none. */
  public static String lines(List<CitationDraft> citations) {
    String lines =
        citations.stream()
            .filter(CitationDraft::detailed)
            .map(CitationDraft::line)
            .collect(Collectors.joining("\n"));
    return lines.isEmpty() ? null : lines;
  }

  /**
   * The citation details of a snapshot's lines; a line that cannot be read is skipped, and an
   * unreadable date left out, so an old revision still restores what it can.
   */
  public static List<CitationDraft> parse(String lines) {
    List<CitationDraft> citations = new ArrayList<>();
    if (lines == null || lines.isBlank()) {
      return citations;
    }
    for (String line : lines.split("\n")) {
      String[] parts = line.split(" ?\\| ?", 5);
      Long source;
      try {
        source = Long.valueOf(parts[0].strip());
      } catch (NumberFormatException e) {
        continue;
      }
      citations.add(
          new CitationDraft(
              source, part(parts, 1), part(parts, 3), part(parts, 4), date(part(parts, 2))));
    }
    return citations;
  }

  /** An ISO date as typed, or null when there is none. */
  public static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String part(String[] parts, int i) {
    return parts.length > i ? Text.strippedOrNull(parts[i]) : null;
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  /** Text on one line with no bar that could split it: what a snapshot line can hold. */
  private static String flat(String text) {
    if (text == null) {
      return "";
    }
    return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ").replace("|", "/");
  }
}
