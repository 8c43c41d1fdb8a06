package org.summitry.exchange.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the archive files need: objects, arrays, strings, numbers, booleans and null,
 * written in a stable form (keys in insertion order, no spaces) so that the same archive exports to
 * the same bytes. Written here rather than taken from JSON-P because the shell command runs on the
 * WAR's libraries alone, where the server's JSON-P implementation is absent.
 */
public final class JsonText {

  private JsonText() {}

  /**
   * How deep arrays and objects may nest when reading. The parser recurses once per level, so this
   * keeps a hostile line of {@code [[[[…} from overflowing the stack. Archive rows are flat objects
   * (depth 1; the journal's snapshots are strings) and the manifest nests three deep.
   */
  public static final int MAX_DEPTH = 64;

  /**
   * The longest number read, in characters. Ids and counts have at most 20; decimals are written as
   * strings. A longer run of digits would only cost time to convert.
   */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** Writes {@code value}: a Map, List, CharSequence, Number, Boolean or null. */
  public static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof CharSequence text) {
      string(out, text);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(out, entry.getKey().toString());
        out.append(':');
        write(out, entry.getValue());
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, list.get(i));
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  private static void string(StringBuilder out, CharSequence text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // Line and paragraph separators are escaped too, so that one row stays one line for any
          // reader that splits on them.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Reads one JSON value: objects as LinkedHashMap, arrays as List, numbers as Long or BigDecimal.
   *
   * @throws IllegalArgumentException with the position, when the text is not JSON, nests deeper
   *     than {@link #MAX_DEPTH} or holds a number longer than {@link #MAX_NUMBER_LENGTH}
   */
  public static Object parse(String text) {
    Parser parser = new Parser(text);
    Object value = parser.value();
    parser.space();
    if (parser.at < text.length()) {
      throw parser.error("unexpected text after the value");
    }
    return value;
  }

  private static final class Parser {
    private final String text;
    private int at;
    private int depth;

    Parser(String text) {
      this.text = text;
    }

    Object value() {
      space();
      if (at >= text.length()) {
        throw error("unexpected end");
      }
      char c = text.charAt(at);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> number();
      };
    }

    private Map<String, Object> object() {
      enter();
      Map<String, Object> map = new LinkedHashMap<>();
      at++;
      space();
      if (peek() == '}') {
        at++;
        depth--;
        return map;
      }
      while (true) {
        space();
        if (peek() != '"') {
          throw error("expected a name in quotes");
        }
        String key = string();
        space();
        expect(':');
        map.put(key, value());
        space();
        char c = next();
        if (c == '}') {
          depth--;
          return map;
        }
        if (c != ',') {
          throw error("expected , or }");
        }
      }
    }

    private List<Object> array() {
      enter();
      List<Object> list = new ArrayList<>();
      at++;
      space();
      if (peek() == ']') {
        at++;
        depth--;
        return list;
      }
      while (true) {
        list.add(value());
        space();
        char c = next();
        if (c == ']') {
          depth--;
          return list;
        }
        if (c != ',') {
          throw error("expected , or ]");
        }
      }
    }

    private void enter() {
      if (++depth > MAX_DEPTH) {
        throw error("arrays and objects nest deeper than " + MAX_DEPTH + " levels");
      }
    }

    private String string() {
      at++;
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\') {
          char e = next();
          switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
              if (at + 4 > text.length()) {
                throw error("short \\u escape");
              }
              try {
                out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              } catch (NumberFormatException bad) {
                throw error("bad \\u escape");
              }
              at += 4;
            }
            default -> throw error("bad escape");
          }
        } else if (c < 0x20) {
          throw error("control character in a string");
        } else {
          out.append(c);
        }
      }
    }

    private Object number() {
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      if (at == start) {
        throw error("unexpected character");
      }
      if (at - start > MAX_NUMBER_LENGTH) {
        at = start;
        throw error("a number longer than " + MAX_NUMBER_LENGTH + " characters");
      }
      String digits = text.substring(start, at);
      try {
        if (digits.matches("-?[0-9]{1,18}")) {
          return Long.parseLong(digits);
        }
        return new BigDecimal(digits);
      } catch (NumberFormatException bad) {
        throw error("bad number");
      }
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, at)) {
        throw error("unexpected word");
      }
      at += word.length();
      return value;
    }

    private void expect(char c) {
      if (next() != c) {
        throw error("expected " + c);
      }
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    private char next() {
      if (at >= text.length()) {
        throw error("unexpected end");
      }
      return text.charAt(at++);
    }

    void space() {
      while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException("not valid JSON at character " + (at + 1) + ": " + what);
    }
  }
}
