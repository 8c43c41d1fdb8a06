package org.summitry.curation.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.summitry.journal.boundary.FieldKind;

/**
 * The entries that snapshots point at, as a comparison names them: for each kind of link, the
 * stored key (a slug, a code, a source's id) and the entry it means now. A key not found is an
 * entry deleted for good, or renamed since: it is shown as stored.
 */
record Referents(Map<FieldKind, Map<String, Value>> entries) {

  /**
   * One line of a value as a page shows it: the text, the address of the entry it names in the back
   * office (null when it names none), and a note after it (a participant's role).
   */
  record Value(String text, String href, String note) {

    static Value plain(String text) {
      return new Value(text, null, null);
    }
  }

  static final Referents NONE = new Referents(Map.of());

  /** A snapshot's value as lines to show; none for an empty or blank value, shown as a dash. */
  List<Value> show(FieldKind kind, String stored) {
    String value = kind.canonical(stored);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return switch (kind) {
      case PERSON, COUNTRY, SUMMIT, CATEGORY -> List.of(named(kind, value, value, null));
      case SOURCES -> {
        List<Value> lines = new ArrayList<>();
        for (String line : FieldKind.linesOf(value)) {
          lines.add(named(kind, sourceId(line), line, null));
        }
        yield lines;
      }
      case PARTICIPANTS -> {
        List<Value> lines = new ArrayList<>();
        for (String line : FieldKind.linesOf(value)) {
          int bar = line.indexOf('|');
          String slug = bar < 0 ? line : line.substring(0, bar).strip();
          String role = bar < 0 ? "" : line.substring(bar + 1).strip();
          lines.add(named(FieldKind.PERSON, slug, slug, role.isEmpty() ? null : role));
        }
        yield lines;
      }
      case LINES -> FieldKind.linesOf(value).stream().map(Value::plain).toList();
      case CLAIMS -> {
        List<Value> lines = new ArrayList<>();
        for (String line : FieldKind.linesOf(value)) {
          String[] parts = line.split(" \\| ", 6);
          String id = claimSource(line);
          lines.add(named(FieldKind.SOURCES, id, line, claimNote(parts)));
        }
        yield lines;
      }
      case CITATIONS -> {
        List<Value> lines = new ArrayList<>();
        for (String line : FieldKind.linesOf(value)) {
          lines.add(
              named(FieldKind.SOURCES, sourceId(line), line, citationNote(line.split(" \\| ", 5))));
        }
        yield lines;
      }
      default -> List.of(Value.plain(value));
    };
  }

  /** What a citation's line says besides its source: "p. 2, read on 2024-06-20, “…” (note)". */
  private static String citationNote(String[] parts) {
    List<String> said = new ArrayList<>();
    if (parts.length > 1 && !parts[1].isBlank()) {
      said.add(parts[1].strip());
    }
    if (parts.length > 2 && !parts[2].isBlank()) {
      said.add(messageOr("citation.accessed", "accessed") + " " + parts[2].strip());
    }
    if (parts.length > 3 && !parts[3].isBlank()) {
      said.add("“" + parts[3].strip() + "”");
    }
    if (parts.length > 4 && !parts[4].isBlank()) {
      said.add("(" + parts[4].strip() + ")");
    }
    return said.isEmpty() ? null : String.join(", ", said);
  }

  /**
   * Whether two values of a link kind name the same entries, in the same order and with the same
   * notes, though stored under different keys: a person or summit whose slug changed between the
   * two snapshots is the same person or summit.
   */
  boolean sameEntries(FieldKind kind, String one, String other) {
    return switch (kind) {
      case PERSON, SUMMIT, CATEGORY, COUNTRY, PARTICIPANTS ->
          identities(show(kind, one)).equals(identities(show(kind, other)));
      default -> false;
    };
  }

  private static List<String> identities(List<Value> lines) {
    return lines.stream()
        .map(
            v ->
                (v.href() == null ? "as stored: " + v.text() : v.href())
                    + " | "
                    + (v.note() == null ? "" : v.note()))
        .toList();
  }

  private Value named(FieldKind kind, String key, String stored, String note) {
    Value entry = entries.getOrDefault(kind, Map.of()).get(key);
    return entry == null
        ? new Value(stored, null, note)
        : new Value(entry.text(), entry.href(), note);
  }

  /** The source id of a claim's line ("value | 997 | reported | …"), or empty text. */
  static String claimSource(String line) {
    String[] parts = line.split(" \\| ", 3);
    return parts.length < 2 ? "" : sourceId(parts[1].strip());
  }

  /** What a claim's line says besides its source: "Estimated value, reported, preferred: …". */
  private static String claimNote(String[] parts) {
    if (parts.length < 4) {
      return null;
    }
    StringBuilder note = new StringBuilder(fieldLabel(parts[0].strip()));
    note.append(", ").append(messageOr("claims.certainty." + parts[2].strip(), parts[2].strip()));
    if ("preferred".equals(parts[3].strip())) {
      note.append(", ").append(messageOr("claims.preferred", "preferred"));
    }
    if (parts.length > 4 && !parts[4].isBlank()) {
      note.append(": “").append(parts[4].strip()).append('”');
    }
    if (parts.length > 5 && !parts[5].isBlank()) {
      note.append(" (").append(parts[5].strip()).append(')');
    }
    return note.toString();
  }

  private static String fieldLabel(String fact) {
    return messageOr("claims.fact." + fact, fact);
  }

  private static String messageOr(String key, String fallback) {
    String text = org.summitry.platform.boundary.Messages.get(key);
    return text == null || text.startsWith("??") ? fallback : text;
  }

  /** The id a source's line starts with ("997 | Korean Central News Agency: …"). */
  static String sourceId(String line) {
    int end = 0;
    while (end < line.length() && Character.isDigit(line.charAt(end))) {
      end++;
    }
    return line.substring(0, end);
  }
}
