package org.summitry.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.people.boundary.PersonView;
import org.summitry.people.entity.Country;
import org.summitry.people.entity.Person;

class PeopleModelTest {

  @Test
  void countryCodesAreTwoLettersInUpperCase() {
    assertEquals("KP", Country.normalizeCode(" kp "));
    assertThrows(IllegalArgumentException.class, () -> Country.normalizeCode("PRK"));
    assertThrows(IllegalArgumentException.class, () -> Country.normalizeCode("K1"));
    assertThrows(IllegalArgumentException.class, () -> Country.normalizeCode(null));
  }

  @Test
  void aliasesAreTrimmedAndNeverRepeated() {
    Person kim = new Person("kim-jong-un", "Kim Jong Un");
    kim.setAliases(List.of(" Kim Jong-un ", "Ким Чен Ын", "", "Kim Jong-un"));
    assertEquals(List.of("Kim Jong-un", "Ким Чен Ын"), kim.getAliases());
  }

  @Test
  void nativeNamesAreTaggedWithTheLanguageTheirScriptImplies() {
    assertEquals("ko", person("김정은").nativeLanguage());
    assertNull(
        person("Владимир Путин").nativeLanguage(), "Cyrillic serves many languages: no guess");
    assertNull(person(null).nativeLanguage());
  }

  private static PersonView person(String nativeName) {
    return new PersonView(1L, "p", "P", nativeName, List.of(), null, null, null);
  }
}
