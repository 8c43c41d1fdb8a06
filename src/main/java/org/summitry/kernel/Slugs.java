package org.summitry.kernel;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * URL slugs made from titles. Latin text loses its accents ("Café Tōkyō" becomes "cafe-tokyo"),
 * while other scripts keep their own letters ("Владимир Путин" becomes "владимир-путин", 김정은 stays
 * 김정은): transliteration into Latin is lossy and ambiguous, and browsers show such paths readably.
 */
public final class Slugs {

  /** The longest slug, in UTF-16 code units, that {@link #fromTitle} produces. */
  public static final int MAX_LENGTH = 80;

  private static final String FALLBACK = "entry";
  private static final Pattern SHAPE =
      Pattern.compile(
          "[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*(?:-[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*)*");

  private Slugs() {}

  /** A lowercase slug for {@code title}, or "entry" when the title has no letters or digits. */
  public static String fromTitle(String title) {
    // Compatibility decomposition turns ligatures and full-width forms into plain letters and
    // splits accents off so they can be dropped; lowercasing afterwards catches capitals that
    // the decomposition itself produced. Locale.ROOT keeps "I" from becoming a dotless "ı" on
    // Turkish servers.
    String decomposed =
        Normalizer.normalize(Objects.requireNonNull(title, "title"), Normalizer.Form.NFKD)
            .toLowerCase(Locale.ROOT)
            .replace("ß", "ss");
    StringBuilder slug = new StringBuilder(decomposed.length());
    boolean separatorPending = false;
    boolean keepMarks = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (isMark(c)) {
        // Accents are noise on Latin letters, but elsewhere marks are spelling: й is not и, and
        // Devanagari vowel signs are marks.
        if (keepMarks) {
          slug.appendCodePoint(c);
        }
      } else if (Character.isLetter(c) || Character.isDigit(c)) {
        if (separatorPending && slug.length() > 0) {
          slug.append('-');
        }
        separatorPending = false;
        slug.appendCodePoint(c);
        keepMarks =
            Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN;
      } else {
        separatorPending = true;
        keepMarks = false;
      }
    }
    // Recomposition restores Hangul syllables and other letters that NFKD split into parts.
    String result = shorten(Normalizer.normalize(slug, Normalizer.Form.NFC), MAX_LENGTH);
    return result.isEmpty() ? FALLBACK : result;
  }

  /** Whether {@code slug} has the shape {@link #fromTitle} produces. */
  public static boolean isValid(String slug) {
    return slug != null
        && !slug.isEmpty()
        && slug.length() <= MAX_LENGTH
        && SHAPE.matcher(slug).matches()
        && slug.equals(slug.toLowerCase(Locale.ROOT))
        && Normalizer.isNormalized(slug, Normalizer.Form.NFC);
  }

  /**
   * {@code slug} with "-n" appended, shortening the slug first if needed so that the result stays
   * within {@link #MAX_LENGTH}; used to tell apart entries whose titles give the same slug.
   *
   * @throws IllegalArgumentException if {@code slug} is not valid or {@code n} is not positive
   */
  public static String withSuffix(String slug, int n) {
    if (!isValid(slug)) {
      throw new IllegalArgumentException("not a valid slug: " + slug);
    }
    if (n < 1) {
      throw new IllegalArgumentException("suffix must be positive: " + n);
    }
    String suffix = "-" + n;
    return shorten(slug, MAX_LENGTH - suffix.length()) + suffix;
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  // Prefers dropping whole words; a single over-long word is cut between user-perceived
  // characters so no letter loses its marks or half of a surrogate pair.
  private static String shorten(String slug, int max) {
    if (slug.length() <= max) {
      return slug;
    }
    int hyphen = slug.lastIndexOf('-', max);
    if (hyphen > 0) {
      return slug.substring(0, hyphen);
    }
    BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
    characters.setText(slug);
    return slug.substring(0, characters.preceding(max + 1));
  }

  /** The slug as a URL path segment: non-Latin letters percent-encoded. */
  public static String encode(String slug) {
    return java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
