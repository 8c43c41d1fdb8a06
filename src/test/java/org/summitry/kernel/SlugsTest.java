package org.summitry.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

  @Test
  void titleBecomesLowercaseWordsJoinedByHyphens() {
    assertEquals("singapore-summit-2018", Slugs.fromTitle("Singapore Summit 2018"));
  }

  @Test
  void accentsAreDroppedFromLatinLetters() {
    assertEquals("cafe-tokyo-sao-paulo", Slugs.fromTitle("Café Tōkyō, São Paulo"));
  }

  @Test
  void sharpSBecomesDoubleS() {
    assertEquals("strasse-grosse", Slugs.fromTitle("Straße GROẞE"));
  }

  @Test
  void compatibilityFormsBecomePlainLetters() {
    assertEquals("office-abc", Slugs.fromTitle("Oﬃce ＡＢＣ"));
  }

  @Test
  void punctuationAndSpacesCollapseToOneHyphen() {
    assertEquals("xi-jinping-visits-moscow", Slugs.fromTitle("  Xi Jinping -- visits: Moscow!!! "));
  }

  @Test
  void koreanLettersAreKept() {
    assertEquals("김정은", Slugs.fromTitle("김정은"));
    assertEquals("김정은-트럼프-회담", Slugs.fromTitle("김정은 · 트럼프 회담"));
  }

  @Test
  void cyrillicIsLowercasedNotTransliterated() {
    assertEquals("владимир-путин", Slugs.fromTitle("Владимир Путин"));
  }

  @Test
  void marksThatArePartOfNonLatinLettersAreKept() {
    assertEquals("сергей-лавров", Slugs.fromTitle("Сергей Лавров"));
    assertEquals("नरेन्द्र-मोदी", Slugs.fromTitle("नरेन्द्र मोदी"));
    assertEquals("ガザ", Slugs.fromTitle("ガザ"));
  }

  @Test
  void dottedCapitalIBecomesPlainI() {
    assertEquals("istanbul", Slugs.fromTitle("İstanbul"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "!!!", "—", "·"})
  void titleWithoutLettersOrDigitsBecomesEntry(String title) {
    assertEquals("entry", Slugs.fromTitle(title));
  }

  @Test
  void longTitlesAreCutAtAWordBoundary() {
    String title =
        "The Very Long Official Title of a Bilateral Summit Between Two Heads of State Held";
    String slug = Slugs.fromTitle(title + " in Singapore");
    assertEquals(
        "the-very-long-official-title-of-a-bilateral-summit-between-two-heads-of-state", slug);
    assertTrue(slug.length() <= 80);
  }

  @Test
  void slugOfExactlyEightyCharactersIsKept() {
    String title = "a".repeat(39) + " " + "b".repeat(40);
    assertEquals("a".repeat(39) + "-" + "b".repeat(40), Slugs.fromTitle(title));
  }

  @Test
  void singleOverlongWordIsCutAtEightyCharacters() {
    assertEquals("x".repeat(80), Slugs.fromTitle("x".repeat(100)));
  }

  @Test
  void overlongWordIsNotCutInsideALetter() {
    String slug = Slugs.fromTitle("𝐀".repeat(50));
    assertEquals("a".repeat(50), slug);
    String supplementary = Slugs.fromTitle("𠀀".repeat(50));
    assertEquals("𠀀".repeat(40), supplementary);
  }

  @Test
  void everyProducedSlugIsValid() {
    for (String title :
        new String[] {
          "Singapore Summit 2018", "Владимир Путин", "김정은", "Café", "", "x".repeat(200), "ガザ"
        }) {
      assertTrue(Slugs.isValid(Slugs.fromTitle(title)), title);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"summit", "summit-2018", "владимир-путин", "김정은", "a", "2018"})
  void validSlugs(String slug) {
    assertTrue(Slugs.isValid(slug));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-summit",
        "summit-",
        "summit--2018",
        "Summit",
        "summit 2018",
        "summit_2018",
        "Путин",
        "summit/2018"
      })
  void invalidSlugs(String slug) {
    assertFalse(Slugs.isValid(slug));
  }

  @Test
  void nullIsNotAValidSlug() {
    assertFalse(Slugs.isValid(null));
  }

  @Test
  void slugLongerThanEightyIsInvalid() {
    assertTrue(Slugs.isValid("a".repeat(80)));
    assertFalse(Slugs.isValid("a".repeat(81)));
  }

  @Test
  void decomposedAccentIsInvalidBecauseUrlsMustCompareEqual() {
    assertFalse(Slugs.isValid("cafe\u0301"));
  }

  @ParameterizedTest
  @CsvSource({"summit, 2, summit-2", "singapore-summit, 13, singapore-summit-13"})
  void suffixIsAppendedWithAHyphen(String slug, int n, String expected) {
    assertEquals(expected, Slugs.withSuffix(slug, n));
  }

  @Test
  void suffixKeepsTheEightyCharacterLimitByDroppingWords() {
    String slug = "a".repeat(39) + "-" + "b".repeat(40);
    assertEquals("a".repeat(39) + "-2", Slugs.withSuffix(slug, 2));
  }

  @Test
  void suffixShortensASingleLongWord() {
    String suffixed = Slugs.withSuffix("x".repeat(80), 12);
    assertEquals("x".repeat(77) + "-12", suffixed);
    assertTrue(Slugs.isValid(suffixed));
  }

  @Test
  void suffixNeedsAValidSlugAndAPositiveNumber() {
    assertThrows(IllegalArgumentException.class, () -> Slugs.withSuffix("Not a slug", 2));
    assertThrows(IllegalArgumentException.class, () -> Slugs.withSuffix("summit", 0));
  }
}
