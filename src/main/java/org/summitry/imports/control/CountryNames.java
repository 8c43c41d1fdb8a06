package org.summitry.imports.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which state a register means: "Republic of Korea", "the Hashemite Kingdom of Jordan", "Burma",
 * "Côte d'Ivoire", "Brunei Darussalem" (sic) and "KR" are all read as their ISO 3166-1 alpha-2
 * code. Names come from the platform's English country names, the formal names registers use, a few
 * former and informal names, and a forgiving comparison: case, accents, punctuation, a leading
 * "the", a formal prefix ("Republic of", "Kingdom of") and one mistyped letter do not matter.
 * Regions, cities and international organisations are not states and are not guessed.
 */
public final class CountryNames {

  private static final List<String> FORMAL_PREFIXES =
      List.of(
          "democratic socialist republic of",
          "democratic republic of",
          "federal democratic republic of",
          "federal republic of",
          "federative republic of",
          "islamic republic of",
          "socialist republic of",
          "united republic of",
          "peoples republic of",
          "people s republic of",
          "arab republic of",
          "bolivarian republic of",
          "plurinational state of",
          "hashemite kingdom of",
          "republic of the",
          "republic of",
          "kingdom of the",
          "kingdom of",
          "state of",
          "sultanate of",
          "principality of",
          "grand duchy of",
          "commonwealth of the",
          "commonwealth of",
          "union of the",
          "union of",
          "government of the",
          "government of");

  private static final Map<String, String> OTHER_NAMES =
      Map.ofEntries(
          Map.entry("usa", "US"),
          Map.entry("us", "US"),
          Map.entry("u s", "US"),
          Map.entry("u s a", "US"),
          Map.entry("america", "US"),
          Map.entry("united states of america", "US"),
          Map.entry("uk", "GB"),
          Map.entry("u k", "GB"),
          Map.entry("britain", "GB"),
          Map.entry("great britain", "GB"),
          Map.entry("great britain and northern ireland", "GB"),
          Map.entry("united kingdom of great britain and northern ireland", "GB"),
          Map.entry("england", "GB"),
          Map.entry("scotland", "GB"),
          Map.entry("wales", "GB"),
          Map.entry("northern ireland", "GB"),
          Map.entry("korea", "KR"),
          Map.entry("south korea", "KR"),
          Map.entry("republic of korea", "KR"),
          Map.entry("republic of south korea", "KR"),
          Map.entry("north korea", "KP"),
          Map.entry("democratic peoples republic of korea", "KP"),
          Map.entry("dprk", "KP"),
          Map.entry("peoples republic of china", "CN"),
          Map.entry("prc", "CN"),
          Map.entry("republic of china", "TW"),
          Map.entry("republic of china taiwan", "TW"),
          Map.entry("chinese taipei", "TW"),
          Map.entry("chinese taipei taiwan", "TW"),
          Map.entry("taiwan", "TW"),
          Map.entry("hong kong special administrative region", "HK"),
          Map.entry("hong kong", "HK"),
          Map.entry("macau", "MO"),
          Map.entry("burma", "MM"),
          Map.entry("myanmar", "MM"),
          Map.entry("republic of union of myanmar", "MM"),
          Map.entry("russia", "RU"),
          Map.entry("russian federation", "RU"),
          Map.entry("soviet union", "RU"),
          Map.entry("ussr", "RU"),
          Map.entry("turkey", "TR"),
          Map.entry("turkiye", "TR"),
          Map.entry("vietnam", "VN"),
          Map.entry("viet nam", "VN"),
          Map.entry("laos", "LA"),
          Map.entry("lao peoples democratic republic", "LA"),
          Map.entry("syria", "SY"),
          Map.entry("syrian arab republic", "SY"),
          Map.entry("iran", "IR"),
          Map.entry("persia", "IR"),
          Map.entry("egypt", "EG"),
          Map.entry("argentine republic", "AR"),
          Map.entry("hellenic republic", "GR"),
          Map.entry("swiss confederation", "CH"),
          Map.entry("gabonese republic", "GA"),
          Map.entry("lebanese republic", "LB"),
          Map.entry("italian republic", "IT"),
          Map.entry("french republic", "FR"),
          Map.entry("portuguese republic", "PT"),
          Map.entry("united mexican states", "MX"),
          Map.entry("kyrgyz republic", "KG"),
          Map.entry("slovak republic", "SK"),
          Map.entry("czech republic", "CZ"),
          Map.entry("peoples democratic republic of algeria", "DZ"),
          Map.entry("holy see", "VA"),
          Map.entry("vatican", "VA"),
          Map.entry("vatican city", "VA"),
          Map.entry("vatican city state", "VA"),
          Map.entry("palestine", "PS"),
          Map.entry("palestinian authority", "PS"),
          Map.entry("palestinian national authority", "PS"),
          Map.entry("palestinian territories", "PS"),
          Map.entry("kosovo", "XK"),
          Map.entry("ivory coast", "CI"),
          Map.entry("cote divoire", "CI"),
          Map.entry("cote d ivoire", "CI"),
          Map.entry("cape verde", "CV"),
          Map.entry("cabo verde", "CV"),
          Map.entry("east timor", "TL"),
          Map.entry("timor leste", "TL"),
          Map.entry("swaziland", "SZ"),
          Map.entry("eswatini", "SZ"),
          Map.entry("macedonia", "MK"),
          Map.entry("north macedonia", "MK"),
          Map.entry("congo", "CG"),
          Map.entry("republic of congo", "CG"),
          Map.entry("republic of the congo", "CG"),
          Map.entry("congo brazzaville", "CG"),
          Map.entry("democratic republic of the congo", "CD"),
          Map.entry("democratic rep of the congo", "CD"),
          Map.entry("drc", "CD"),
          Map.entry("congo kinshasa", "CD"),
          Map.entry("zaire", "CD"),
          Map.entry("brunei", "BN"),
          Map.entry("brunei darussalam", "BN"),
          Map.entry("the bahamas", "BS"),
          Map.entry("bahamas", "BS"),
          Map.entry("the gambia", "GM"),
          Map.entry("gambia", "GM"),
          Map.entry("the netherlands", "NL"),
          Map.entry("holland", "NL"),
          Map.entry("st kitts", "KN"),
          Map.entry("st kitts west indies", "KN"),
          Map.entry("st kitts and nevis", "KN"),
          Map.entry("saint kitts and nevis", "KN"),
          Map.entry("st lucia", "LC"),
          Map.entry("st vincent and the grenadines", "VC"),
          Map.entry("bosnia", "BA"),
          Map.entry("bosnia herzegovina", "BA"),
          Map.entry("comoros", "KM"),
          Map.entry("micronesia", "FM"),
          Map.entry("federated states of micronesia", "FM"),
          Map.entry("marshall islands", "MH"),
          Map.entry("republic of the marshall islands", "MH"),
          Map.entry("abu dhabi", "AE"),
          Map.entry("dubai", "AE"),
          Map.entry("uae", "AE"),
          Map.entry("zanzibar", "TZ"),
          Map.entry("tanzania", "TZ"),
          Map.entry("moldova", "MD"),
          Map.entry("bolivia", "BO"),
          Map.entry("venezuela", "VE"),
          Map.entry("czechia", "CZ"));

