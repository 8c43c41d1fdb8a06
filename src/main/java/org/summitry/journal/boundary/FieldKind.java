package org.summitry.journal.boundary;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.summitry.edtf.Edtf;
import org.summitry.edtf.InvalidEdtfException;

/**
 * What a field of a journal snapshot holds, and so the one form its value is written and compared
 * in. A snapshot taken right after a save holds values as typed ("1500"), one taken later the
 * database's form ("1500.00"); both must read as the same value, or history shows changes nobody
 * made. Old journal rows are never rewritten: they are brought to this form when compared.
 *
 * <p>The link kinds name another entry the way a snapshot does (a person or summit by slug, a
 * country by code, sources by id), so pages can show that entry's current name instead.
 */
public enum FieldKind {
  /**
   * Free text, written exactly as typed; compared without surrounding whitespace and with one kind
   * of line break, which browsers do not send alike.
   */
  TEXT,
  /** A decimal number: 1500, 1500.00 and 1,500 are one value, written 1500. */
  NUMBER,
  /** An EDTF date ({@link Edtf}): without surrounding space, a time's offset written in full. */
  EDTF,
  /** A code in capitals, such as a currency's. */
  CODE,
  /** A person by slug. */
  PERSON,
  /** A country by its code, in capitals. */
  COUNTRY,
  /** A summit by slug. */
  SUMMIT,
  /** A gift category by slug. */
  CATEGORY,
  /**
   * The sources an entry cites, one a line as "id | publisher: title". The back office ticks them
   * in a list, so their order means nothing: they are written by id, and compared by id alone, so a
   * source retitled since does not read as a change to every entry citing it.
   */
  SOURCES,
  /** A summit's participants, one a line as "person-slug | role", in their order on the page. */
  PARTICIPANTS,
  /** Short texts one a line (a person's aliases), in the order typed, blank lines dropped. */
  LINES,
  /**
   * An entry's claims, one a line as "fact | source id | certainty | preferred or other | stated |
   * note", in the curator's order; each part without surrounding space.
   */
  CLAIMS,
  /**
   * The details of an entry's citations, one a line as "source id | page | accessed | quote |
   * note", in the curator's order; each part without surrounding space.
   */
  CITATIONS;

  private static final Pattern SHORT_OFFSET = Pattern.compile("(T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2})$");
  private static final Pattern LEADING_ID = Pattern.compile("^(\\d{1,18})\\b.*", Pattern.DOTALL);

  /**
   * The value as the journal writes it, or null for none. Text stays exactly as typed, even if it
   * is only space; a value that is not of its kind (a number that does not parse) is kept as
   * written, trimmed.
   */
  public String canonical(String value) {
    if (this == TEXT || value == null) {
      return value;
    }
    if (value.isBlank()) {
      return null;
    }
    return switch (this) {
      case TEXT -> value;
      case NUMBER -> number(value.strip());
      case EDTF -> edtf(value.strip());
      case PERSON, SUMMIT, CATEGORY -> value.strip();
      case CODE, COUNTRY -> value.strip().toUpperCase(Locale.ROOT);
      case SOURCES -> joinLines(lines(value).sorted(Comparator.comparing(FieldKind::idOrder)));
      case PARTICIPANTS -> joinLines(lines(value).map(FieldKind::participant));
      case LINES -> joinLines(lines(value));
      case CLAIMS, CITATIONS -> joinLines(lines(value).map(FieldKind::claim));
    };
  }

  /**
   * The value two revisions are compared by, or null for none: equal for values that mean the same
   * and differ only in how they were typed or stored.
   */
  public String comparable(String value) {
    String canonical = canonical(value);
    if (canonical == null) {
      return null;
    }
    return switch (this) {
      case TEXT -> {
        String text = canonical.replace("\r\n", "\n").replace('\r', '\n').strip();
        yield text.isEmpty() ? null : text;
      }
      case SOURCES -> joinLines(lines(canonical).map(FieldKind::idOnly));
      default -> canonical;
    };
  }

  /** Whether two values of this kind mean the same. */
  public boolean same(String one, String other) {
    String a = comparable(one);
    String b = comparable(other);
    return a == null ? b == null : a.equals(b);
  }

  /**
   * A snapshot with every value in its canonical form, in the same field order; fields without a
   * kind are kept as they are.
   */
  public static Map<String, String> canonical(
      Map<String, FieldKind> kinds, Map<String, String> fields) {
    Map<String, String> canonical = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          FieldKind kind = kinds.get(name);
          canonical.put(name, kind == null ? value : kind.canonical(value));
        });
    return canonical;
  }

  /** The lines of a multi-valued field, each trimmed, blank ones dropped. */
  public static List<String> linesOf(String value) {
    return value == null ? List.of() : lines(value).toList();
  }

  private static java.util.stream.Stream<String> lines(String value) {
    return Arrays.stream(value.split("\\R")).map(String::strip).filter(line -> !line.isEmpty());
  }

  private static String joinLines(java.util.stream.Stream<String> lines) {
    String joined = lines.collect(Collectors.joining("\n"));
    return joined.isEmpty() ? null : joined;
  }

  private static String number(String value) {
    try {
      BigDecimal number = new BigDecimal(value.replace(",", ""));
      return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException notANumber) {
      return value;
    }
  }

  private static String edtf(String value) {
    String text;
    try {
      text = Edtf.parse(value).text();
    } catch (InvalidEdtfException notEdtf) {
      return value;
    }
    Matcher offset = SHORT_OFFSET.matcher(text);
    return offset.find() ? offset.replaceFirst("$1:00") : text;
  }

  private static String participant(String line) {
    int bar = line.indexOf('|');
    if (bar < 0) {
      return line + " | ";
    }
    return line.substring(0, bar).strip() + " | " + line.substring(bar + 1).strip();
  }

  private static String claim(String line) {
    return Arrays.stream(line.split("\\|", -1))
        .map(String::strip)
        .collect(Collectors.joining(" | "));
  }

  /** Lines with a leading id sort by it, numerically; any others after them, as written. */
  private static long idOrder(String line) {
    Matcher id = LEADING_ID.matcher(line);
    return id.matches() ? Long.parseLong(id.group(1)) : Long.MAX_VALUE;
  }

  private static String idOnly(String line) {
    Matcher id = LEADING_ID.matcher(line);
    return id.matches() ? id.group(1) : line;
  }
}
