package org.summitry.sources.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.summitry.kernel.Text;

/**
 * One claim as a form or the journal gives it: which fact of the entry ({@code value}, {@code
 * date}, …), the source saying so, how certain, whether it is the preferred claim of its fact, and
 * what the source states when that differs from the entry's field (null when it supports it).
 *
 * <p>The journal keeps an entry's claims one a line, {@code fact | source id | certainty |
 * preferred|other | stated | note}, so history compares them and a restore reads them back.
 */
public record ClaimDraft(
    String fact,
    Long sourceId,
    Certainty certainty,
    boolean preferred,
    String stated,
    String note) {

  private static final String BAR = " | ";

  /** This claim as a line of the journal's snapshot. */
  public String line() {
    return fact
        + BAR
        + sourceId
        + BAR
        + certainty.key()
        + BAR
        + (preferred ? "preferred" : "other")
        + BAR
        + flat(stated)
        + BAR
        + flat(note);
  }

  /** Claims as the journal writes them, one a line; empty text for none. */
  public static String lines(List<ClaimDraft> claims) {
    return claims.stream().map(ClaimDraft::line).collect(Collectors.joining("\n"));
  }

  /**
   * The claims of a snapshot's lines; a line that cannot be read (an unknown certainty, no source
   * id) is skipped, so an old revision still restores what it can.
   */
  public static List<ClaimDraft> parse(String lines) {
    List<ClaimDraft> claims = new ArrayList<>();
    if (lines == null || lines.isBlank()) {
      return claims;
    }
    for (String line : lines.split("\n")) {
      String[] parts = line.split(" \\| ", 6);
      if (parts.length < 4) {
        continue;
      }
      Long source;
      try {
        source = Long.valueOf(parts[1].strip());
      } catch (NumberFormatException e) {
        continue;
      }
      Certainty certainty = Certainty.of(parts[2]).orElse(null);
      if (certainty == null) {
        continue;
      }
      claims.add(
          new ClaimDraft(
              parts[0].strip(),
              source,
              certainty,
              "preferred".equals(parts[3].strip()),
              parts.length > 4 ? Text.strippedOrNull(parts[4]) : null,
              parts.length > 5 ? Text.strippedOrNull(parts[5]) : null));
    }
    return claims;
  }

  /** Text on one line with no bar that could split it: what a snapshot line can hold. */
  private static String flat(String text) {
    if (text == null) {
      return "";
    }
    return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ").replace("|", "/");
  }
}
