package org.summitry.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.summitry.platform.boundary.Language;

/** The Korean and Russian bundles say everything the English one says, with the same arguments. */
class MessageBundlesTest {

  private static Properties bundle(Language language) throws IOException {
    String name =
        "/messages" + (language == Language.ENGLISH ? "" : "_" + language.code()) + ".properties";
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyKeyIsInEveryBundle(Language language) throws IOException {
    Set<String> english = new TreeSet<>(bundle(Language.ENGLISH).stringPropertyNames());
    Set<String> translated = new TreeSet<>(bundle(language).stringPropertyNames());
    Set<String> missing = new TreeSet<>(english);
    missing.removeAll(translated);
    Set<String> unknown = new TreeSet<>(translated);
    unknown.removeAll(english);
    assertTrue(missing.isEmpty(), language + " lacks " + missing);
    assertTrue(unknown.isEmpty(), language + " has keys English does not: " + unknown);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyKindTheSearchFindsIsNamedAsAFacetAndOnItsHits(Language language) throws IOException {
    Properties messages = bundle(language);
    List<String> unnamed = new ArrayList<>();
    for (String type : org.summitry.search.control.Documents.TYPES) {
      for (String key : List.of("search.type." + type, "search.kind." + type)) {
        if (messages.getProperty(key) == null) {
          unnamed.add(key);
        }
      }
    }
    assertTrue(unnamed.isEmpty(), language + " lacks " + unnamed);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyPatternParsesAndTakesTheArgumentsEnglishGives(Language language) throws IOException {
    Properties english = bundle(Language.ENGLISH);
    Properties translated = bundle(language);
    List<String> wrong = new ArrayList<>();
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      String pattern = translated.getProperty(key);
      if (pattern == null) {
        continue;
      }
      try {
        Set<String> wanted = arguments(english.getProperty(key), Language.ENGLISH);
        Set<String> taken = arguments(pattern, language);
        if (!wanted.equals(taken)) {
          wrong.add(key + " takes " + taken + ", English " + wanted);
        }
      } catch (IllegalArgumentException unparsable) {
        wrong.add(key + ": " + unparsable.getMessage());
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static Set<String> arguments(String pattern, Language language) {
    return new TreeSet<>(new MessageFormat(pattern, language.locale()).getArgumentNames());
  }

  @ParameterizedTest(name = "{0} gifts: {1}")
  @CsvSource({
    "0,нет подарков",
    "1,1 подарок",
    "3,3 подарка",
    "5,5 подарков",
    "11,11 подарков",
    "21,21 подарок",
    "22,22 подарка",
    "1234,1 234 подарка"
  })
  void russianCountsTakeTheirThreePluralForms(long count, String words) {
    assertEquals(
        words,
        Templates.message(Language.RUSSIAN.locale(), "home.stats.gifts", count)
            .replace('\u00a0', ' '));
  }

  @ParameterizedTest
  @CsvSource({"ENGLISH,1 gift", "KOREAN,선물 1점", "RUSSIAN,1 подарок"})
  void eachLanguageIsReadFromItsOwnBundle(Language language, String words) {
    assertEquals(words, Templates.message(language.locale(), "summits.gifts.count", 1));
  }
}
