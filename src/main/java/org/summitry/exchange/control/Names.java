package org.summitry.exchange.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of people as registers write them, and how two spellings are recognised as one person.
 * Honorifics and forms of address ("His Excellency", "The Honorable", "His Majesty", "H.E.", "Rt
 * Hon", "Dr.") come and go between rows and registers, so they are taken off the name that is
 * stored and compared; post-nominal letters of British ministers (" MP", " KC") likewise.
 */
public final class Names {

  private static final List<String> HONORIFICS =
      List.of(
          "their excellencies",
          "his excellency",
          "her excellency",
          "his royal highness",
          "her royal highness",
          "his highness",
          "her highness",
          "his majesty",
          "her majesty",
          "his holiness",
          "his beatitude",
          "the most honourable",
          "the most honorable",
          "the right honourable",
          "the right honorable",
          "right honourable",
          "right honorable",
          "the honourable",
          "the honorable",
          "honourable",
          "honorable",
          "the rt hon",
          "rt hon",
          "the hon",
          "hon",
          "h e",
          "h r h",
          "hrh",
          "h h",
          "h m",
          "s e",
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "madam",
          "madame",
          "monsieur",
          "mme",
          "sir");

  private static final Pattern POST_NOMINALS =
      Pattern.compile("(?:[,\\s]+(?:MP|KC|QC|OBE|CBE|MBE|KBE|PC))+\\s*$");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  /**
   * The name without leading honorifics and trailing post-nominals: "His Excellency Mohamed Irfaan
   * Ali" is "Mohamed Irfaan Ali", "The Rt Hon Jane Doe MP" is "Jane Doe". A name that would be left
   * empty is returned as it was.
   */
  public static String withoutHonorifics(String name) {
    if (name == null) {
      return null;
    }
    String rest = name.strip().replaceAll("\\s+", " ");
    boolean removed = true;
    while (removed) {
      removed = false;
      for (String honorific : HONORIFICS) {
        int end = prefixEnd(rest, honorific);
        if (end > 0 && end < rest.length()) {
          String remainder = rest.substring(end).replaceFirst("^[\\s,.]+", "");
          if (!remainder.isEmpty()) {
            rest = remainder;
            removed = true;
            break;
          }
        }
      }
    }
    String trimmed = POST_NOMINALS.matcher(rest).replaceFirst("").strip();
    return trimmed.isEmpty() ? rest : trimmed;
  }

  /**
   * What two spellings of one person share: no honorifics, no accents, no case, no punctuation.
   * "H.E. Iván Duque" and "Ivan Duque" have the same key.
   */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    return plain(withoutHonorifics(name));
  }

  /** Lower case, accents and punctuation gone, words separated by single spaces. */
  public static String plain(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String unmarked = MARKS.matcher(decomposed).replaceAll("");
    return NOT_LETTERS
        .matcher(unmarked.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""))
        .replaceAll(" ")
        .strip();
  }

  /**
   * Where {@code honorific} (written in plain words) ends at the start of {@code name}, or -1: the
   * words must match whole, in any case, with or without dots ("H.E.", "H. E.", "HE").
   */
  private static int prefixEnd(String name, String honorific) {
    String[] words = honorific.split(" ");
    int at = 0;
    for (String word : words) {
      while (at < name.length() && (name.charAt(at) == ' ' || name.charAt(at) == '.')) {
        at++;
      }
      if (!name.regionMatches(true, at, word, 0, word.length())) {
        return -1;
      }
      at += word.length();
      if (at < name.length() && Character.isLetterOrDigit(name.charAt(at))) {
        return -1;
      }
    }
    if (at < name.length() && name.charAt(at) == '.') {
      at++;
    }
    return at;
  }
}
