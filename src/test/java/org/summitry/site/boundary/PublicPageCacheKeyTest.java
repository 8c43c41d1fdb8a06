package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.mvc.Controller;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.summitry.testing.FakeRequest;

class PublicPageCacheKeyTest {

  private static String key(String uri) {
    return PublicPageCache.key(FakeRequest.get(uri).build());
  }

  @Test
  void parametersNoPageReadsAreLeftOutOfTheKey() {
    assertEquals("http://summitry.test/countries/kp", key("/countries/kp?x=123"));
    assertEquals(
        "http://summitry.test/gifts?from=ru&page=2&to=kp",
        key("/gifts?utm_source=mail&to=kp&page=2&from=ru&fbclid=abc"),
        "sorted by name, so the same page has one key");
  }

  @Test
  void aNameWrittenWithEscapesIsTheNameThePageReads() {
    assertEquals(
        "http://summitry.test/search?q=evil",
        key("/search?%71=evil"),
        "otherwise a search for 'evil' would be kept as the empty search page");
    assertNull(key("/search?%zz=1"), "a name that cannot be decoded keeps the page out");
  }

  @Test
  void repeatedParametersKeepTheirOrder() {
    assertEquals("http://summitry.test/search?q=a&q=b", key("/search?q=a&q=b"));
    assertEquals("http://summitry.test/search?q=b&q=a", key("/search?q=b&q=a"));
  }

  @Test
  void theKeyNamesEveryParameterAPublicPageReads() {
    Set<String> read = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.summitry")) {
      Class<?> controller = type.reflect();
      if (!controller.isAnnotationPresent(Controller.class)
          || controller.getPackageName().contains("curation")
          || controller.getPackageName().contains("accounts")
          || controller.getPackageName().contains("exchange")) {
        continue;
      }
      for (Method method : controller.getDeclaredMethods()) {
        for (Parameter parameter : method.getParameters()) {
          QueryParam name = parameter.getAnnotation(QueryParam.class);
          if (name != null) {
            read.add(name.value());
          }
        }
      }
    }
    assertEquals(read, new TreeSet<>(PublicPageCache.PARAMETERS));
  }
}
