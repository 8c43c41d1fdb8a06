package org.summitry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.PageLanguage;

/**
 * The public pages in Korean and Russian, on the real WAR: each page type under /ko/ and /ru/ is in
 * that language (html lang, navigation, dates in words), offers the other languages (switcher and
 * hreflang alternates), keeps its links in the language, is valid HTML, and is kept by the page
 * cache apart from the English page. Plain addresses send Korean and Russian browsers on, unless
 * the visitor chose a language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagesIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static final List<String> PAGES =
      List.of(
          "",
          "summits",
          "summits/putin-kim-summit-pyongyang-2024",
          "gifts",
          "gifts/aurus-limousine-2024",
          "people",
          "people/kim-jong-un",
          "countries",
          "countries/kp",
          "timeline",
          "flows",
          "search?q=kim");

  @ArquillianResource URL deployed;

  URL base;

  /** The context path the WAR is deployed under, such as "/summitry". */
  String context;

  @BeforeEach
  void onLoopback() throws MalformedURLException {
    base = new URL("http", "127.0.0.1", deployed.getPort(), deployed.getPath());
    context = deployed.getPath().replaceAll("/$", "");
  }

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("summitry.war")));
  }

  @Test
  void everyPageTypeIsInKoreanUnderKo() throws Exception {
    for (String path : PAGES) {
      String page = page("ko/" + path);
      assertLanguage(page, "ko", path);
      assertTrue(page.contains(">정상회담</a>"), "Korean navigation at /ko/" + path);
      assertTrue(
          page.contains("href=\"" + context + "/ko/summits\""),
          "links stay in Korean at /ko/" + path);
    }
    assertTrue(
        page("ko/summits/putin-kim-summit-pyongyang-2024").contains("2024년 6월 19일"),
        "dates in Korean words");
  }

  @Test
  void everyPageTypeIsInRussianUnderRu() throws Exception {
    for (String path : PAGES) {
      String page = page("ru/" + path);
      assertLanguage(page, "ru", path);
      assertTrue(page.contains(">Саммиты</a>"), "Russian navigation at /ru/" + path);
      assertTrue(
          page.contains("href=\"" + context + "/ru/gifts\""),
          "links stay in Russian at /ru/" + path);
    }
    String summit = page("ru/summits/putin-kim-summit-pyongyang-2024");
    assertTrue(summit.contains("19 июня 2024 г."), "dates in Russian words");
    assertTrue(summit.contains("lang=\"ko\""), "the Korean name keeps its own language");
    assertTrue(page("ru/gifts").contains("13 подарков"), "Russian plural of 13");
    assertTrue(page("ko/gifts").contains("선물 13점"), "Korean counter of 13");
  }

  @Test
  void whatCuratorsWroteInEnglishIsReadAsEnglishOnKoreanAndRussianPages() throws Exception {
    for (String language : List.of("ko", "ru")) {
      PageLanguage gift = PageLanguage.of(page(language + "/gifts/aurus-limousine-2024"));
      String description = "A second Russian-made Aurus limousine";
      assertEquals("en", gift.around(description), "the gift's description at /" + language);
      assertEquals(
          language,
          gift.around(language.equals("ko") ? "아우루스 리무진" : "Лимузин Aurus", "h1"),
          "the gift's title as a curator translated it, in the page's language");
      assertEquals("en", gift.around("In use by the recipient"), "the gift's whereabouts");
      assertEquals(language, gift.around(language.equals("ko") ? "정상회담" : "Саммиты"), "navigation");
      assertEquals(
          language,
          gift.around(language.equals("ko") ? "2024년 6월 19일" : "19 июня 2024 г."),
          "a date in words is in the page's language");

      PageLanguage summit =
          PageLanguage.of(page(language + "/summits/putin-kim-summit-russian-far-east-2023"));
      assertEquals("en", summit.around("The leaders' meeting in Russia"), "the summary");
      assertEquals("en", summit.around("Putin–Kim summit in Russia", "h1"), "the summit's title");
      assertEquals("en", summit.around("Visiting leader"), "a participant's role");
      assertEquals("ko", summit.around("김정은"), "a native name keeps its own language");

      PageLanguage translated =
          PageLanguage.of(page(language + "/summits/putin-kim-summit-pyongyang-2024"));
      boolean ko = language.equals("ko");
      assertEquals(
          language,
          translated.around(ko ? "평양 북러 정상회담" : "Саммит Путина и Ким Чен Ына", "h1"),
          "a title translated by a curator is read in the page's language");
      assertEquals(
          language,
          translated.around(ko ? "블라디미르 푸틴 대통령의 평양 방문" : "Визит Владимира Путина в Пхеньян"),
          "so is a translated summary");
      assertEquals(
          null, translated.around("Putin–Kim summit in Pyongyang", "h1"), "not the English");
      assertEquals(
          language,
          summit.around(language.equals("ko") ? "참석자" : "Участники"),
          "a heading of the page");
    }
    PageLanguage english = PageLanguage.of(page("gifts/aurus-limousine-2024"));
    assertEquals("en", english.around("A second Russian-made Aurus limousine"));
    assertFalse(
        page("gifts/aurus-limousine-2024").contains("entry__summary\" lang="),
        "English pages need no mark of their own");
  }

  @Test
  void everyListOfSummitsNamesATranslatedSummitInThePagesLanguage() throws Exception {
    for (String path :
        List.of("", "summits", "people/kim-jong-un", "countries/kp", "timeline?year=2024")) {
      PageLanguage korean = PageLanguage.of(page("ko/" + path));
      assertEquals("ko", korean.around("평양 북러 정상회담", "h3"), "the Korean title at /ko/" + path);
      PageLanguage russian = PageLanguage.of(page("ru/" + path));
      assertEquals(
          "ru",
          russian.around("Саммит Путина и Ким Чен Ына в Пхеньяне", "h3"),
          "the Russian title at /ru/" + path);
      assertTrue(page(path).contains(">Putin–Kim summit in Pyongyang</a>"), "English at /" + path);
    }
  }

  @Test
  void namesOfEntriesInsideTheInterfacesSentencesAreReadAsEnglish() throws Exception {
    for (String language : List.of("ko", "ru")) {
      boolean ko = language.equals("ko");
      PageLanguage people = PageLanguage.of(page(language + "/people?country=ru"));
      assertEquals(
          "en", people.around("Russia", "h1"), "the country in the heading at /" + language);
      assertEquals(language, people.around(ko ? "의 인물" : "Персоны", "h1"), "the heading's words");

      PageLanguage hosted = PageLanguage.of(page(language + "/summits?country=ru"));
      assertEquals("en", hosted.around("Russia", "h1"), "the host in the heading");

      PageLanguage country = PageLanguage.of(page(language + "/countries/ru"));
      assertEquals("en", country.around("Russia", "caption"), "the country in a table's caption");

      PageLanguage flows = PageLanguage.of(page(language + "/flows"));
      assertEquals("en", flows.around("Russia", "th"), "a country heading a row of flows");

      PageLanguage search = PageLanguage.of(page(language + "/search?q=aurus&from=ru"));
      assertEquals("en", search.around("Russia", ".chip"), "the chosen country in its chip");
      assertEquals(
          language, search.around(ko ? "증정" : "Даритель", ".chip"), "the chip's own words");

      PageLanguage statistics = PageLanguage.of(page(language + "/statistics?country=ru"));
      assertEquals("en", statistics.around("Russia", ".chip"), "the chosen country in its chip");
    }
    PageLanguage english = PageLanguage.of(page("people?country=ru"));
    assertEquals("en", english.around("People of Russia", "h1"), "one sentence in English");
  }

  @Test
  void anUnknownAddressUnderAPrefixIsAnsweredInThatLanguage() throws Exception {
    HttpResponse<String> korean = get("ko/no-such-page");
    assertEquals(404, korean.statusCode());
    assertTrue(korean.body().contains("<html lang=\"ko\""), korean.body());
    assertTrue(korean.body().contains("페이지를 찾을 수 없습니다"));
    assertTrue(HtmlChecker.errors(korean.body()).isEmpty());
    HttpResponse<String> russian = get("ru/no/such/page");
    assertEquals(404, russian.statusCode());
    assertTrue(russian.body().contains("<html lang=\"ru\""));
    assertTrue(russian.body().contains("Страница не найдена"));
  }

  @Test
  void theContainersOwnErrorPagesSpeakTheVisitorsLanguage() throws Exception {
    HttpResponse<String> korean = get("error-page", "Accept-Language", "ko-KR,ko;q=0.9");
    assertEquals(404, korean.statusCode());
    assertEquals("ko", korean.headers().firstValue("Content-Language").orElse(""));
    assertTrue(korean.body().contains("<html lang=\"ko\""));
    assertTrue(korean.body().contains("페이지를 찾을 수 없습니다"));
    HttpResponse<String> russian = get("error-page", "Cookie", "summitry-lang=ru");
    assertTrue(russian.body().contains("<html lang=\"ru\""));
    assertTrue(russian.body().contains("Страница не найдена"));
    HttpResponse<String> english = get("error-page");
    assertTrue(english.body().contains("<html lang=\"en\""));
    assertTrue(english.body().contains("Page not found"));
    for (HttpResponse<String> each : List.of(korean, russian, english)) {
      assertTrue(HtmlChecker.errors(each.body()).isEmpty(), each.body());
    }
  }

  @Test
  void searchHitsGiveTheirDatesInThePagesLanguage() throws Exception {
    String korean = page("ko/search?q=aurus");
    assertTrue(korean.contains("class=\"hit\""), "the search finds the limousines");
    assertTrue(korean.contains("2024년 6월 19일"), "a hit's date in Korean words");
    assertTrue(
        korean.contains("<meta name=\"description\" content=\"정상회담, 선물"),
        "search describes itself in the page's language");
    assertFalse(korean.contains("19 June 2024"), "no English date on the Korean page");
    assertEquals(
        "en",
        PageLanguage.of(korean).around("Russia"),
        "a country among the facets is a name curators wrote in English");
    String russian = page("ru/search?q=aurus");
    assertTrue(russian.contains("19 июня 2024 г."), "a hit's date in Russian words");
    assertFalse(russian.contains("19 June 2024"), "no English date on the Russian page");
    assertTrue(page("search?q=aurus").contains("19 June 2024"), "and English at the plain address");
  }

  @Test
  void englishStaysAtThePlainAddresses() throws Exception {
    String home = page("");
    assertLanguage(home, "en", "");
    assertTrue(home.contains(">Summits</a>"));
    assertTrue(home.contains("href=\"" + context + "/summits\""));
  }

  private static void assertLanguage(String page, String language, String path) {
    assertTrue(page.contains("<html lang=\"" + language + "\""), "html lang at " + path);
    for (String other : List.of("en", "ko", "ru", "x-default")) {
      assertTrue(
          page.contains("hreflang=\"" + other + "\" href=\"http"),
          "alternate " + other + " at " + path);
    }
    assertTrue(
        page.contains("lang=\"ko\" hreflang=\"ko\"")
            && page.contains("lang=\"ru\" hreflang=\"ru\"")
            && page.contains("lang=\"en\" hreflang=\"en\""),
        "the switcher names each language in itself at " + path);
    assertTrue(page.contains(">한국어</a>") && page.contains(">Русский</a>"), "switcher labels");
    assertFalse(page.contains("??"), "no missing message at " + path);
    List<String> errors = HtmlChecker.errors(page);
    assertTrue(errors.isEmpty(), language + "/" + path + ": " + String.join("\n", errors));
  }

  @Test
  void aKoreanOrRussianBrowserIsSentToItsLanguageUnlessItChoseOne() throws Exception {
    HttpResponse<String> russian = get("gifts?page=1", "Accept-Language", "ru-RU,ru;q=0.9");
    assertEquals(302, russian.statusCode());
    assertEquals(context + "/ru/gifts?page=1", russian.headers().firstValue("Location").orElse(""));
    assertEquals("no-store", russian.headers().firstValue("Cache-Control").orElse(""));

    HttpResponse<String> chose =
        get("gifts", "Accept-Language", "ru-RU", "Cookie", "summitry-lang=en");
    assertEquals(200, chose.statusCode());
    assertTrue(
        chose.headers().firstValue("Vary").orElse("").contains("Accept-Language"),
        "a plain address varies by Accept-Language");
    assertTrue(chose.body().contains("<html lang=\"en\""));

    HttpResponse<String> switched = get("gifts?lang=en");
    assertEquals(303, switched.statusCode());
    assertEquals(context + "/gifts", switched.headers().firstValue("Location").orElse(""));
    assertTrue(
        switched.headers().allValues("Set-Cookie").stream()
            .anyMatch(cookie -> cookie.startsWith("summitry-lang=en")),
        "the choice is remembered");
  }

  @Test
  void thePageCacheKeepsEachLanguageApart() throws Exception {
    for (int i = 0; i < 3; i++) {
      get("ko/timeline");
      get("timeline");
    }
    HttpResponse<String> korean = get("ko/timeline");
    HttpResponse<String> english = get("timeline");
    assertEquals("hit", korean.headers().firstValue("X-Cache").orElse(""));
    assertEquals("hit", english.headers().firstValue("X-Cache").orElse(""));
    assertTrue(korean.body().contains("<html lang=\"ko\""));
    assertTrue(english.body().contains("<html lang=\"en\""));
    assertFalse(
        korean.headers().firstValue("ETag").equals(english.headers().firstValue("ETag")),
        "each language has its own validator");
  }

  @Test
  void signingInFollowsTheBrowserThenTheChoice() throws Exception {
    HttpResponse<String> russian = get("sign-in", "Accept-Language", "ru-RU,ru;q=0.9");
    assertEquals(200, russian.statusCode());
    assertTrue(russian.body().contains("<html lang=\"ru\""));
    assertTrue(russian.body().contains("Имя пользователя"), "the form in Russian");
    assertTrue(HtmlChecker.errors(russian.body()).isEmpty());
    HttpResponse<String> chosen =
        get("sign-in", "Accept-Language", "ru-RU", "Cookie", "summitry-lang=ko");
    assertTrue(chosen.body().contains("<html lang=\"ko\""), "the choice wins over the browser");
    assertTrue(chosen.body().contains("사용자 이름"));
  }

  @Test
  void aMissingPageSaysSoInTheAddressesLanguage() throws Exception {
    assertEquals(404, get("ko/admin").statusCode(), "the back office has no prefix");
    assertEquals(404, get("ko/admin/gifts").statusCode());
    HttpResponse<String> missing = get("ru/gifts/no-such-gift");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("Страница не найдена"));
    assertTrue(HtmlChecker.errors(missing.body()).isEmpty());
  }

  private String page(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), "status of /" + path);
    return response.body();
  }

  private HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