  /** How a new country is named where the platform's English name is awkward or missing. */
  private static final Map<String, String> PREFERRED_NAMES =
      Map.of(
          "XK", "Kosovo",
          "CD", "Democratic Republic of the Congo",
          "CG", "Republic of the Congo",
          "HK", "Hong Kong",
          "MO", "Macao",
          "PS", "Palestine",
          "MM", "Myanmar",
          "CI", "Côte d’Ivoire",
          "VA", "Holy See");

  /** Not states, though registers put them in the country column. */
  private static final Set<String> NOT_STATES =
      Set.of("european union", "european commission", "european communities", "united nations");

  private static final Map<String, String> BY_NAME = names();

  private CountryNames() {}

  /** The ISO 3166-1 alpha-2 code {@code text} names, if it names a state. */
  public static Optional<String> code(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String raw = text.strip();
    if (raw.matches("[A-Z]{2}") && (BY_NAME.containsValue(raw))) {
      return Optional.of(raw);
    }
    String key = key(raw);
    if (NOT_STATES.contains(key)) {
      return Optional.empty();
    }
    Optional<String> found = exact(key);
    if (found.isPresent()) {
      return found;
    }
    String shortened = withoutFormalPrefix(key);
    found = exact(shortened);
    if (found.isPresent()) {
      return found;
    }
    return nearest(shortened);
  }

  /**
   * The state a party's name or office ends by naming after "of", exactly (no mistyped names):
   * "Ambassador of the State of Qatar", "HM King Abdullah II of Jordan", "Government of Japan".
   * Registers without a country column (the UK's) name givers this way.
   */
  public static Optional<String> namedIn(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = key(text);
    for (int at = key.indexOf(" of "); at >= 0; at = key.indexOf(" of ", at + 1)) {
      String rest = key.substring(at + 4);
      if (NOT_STATES.contains(rest)) {
        continue;
      }
      Optional<String> found = exact(rest).or(() -> exact(withoutFormalPrefix(rest)));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The English name a new country gets: "KR" is "South Korea". */
  public static String englishName(String code) {
    String preferred = PREFERRED_NAMES.get(code);
    if (preferred != null) {
      return preferred;
    }
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name == null || name.isBlank() || name.equals(code) ? code : name;
  }

  /** A name compared without case, accents or punctuation, "&" read as "and". */
  static String key(String name) {
    return Names.plain(name.replace("&", " and "));
  }

  private static Optional<String> exact(String key) {
    String withoutThe = key.startsWith("the ") ? key.substring(4) : key;
    String code = BY_NAME.get(key);
    if (code == null) {
      code = BY_NAME.get(withoutThe);
    }
    return Optional.ofNullable(code);
  }

  private static String withoutFormalPrefix(String key) {
    String rest = key.startsWith("the ") ? key.substring(4) : key;
    for (String prefix : FORMAL_PREFIXES) {
      if (rest.startsWith(prefix + " ")) {
        return rest.substring(prefix.length() + 1);
      }
    }
    return rest;
  }

  /** One letter mistyped, missing or extra ("Guatamala"), for names long enough to be sure. */
  private static Optional<String> nearest(String key) {
    if (key.length() < 6) {
      return Optional.empty();
    }
    String best = null;
    for (Map.Entry<String, String> known : BY_NAME.entrySet()) {
      if (known.getKey().length() >= 6 && withinOneEdit(key, known.getKey())) {
        if (best != null && !best.equals(known.getValue())) {
          return Optional.empty();
        }
        best = known.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length() > b.length()) {
        i++;
      } else if (b.length() > a.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }

  private static Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      String english = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      names.put(key(english), code);
      int bracket = english.indexOf('(');
      if (bracket > 0) {
        names.put(key(english.substring(0, bracket)), code);
      }
      names.put(code.toLowerCase(Locale.ROOT), code);
    }
    OTHER_NAMES.forEach((name, code) -> names.put(key(name), code));
    return Map.copyOf(names);
  }
}
