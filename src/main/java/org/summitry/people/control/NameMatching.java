package org.summitry.people.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.summitry.people.boundary.Likeness;

/**
 * Which persons are likely one and the same, told by their names alone: registers write one person
 * many ways ("His Excellency Petru Lucinschi, President of the Republic of Moldova", "(?) Petru
 * Lucinschi", "Mohammed Vi" beside "Mohammed VI"). Names are compared as keys without case,
 * accents, punctuation, parenthesised remarks, leading honorifics and the office after a comma; a
 * name that is another's alias, and spellings one letter apart, count too. Only a curator decides:
 * this finds candidates.
 */
public final class NameMatching {

  private NameMatching() {}

  /** A person's names: the name itself and the others (aliases, native-script name). */
  public record Names(long id, String name, List<String> others) {}

  /** Two persons who look alike, the lower id first, and why. */
  public record Pair(long first, long second, Likeness likeness) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern REMARKS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * Words that open a name as a form of address or office rather than as part of it, in the order
   * they are tried; each is a whole word sequence of the key ("h e" is "H.E." read as a key).
   */
  private static final List<String> HONORIFICS =
      List.of(
          "his excellency",
          "her excellency",
          "their excellencies",
          "excellency",
          "h e",
          "his royal highness",
          "her royal highness",
          "his majesty",
          "her majesty",
          "his highness",
          "her highness",
          "hrh",
          "hm",
          "h m",
          "the honourable",
          "the honorable",
          "honourable",
          "honorable",
          "the right honourable",
          "right honourable",
          "rt hon",
          "hon",
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "professor",
          "sir",
          "dame",
          "sheikh",
          "shaikh",
          "sheikha",
          "madame",
          "monsieur");

  /**
   * The shortest key that may match another by spelling: in shorter ones a letter is often all that
   * tells two people apart ("Li Peng", "Li Ping").
   */
  static final int SPELLING_MIN_LENGTH = 8;

  /**
   * A name as compared: lower case, no accents, no parenthesised remark, no office after a comma
   * (when what comes before it has two words or more, so "Lucinschi, Petru" stays whole), no
   * leading honorific, words separated by single spaces. Empty for a name with no letters or
   * digits.
   */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String text = REMARKS.matcher(name).replaceAll(" ");
    int comma = text.indexOf(',');
    if (comma > 0 && words(text.substring(0, comma)) >= 2) {
      text = text.substring(0, comma);
    }
    text = Normalizer.normalize(text, Normalizer.Form.NFD);
    // Composed again: Hangul syllables come apart into letters, which are no marks.
    text = Normalizer.normalize(MARKS.matcher(text).replaceAll(""), Normalizer.Form.NFC);
    text = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    boolean cut = true;
    while (cut) {
      cut = false;
      for (String honorific : HONORIFICS) {
        if (text.startsWith(honorific + " ")) {
          text = text.substring(honorific.length() + 1);
          cut = true;
          break;
        }
      }
    }
    return text;
  }

  /** The key with its words in alphabetical order, so "Kim Jong Un" and "Un Kim Jong" meet. */
  static String sortedKey(String key) {
    String[] words = key.split(" ");
    Arrays.sort(words);
    return String.join(" ", words);
  }

  private static int words(String text) {
    String stripped = NOT_WORD.matcher(text).replaceAll(" ").strip();
    return stripped.isEmpty() ? 0 : stripped.split(" ").length;
  }

  /**
   * Every pair of persons that look alike, each once with its strongest likeness, ordered by
   * likeness, then by the first one's name key and the ids.
   */
  public static List<Pair> pairs(List<Names> people) {
    Map<Long, String> keys = new HashMap<>();
    Map<String, Set<Long>> byName = new HashMap<>();
    Map<String, Set<Long>> byAnyName = new HashMap<>();
    for (Names person : people) {
      String key = key(person.name());
      keys.put(person.id(), key);
      if (key.isEmpty()) {
        continue;
      }
      byName.computeIfAbsent(sortedKey(key), k -> new LinkedHashSet<>()).add(person.id());
      byAnyName.computeIfAbsent(sortedKey(key), k -> new LinkedHashSet<>()).add(person.id());
      for (String other : person.others()) {
        String otherKey = key(other);
        if (!otherKey.isEmpty()) {
          byAnyName
              .computeIfAbsent(sortedKey(otherKey), k -> new LinkedHashSet<>())
              .add(person.id());
        }
      }
    }
    Map<List<Long>, Likeness> found = new HashMap<>();
    byName.values().forEach(ids -> addAll(found, ids, Likeness.SAME_NAME));
    byAnyName.values().forEach(ids -> addAll(found, ids, Likeness.ALIAS));
    spelling(keys, found);
    List<Pair> pairs = new ArrayList<>();
    found.forEach((ids, likeness) -> pairs.add(new Pair(ids.get(0), ids.get(1), likeness)));
    pairs.sort(
        Comparator.comparing(Pair::likeness)
            .thenComparing(p -> keys.get(p.first()))
            .thenComparingLong(Pair::first)
            .thenComparingLong(Pair::second));
    return pairs;
  }

  private static void addAll(Map<List<Long>, Likeness> found, Set<Long> ids, Likeness likeness) {
    if (ids.size() < 2) {
      return;
    }
    List<Long> list = new ArrayList<>(ids);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        add(found, list.get(i), list.get(j), likeness);
      }
    }
  }

  private static void add(Map<List<Long>, Likeness> found, long a, long b, Likeness likeness) {
    if (a == b) {
      return;
    }
    List<Long> ids = a < b ? List.of(a, b) : List.of(b, a);
    found.merge(ids, likeness, (old, now) -> old.compareTo(now) <= 0 ? old : now);
  }

  /**
   * Pairs of names one or two edits apart, found without comparing every name with every other:
   * names one edit apart share a form with one letter left out (or one is such a form of the
   * other), so only names that share such a form are compared.
   */
  private static void spelling(Map<Long, String> keys, Map<List<Long>, Likeness> found) {
    Map<String, List<Long>> forms = new HashMap<>();
    keys.forEach(
        (id, key) -> {
          if (key.length() < SPELLING_MIN_LENGTH) {
            return;
          }
          Set<String> own = new LinkedHashSet<>();
          own.add(key);
          for (int i = 0; i < key.length(); i++) {
            own.add(key.substring(0, i) + key.substring(i + 1));
          }
          own.forEach(form -> forms.computeIfAbsent(form, f -> new ArrayList<>()).add(id));
        });
    for (List<Long> ids : forms.values()) {
      if (ids.size() < 2 || ids.size() > 50) {
        continue;
      }
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          long a = ids.get(i);
          long b = ids.get(j);
          String one = keys.get(a);
          String other = keys.get(b);
          if (!one.equals(other) && distance(one, other) <= allowed(one, other)) {
            add(found, a, b, Likeness.SPELLING);
          }
        }
      }
    }
  }

  private static int allowed(String one, String other) {
    return Math.min(one.length(), other.length()) >= 12 ? 2 : 1;
  }

  /** Edits (insert, delete, replace, swap of neighbours) that turn one text into the other. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
