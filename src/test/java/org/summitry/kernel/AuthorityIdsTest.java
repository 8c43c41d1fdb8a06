package org.summitry.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorityIdsTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  record Linked(
      @AuthorityId(AuthorityId.File.WIKIDATA) String wikidata,
      @AuthorityId(AuthorityId.File.GEONAMES) String geonames) {}

  @BeforeAll
  static void startValidation() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopValidation() {
    factory.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Q7747",
        "q7747",
        "  Q7747 ",
        "https://www.wikidata.org/wiki/Q7747",
        "http://www.wikidata.org/entity/Q7747",
        "https://m.wikidata.org/wiki/Q7747",
        "https://www.wikidata.org/wiki/Special:EntityPage/Q7747/",
        "HTTPS://WWW.WIKIDATA.ORG/wiki/q7747"
      })
  void whatCuratorsPasteReadsAsTheItem(String typed) {
    assertEquals(Optional.of(new WikidataId("Q7747")), WikidataId.parse(typed));
    assertEquals("Q7747", WikidataId.normalize(typed));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Q0",
        "Q07747",
        "P31",
        "L1",
        "7747",
        "Q",
        "Q77 47",
        "Q7747x",
        "https://en.wikipedia.org/wiki/Q7747",
        "https://example.org/wikidata.org/Q7747",
        "javascript:Q7747"
      })
  void anythingElseIsRefused(String typed) {
    assertEquals(Optional.empty(), WikidataId.parse(typed));
    assertThrows(IllegalArgumentException.class, () -> WikidataId.normalize(typed));
  }

  @Test
  void blankMeansNoLink() {
    assertNull(WikidataId.normalize("  "));
    assertNull(WikidataId.normalize(null));
    assertNull(GeoNamesId.normalize(""));
  }

  @Test
  void anItemHasItsConceptUriAndItsPage() {
    WikidataId putin = new WikidataId("Q7747");
    assertEquals("http://www.wikidata.org/entity/Q7747", putin.uri());
    assertEquals("https://www.wikidata.org/wiki/Q7747", putin.page());
    assertThrows(IllegalArgumentException.class, () -> new WikidataId("q7747"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1871859",
        " 1871859 ",
        "https://www.geonames.org/1871859/pyongyang.html",
        "https://www.geonames.org/1871859",
        "http://sws.geonames.org/1871859/",
        "https://sws.geonames.org/1871859/about.rdf"
      })
  void aGeoNamesPlaceReadsFromItsNumberOrAddress(String typed) {
    assertEquals(Optional.of(new GeoNamesId(1871859)), GeoNamesId.parse(typed));
    assertEquals(1871859L, GeoNamesId.normalize(typed));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0", "-5", "01871859", "18718a59", "12345678901", "https://example.org/1871859"})
  void notAGeoNamesPlace(String typed) {
    assertEquals(Optional.empty(), GeoNamesId.parse(typed));
  }

  @Test
  void aGeoNamesPlaceHasItsFeatureUriAndItsPage() {
    GeoNamesId seoul = new GeoNamesId(1835848);
    assertEquals("https://sws.geonames.org/1835848/", seoul.uri());
    assertEquals("https://www.geonames.org/1835848", seoul.page());
  }

  @Test
  void validationExplainsTheExpectedForm() {
    Set<ConstraintViolation<Linked>> violations = validator.validate(new Linked("P31", "Seoul"));
    assertEquals(2, violations.size());
    for (ConstraintViolation<Linked> violation : violations) {
      String path = violation.getPropertyPath().toString();
      assertTrue(
          violation.getMessage().contains(path.equals("wikidata") ? "Q7747" : "1871859"),
          violation.getMessage());
    }
    assertTrue(validator.validate(new Linked("q7747", "1871859")).isEmpty());
    assertTrue(validator.validate(new Linked(null, " ")).isEmpty());
  }
}
