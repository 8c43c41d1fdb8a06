package org.summitry.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.testing.FakeRequest;

class LanguagePrefixTest {

  /** What the filter did: the status and headers it answered, or the request it passed on. */
  private static final class Outcome {
    int status = 200;
    final Map<String, String> headers = new LinkedHashMap<>();
    final List<Cookie> cookies = new ArrayList<>();
    HttpServletRequest passed;
    HttpServletResponse passedResponse;
    Language language;
  }

  private static Outcome filter(FakeRequest asked) throws Exception {
    Outcome outcome = new Outcome();
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (self, called, args) ->
                    switch (called.getName()) {
                      case "setStatus" -> {
                        outcome.status = (Integer) args[0];
                        yield null;
                      }
                      case "setHeader" -> {
                        outcome.headers.put((String) args[0], (String) args[1]);
                        yield null;
                      }
                      case "addCookie" -> {
                        outcome.cookies.add((Cookie) args[0]);
                        yield null;
                      }
                      case "encodeURL", "encodeRedirectURL" -> args[0];
                      case "sendRedirect" -> {
                        outcome.headers.put("Location", (String) args[0]);
                        yield null;
                      }
                      default -> throw new UnsupportedOperationException(called.getName());
                    });
    new LanguagePrefix()
        .doFilter(
            asked.build(),
            response,
            (request, answer) -> {
              outcome.passed = (HttpServletRequest) request;
              outcome.passedResponse = (HttpServletResponse) answer;
              outcome.language = Language.current();
            });
    return outcome;
  }

  @Test
  void aKoreanAddressIsRoutedAsThePlainOneInKorean() throws Exception {
    Outcome korean = filter(FakeRequest.get("/ko/summits/pyongyang-2024?order=oldest"));
    assertEquals("/summits/pyongyang-2024", korean.passed.getRequestURI());
    assertEquals("/summits/pyongyang-2024", korean.passed.getPathInfo());
    assertEquals(
        "http://summitry.test/summits/pyongyang-2024", korean.passed.getRequestURL().toString());
    assertSame(Language.KOREAN, korean.language);
    assertSame(Language.KOREAN, Language.of(korean.passed));
    assertEquals(
        "http://summitry.test/ko/summits/pyongyang-2024",
        korean.passed.getAttribute(LanguagePrefix.ORIGINAL_URL),
        "the page cache keys the page by the address as asked");
    assertSame(Language.ENGLISH, Language.current(), "cleared when the request is done");
  }

  @Test
  void onlyPublicPagesHaveAPrefixSoTheBackOfficeCannotBeReachedPastItsConstraint()
      throws Exception {
    for (String path : List.of("/ko/admin", "/ko/admin/gifts", "/ru/setup", "/ko/api/v1/gifts")) {
      assertEquals(path, filter(FakeRequest.get(path)).passed.getRequestURI(), path);
    }
  }

  @Test
  void theHomePageOfALanguageIsItsPrefix() throws Exception {
    assertEquals("/", filter(FakeRequest.get("/ru/")).passed.getRequestURI());
    assertEquals("/", filter(FakeRequest.get("/ru")).passed.getRequestURI());
  }

  @Test
  void linksToPublicPagesKeepTheLanguageAndOthersDoNot() throws Exception {
    HttpServletResponse links = filter(FakeRequest.get("/ru/gifts")).passedResponse;
    assertEquals("/ru/gifts?category=art", links.encodeURL("/gifts?category=art"));
    assertEquals("/ru/", links.encodeURL("/"));
    assertEquals("/ru/people/kim-jong-un#gifts", links.encodeURL("/people/kim-jong-un#gifts"));
    assertEquals("/static/css/site.css?v=1", links.encodeURL("/static/css/site.css?v=1"));
    assertEquals("/feed.atom", links.encodeURL("/feed.atom"));
    assertEquals("/admin/gifts", links.encodeURL("/admin/gifts"));
    assertEquals("/gifts", filter(FakeRequest.get("/gifts")).passedResponse.encodeURL("/gifts"));
  }

  @Test
  void redirectsToPublicPagesStayInTheLanguage() throws Exception {
    Outcome korean = filter(FakeRequest.get("/ko/gifts/old-slug"));
    korean.passedResponse.setHeader("Location", "http://summitry.test/gifts/new-slug");
    assertEquals("http://summitry.test/ko/gifts/new-slug", korean.headers.get("Location"));
    korean.passedResponse.setHeader("Location", "http://summitry.test/api/v1/gifts/new-slug");
    assertEquals("http://summitry.test/api/v1/gifts/new-slug", korean.headers.get("Location"));
    korean.passedResponse.setHeader("Location", "https://elsewhere.example/gifts/x");
    assertEquals("https://elsewhere.example/gifts/x", korean.headers.get("Location"));
    korean.passedResponse.sendRedirect("/summits");
    assertEquals("/ko/summits", korean.headers.get("Location"));
    Outcome english = filter(FakeRequest.get("/gifts/old-slug"));
    english.passedResponse.setHeader("Location", "http://summitry.test/gifts/new-slug");
    assertEquals("http://summitry.test/gifts/new-slug", english.headers.get("Location"));
  }

  @Test
  void aBrowserPreferringKoreanIsSentToTheKoreanPage() throws Exception {
    Outcome sent =
        filter(
            FakeRequest.get("/gifts?page=2").header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8"));
    assertEquals(302, sent.status);
    assertEquals("/ko/gifts?page=2", sent.headers.get("Location"));
    assertEquals("no-store", sent.headers.get("Cache-Control"));
    assertNull(sent.passed);
  }

  @Test
  void aBrowserPreferringEnglishOrAnUnknownLanguageStays() throws Exception {
    Outcome english = filter(FakeRequest.get("/gifts").header("Accept-Language", "en-GB,ru;q=0.5"));
    assertSame(Language.ENGLISH, english.language);
    assertEquals(
        "Accept-Encoding, Accept, Accept-Language",
        LanguagePrefix.vary(english.passed, "Accept-Encoding, Accept"),
        "the plain address answers by Accept-Language");
    Outcome french = filter(FakeRequest.get("/gifts").header("Accept-Language", "fr"));
    assertSame(Language.ENGLISH, french.language);
    Outcome korean = filter(FakeRequest.get("/ko/gifts").header("Accept-Language", "ru"));
    assertSame(Language.KOREAN, korean.language, "an address with a prefix is that language");
    assertEquals(
        "Accept-Encoding, Accept", LanguagePrefix.vary(korean.passed, "Accept-Encoding, Accept"));
  }

  @Test
  void aVisitorWhoChoseEnglishIsNotSentAway() throws Exception {
    Outcome stays =
        filter(
            FakeRequest.get("/gifts")
                .header("Accept-Language", "ru")
                .header("Cookie", Language.COOKIE + "=en"));
    assertSame(Language.ENGLISH, stays.language);
  }

  @Test
  void theSwitcherRemembersTheChoiceAndDropsItsParameter() throws Exception {
    Outcome chosen = filter(FakeRequest.get("/gifts?category=art&lang=en"));
    assertEquals(303, chosen.status);
    assertEquals("/gifts?category=art", chosen.headers.get("Location"));
    assertEquals(1, chosen.cookies.size());
    assertEquals(Language.COOKIE, chosen.cookies.get(0).getName());
    assertEquals("en", chosen.cookies.get(0).getValue());
    assertEquals(
        "/ko/summits", filter(FakeRequest.get("/ko/summits?lang=ko")).headers.get("Location"));
    assertNull(
        filter(FakeRequest.get("//evil.example/?lang=en")).headers.get("Location"),
        "never a redirect to another site");
    assertNull(filter(FakeRequest.get("/\\evil.example/?lang=en")).headers.get("Location"));
    Outcome unknown = filter(FakeRequest.get("/gifts?lang=xx"));
    assertSame(Language.ENGLISH, unknown.language, "not a language: the page as usual");
  }

  @Test
  void theBackOfficeFollowsTheCookieThenTheBrowser() throws Exception {
    assertSame(
        Language.RUSSIAN,
        filter(FakeRequest.get("/admin/gifts").header("Accept-Language", "ru-RU")).language);
    assertSame(
        Language.KOREAN,
        filter(
                FakeRequest.get("/admin/gifts")
                    .header("Accept-Language", "ru-RU")
                    .header("Cookie", Language.COOKIE + "=ko"))
            .language);
    assertSame(Language.ENGLISH, filter(FakeRequest.get("/admin/gifts")).language);
    assertSame(
        Language.KOREAN,
        filter(FakeRequest.get("/sign-in").header("Accept-Language", "ko")).language);
  }

  @Test
  void whatSharedCachesKeepByAddressAloneIsTheSameWhoeverAsks() throws Exception {
    for (String path : List.of("/feed.atom", "/api/v1/gifts", "/oai", "/sitemap.xml")) {
      Outcome asked =
          filter(
              FakeRequest.get(path)
                  .header("Accept-Language", "ru")
                  .header("Cookie", Language.COOKIE + "=ko"));
      assertSame(Language.ENGLISH, asked.language, path);
      assertEquals(200, asked.status, path);
    }
  }
}
