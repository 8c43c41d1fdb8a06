package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.mvc.Controller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.summitry.platform.boundary.LanguagePrefix;
import org.summitry.site.control.PageCache;
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
  void eachLanguageOfAPageIsKeptUnderItsOwnAddress() {
    HttpServletRequest korean = FakeRequest.get("/gifts?page=2").build();
    korean.setAttribute(LanguagePrefix.ORIGINAL_URL, "http://summitry.test/ko/gifts");
    assertEquals("http://summitry.test/ko/gifts?page=2", PublicPageCache.key(korean));
    assertEquals("http://summitry.test/gifts?page=2", key("/gifts?page=2"));
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

  private static final PageCache.Epoch EPOCH = new PageCache.Epoch(3, 7, 120);

  @Test
  void aValidatorNamesTheArchivesStateTheAddressAndTheRepresentation() {
    String tag = PublicPageCache.tag(EPOCH, "http://summitry.test/gifts", "html");
    assertTrue(tag.startsWith("W/\"") && tag.endsWith("\""), tag);
    assertEquals(tag, PublicPageCache.tag(EPOCH, "http://summitry.test/gifts", "html"));
    for (String other :
        new String[] {
          PublicPageCache.tag(new PageCache.Epoch(3, 7, 121), "http://summitry.test/gifts", "html"),
          PublicPageCache.tag(new PageCache.Epoch(3, 8, 120), "http://summitry.test/gifts", "html"),
          PublicPageCache.tag(EPOCH, "http://summitry.test/gifts?page=2", "html"),
          PublicPageCache.tag(EPOCH, "http://summitry.test/gifts", "ld")
        }) {
      assertFalse(tag.equals(other), "another state, address or representation: another tag");
    }
  }

  @Test
  void ifNoneMatchIsComparedWeaklyAndWinsOverIfModifiedSince() {
    PublicPageCache.Validators now =
        new PublicPageCache.Validators("W/\"abc\"", Instant.parse("2026-12-05T10:00:00Z"));
    assertTrue(unchanged(now, "If-None-Match", "W/\"abc\""));
    assertTrue(unchanged(now, "If-None-Match", "\"x\", \"abc\""), "weak comparison");
    assertTrue(unchanged(now, "If-None-Match", "*"));
    assertFalse(unchanged(now, "If-None-Match", "W/\"abd\""));
    assertTrue(unchanged(now, "If-Modified-Since", "Sat, 5 Dec 2026 10:00:00 GMT"));
    assertFalse(unchanged(now, "If-Modified-Since", "Sat, 5 Dec 2026 09:59:59 GMT"));
    assertFalse(unchanged(now, "If-Modified-Since", "yesterday"), "not a date: not unchanged");
    assertFalse(
        PublicPageCache.unchanged(
            FakeRequest.get("/gifts")
                .header("If-None-Match", "W/\"old\"")
                .header("If-Modified-Since", "Sat, 5 Dec 2026 11:00:00 GMT")
                .build(),
            now),
        "an If-None-Match that does not match decides, whatever the date says");
  }

  private static boolean unchanged(
      PublicPageCache.Validators validators, String header, String value) {
    return PublicPageCache.unchanged(
        FakeRequest.get("/gifts").header(header, value).build(), validators);
  }

  @Test
  void gzipIsSentOnlyToClientsThatTakeIt() {
    assertTrue(gzip("gzip, deflate, br"));
    assertTrue(gzip("br;q=1.0, gzip;q=0.8"));
    assertFalse(gzip("gzip;q=0"));
    assertFalse(gzip("identity"));
    assertFalse(gzip(null));
  }

  private static boolean gzip(String acceptEncoding) {
    FakeRequest request = FakeRequest.get("/gifts");
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return PublicPageCache.acceptsGzip(request.build());
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
          || controller.getPackageName().contains("exchange")
          || controller.getPackageName().contains("imports")) {
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
