package org.summitry.imports.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
          "sir",
          "shaikh",
          "sheikh",
          "sheik",
          "brigadier general",
          "major general",
          "lieutenant general",
          "general",
          "ambassador",
          "president",
          "prime minister",
          "senator");

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
   * A name as a register writes it, taken apart: the person's name, the office or role written
   * after it ("President of the Republic of Moldova"), whether the register marked it as uncertain
   * with "(?)", and whether it names only a role ("President", "An Agency Employee"), no person.
   */
  public record Reading(String name, String role, boolean uncertain, boolean roleOnly) {}

  private static final Pattern UNCERTAIN = Pattern.compile("\\(\\s*\\?\\s*\\)");

  /** Words after a comma that belong to the name ("Martin Luther King, Jr."), not to a role. */
  private static final Pattern NAME_SUFFIX =
      Pattern.compile(
          "(?i)(?:jr|sr|ii|iii|iv|v|vi|esq|phd|md|mp|kc|qc|obe|cbe|mbe|kbe|pc)\\.?(?:[,\\s].*)?");

  /**
   * Words of offices and roles. A name made of these alone names no person; a part after a comma
   * holding one of them is the person's role.
   */
  private static final java.util.Set<String> ROLE_WORDS =
      java.util.Set.of(
          "president",
          "vice",
          "first",
          "lady",
          "gentleman",
          "prime",
          "minister",
          "ministers",
          "secretary",
          "state",
          "agency",
          "employee",
          "employees",
          "government",
          "official",
          "officials",
          "staff",
          "ambassador",
          "ambassadors",
          "embassy",
          "delegation",
          "king",
          "queen",
          "crown",
          "prince",
          "princess",
          "emir",
          "amir",
          "sultan",
          "sheikh",
          "chairman",
          "chairwoman",
          "chair",
          "chief",
          "deputy",
          "general",
          "foreign",
          "affairs",
          "defense",
          "defence",
          "office",
          "department",
          "ministry",
          "member",
          "members",
          "family",
          "spouse",
          "wife",
          "husband",
          "daughter",
          "son",
          "various",
          "multiple",
          "several",
          "unidentified",
          "anonymous",
          "donor",
          "donors",
          "recipient",
          "recipients",
          "representative",
          "representatives",
          "governor",
          "mayor",
          "director",
          "commander",
          "head",
          "leader",
          "senator",
          "senate",
          "speaker",
          "parliament",
          "council",
          "cabinet",
          "attorney",
          "advisor",
          "adviser",
          "counselor",
          "counsellor",
          "consul",
          "envoy",
          "special",
          "military",
          "army",
          "navy",
          "air",
          "force",
          "forces",
          "officer",
          "officers",
          "chancellor",
          "premier",
          "monarch",
          "royal",
          "highness",
          "majesty",
          "people",
          "citizens",
          "citizen",
          "unknown",
          "white",
          "house",
          "national",
          "security",
          "united",
          "states",
          "us",
          "u",
          "s",
          "mission",
          "and",
          "of",
          "for",
          "the",
          "a",
          "an",
          "to",
          "other",
          "others",
          "group",
          "team",
          "personnel");

  /**
   * Takes a name as written apart: "His Excellency(?) Mohammedmian Soomro, Chairman of Senate of
   * the Islamic Republic of Pakistan" is "Mohammedmian Soomro", role "Chairman of Senate of the
   * Islamic Republic of Pakistan", uncertain. The name's own spelling is kept as written.
   */
  public static Reading read(String written) {
    if (written == null || written.isBlank()) {
      return new Reading(null, null, false, false);
    }
    String text = written.strip().replaceAll("\\s+", " ");
    boolean uncertain = UNCERTAIN.matcher(text).find();
    text = UNCERTAIN.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    String role = null;
    int comma = text.indexOf(',');
    while (comma > 0) {
      String rest = text.substring(comma + 1).strip();
      if (!NAME_SUFFIX.matcher(rest).matches() && holdsRole(rest)) {
        role = rest.isEmpty() ? null : rest;
        text = text.substring(0, comma).strip();
        break;
      }
      comma = text.indexOf(',', comma + 1);
    }
    String name = withoutHonorifics(text).replaceFirst("^[,;:\\s]+", "").strip();
    if (name.isEmpty() || MissingValues.missing(name)) {
      return new Reading(null, role, uncertain, false);
    }
    // What an office leaves once its word is taken as a form of address ("Ambassador of the
    // State of Qatar") is no name either.
    if (isRole(name) || OF_SOMEWHERE.matcher(name).matches()) {
      if (OF_SOMEWHERE.matcher(name).matches()) {
        name = text;
      }
      return new Reading(null, role == null ? name : name + ", " + role, uncertain, true);
    }
    return new Reading(name, role, uncertain, false);
  }

  private static final Pattern OF_SOMEWHERE = Pattern.compile("(?i)(?:of|for|to) .*");

  /** Whether {@code name} is made only of words of offices and roles: "An Agency Employee". */
  public static boolean isRole(String name) {
    String plain = plain(name);
    if (plain.isEmpty()) {
      return false;
    }
    for (String word : plain.split(" ")) {
      if (!ROLE_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> CONNECTIVES =
      java.util.Set.of(
          "and", "of", "for", "the", "a", "an", "to", "u", "s", "us", "other", "others");

  private static boolean holdsRole(String text) {
    for (String word : plain(text).split(" ")) {
      if (ROLE_WORDS.contains(word) && !CONNECTIVES.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Roman numerals of regnal names ("Mohammed VI", "Abdullah II"), beyond the single letters. */
  private static final Pattern NUMERAL = Pattern.compile("(?i)(?:X{0,3})(?:IX|IV|V?I{0,3})");

  /**
   * The spelling a new person gets, of the spellings (with how often each was written) a register
   * gives one person, in the order first seen: rather than whichever came first, a spelling in
   * upper and lower case ("Mohammed VI", not "MOHAMMED VI") whose numerals are in capitals (not
   * "Mohammed Vi"), the most frequent of those, the first of equals. Where every spelling is in one
   * case, or its numerals are not, it is put in capitals and small letters: "Mohammed VI".
   */
  public static String preferred(Map<String, Integer> spellings) {
    String best = null;
    int bestQuality = -1;
    int bestCount = 0;
    for (Map.Entry<String, Integer> spelling : spellings.entrySet()) {
      int quality = quality(spelling.getKey());
      if (quality > bestQuality || (quality == bestQuality && spelling.getValue() > bestCount)) {
        best = spelling.getKey();
        bestQuality = quality;
        bestCount = spelling.getValue();
      }
    }
    if (best == null || bestQuality == 2) {
      return best;
    }
    return properCase(best, bestQuality == 0);
  }

  /** 2: written in both cases, numerals in capitals; 1: numerals not; 0: all in one case. */
  private static int quality(String spelling) {
    boolean upper = spelling.chars().anyMatch(Character::isUpperCase);
    boolean lower = spelling.chars().anyMatch(Character::isLowerCase);
    if (!upper || !lower) {
      return 0;
    }
    String[] words = spelling.split(" ");
    for (int i = 1; i < words.length; i++) {
      if (numeral(words[i]) && !words[i].equals(words[i].toUpperCase(Locale.ROOT))) {
        return 1;
      }
    }
    return 2;
  }

  private static boolean numeral(String word) {
    return word.length() > 1 && NUMERAL.matcher(word).matches();
  }

  /**
   * Numerals after the first word in capitals; with {@code everyWord}, each other word (and each
   * part after a hyphen or apostrophe) with a capital and small letters.
   */
  private static String properCase(String spelling, boolean everyWord) {
    String[] words = spelling.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (i > 0 && numeral(words[i])) {
        words[i] = words[i].toUpperCase(Locale.ROOT);
      } else if (everyWord) {
        StringBuilder word = new StringBuilder(words[i].toLowerCase(Locale.ROOT));
        for (int at = 0; at < word.length(); at++) {
          if (at == 0 || "-'’(".indexOf(word.charAt(at - 1)) >= 0) {
            word.setCharAt(at, Character.toUpperCase(word.charAt(at)));
          }
        }
        words[i] = word.toString();
      }
    }
    return String.join(" ", words);
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
